import nlp from 'compromise';

// compromise's model, read once: its word lists are good data even where its tagger is too slow for the hot path
const model = nlp.model() as {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean> };
};

/** compromise's organisation words ("bank", "holdings", "ministry"...). */
export const COMPROMISE_ORG_WORDS: readonly string[] = Object.keys(model.two.orgWords);

const FUNCTION_TAGS = /Determiner|Preposition|Conjunction|Pronoun|Adverb|QuestionWord|Verb|Gerund|Infinitive/;
const GIVEN_NAME_TAGS = /MaleName|FemaleName|FirstName/;

/** A word that capitalised at a sentence start is just a function word ("The", "Meanwhile", "According"). */
export function isFunctionWord(lower: string): boolean {
  const tag = model.one.lexicon[lower];
  return tag !== undefined && FUNCTION_TAGS.test(String(tag));
}

/** A first name in compromise's lexicon ("Michael", "Sarah"). */
export function isGivenName(lower: string): boolean {
  const tag = model.one.lexicon[lower];
  return tag !== undefined && GIVEN_NAME_TAGS.test(String(tag));
}
