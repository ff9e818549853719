import words from '../gazetteers/compromise-words.json' with { type: 'json' };

// compromise's word lists, read from a snapshot of its model (compromise-words.unit.spec.ts derives it and keeps
// it current): building the model at start-up took longer than extracting a hundred articles
const FUNCTION_WORDS: ReadonlySet<string> = new Set(words.functionWords);
const GIVEN_NAMES: ReadonlySet<string> = new Set(words.givenNames);

/** compromise's organisation words ("bank", "holdings", "ministry"...). */
export const COMPROMISE_ORG_WORDS: readonly string[] = words.orgWords;

/** A word that capitalised at a sentence start is just a function word ("The", "Meanwhile", "According"). */
export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORDS.has(lower);
}

/** A first name in compromise's lexicon ("Michael", "Sarah"). */
export function isGivenName(lower: string): boolean {
  return GIVEN_NAMES.has(lower);
}
