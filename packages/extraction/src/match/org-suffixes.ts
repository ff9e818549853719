import nlp from 'compromise';

// compromise's own organisation words ("bank", "holdings", "ministry"...), less the ones that end
// ordinary capitalised phrases in this domain ("Sovereign AI Data Center", "Global Markets").
const TOO_GENERIC = new Set([
  'care', 'center', 'centre', 'community', 'conference', 'club', 'coffee', 'data', 'design', 'development', 'education',
  'estate', 'international', 'management', 'marketing', 'markets', 'service', 'services', 'government', 'office', 'union',
  'reserve', 'times', 'news', 'media', 'post', 'press', 'school', 'boys', 'girls', 'crew', 'faction', 'military', 'army',
  'police', 'workers', 'investors', 'resources', 'enterprise', 'machines', 'marine', 'optical', 'interstate', 'division',
  'financial', 'savings', 'comprehensive', 'collective', 'ensemble', 'quartet', 'orchestra', 'choir', 'circus', 'pizza',
]);

const OURS = [
  'technologies', 'technology', 'semiconductor', 'semiconductors', 'electronics', 'networks', 'ventures',
  'telecom', 'mission', 'consortium', 'league', 'partnership', 'alliance', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag',
  'datacenters', 'robotics', 'microsystems', 'instruments', 'digital',
];

export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  ...Object.keys((nlp.model() as { two: { orgWords: Record<string, boolean> } }).two.orgWords).filter((w) => !TOO_GENERIC.has(w)),
  ...OURS,
]);

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const FUNCTION_TAGS = /Determiner|Preposition|Conjunction|Pronoun|Adverb|QuestionWord|Verb|Gerund|Infinitive/;

/** A word that capitalised at a sentence start is just a function word ("The", "Meanwhile", "According"). */
export function isFunctionWord(lower: string): boolean {
  const tag = lexicon[lower];
  return tag !== undefined && FUNCTION_TAGS.test(String(tag));
}

/** Legal-form words dropped from a guessed organisation's key. */
export const LEGAL_FORMS = new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'co', 'limited', 'company']);
