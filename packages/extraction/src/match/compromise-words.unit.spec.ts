import nlp from 'compromise';
import { expect, it } from 'vitest';
import { COMPROMISE_ORG_WORDS, isFunctionWord, isGivenName } from './compromise-lexicon';

// The tags that make a lexicon word a function word or a given name, as the extractor has always read them.
const FUNCTION_TAGS = /Determiner|Preposition|Conjunction|Pronoun|Adverb|QuestionWord|Verb|Gerund|Infinitive/;
const GIVEN_NAME_TAGS = /MaleName|FemaleName|FirstName/;

/** The word lists as the installed compromise builds them; `npx vitest run <this file> -u` rewrites the snapshot after an upgrade. */
function deriveFromCompromise() {
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, boolean> } };
  const tagged = (re: RegExp) => Object.keys(model.one.lexicon).filter((w) => re.test(String(model.one.lexicon[w]))).sort();
  return { functionWords: tagged(FUNCTION_TAGS), givenNames: tagged(GIVEN_NAME_TAGS), orgWords: Object.keys(model.two.orgWords).sort() };
}

it("the word-list snapshot is what the installed compromise's model gives", async () => {
  await expect(`${JSON.stringify(deriveFromCompromise(), null, 1)}\n`).toMatchFileSnapshot('../gazetteers/compromise-words.json');
});

it('reads function words, given names and organisation words from the snapshot', () => {
  expect(['the', 'meanwhile', 'according', 'although'].filter(isFunctionWord)).toEqual(['the', 'meanwhile', 'according', 'although']);
  expect(['india', 'nvidia', 'gigawatt'].filter(isFunctionWord)).toEqual([]);
  expect(['michael', 'sarah'].filter(isGivenName)).toEqual(['michael', 'sarah']);
  expect(isGivenName('france')).toBe(false);
  expect(COMPROMISE_ORG_WORDS).toEqual(expect.arrayContaining(['bank', 'ministry']));
});
