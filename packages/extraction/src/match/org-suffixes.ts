import { COMPROMISE_ORG_WORDS } from './compromise-lexicon';

// compromise's organisation words, less the ones that end ordinary capitalised phrases in this domain
// ("Sovereign AI Data Center", "Global Markets").
const TOO_GENERIC = new Set([
  'care', 'center', 'centre', 'community', 'conference', 'club', 'coffee', 'data', 'design', 'development', 'education',
  'estate', 'international', 'management', 'marketing', 'markets', 'service', 'services', 'government', 'office', 'union',
  'reserve', 'times', 'news', 'media', 'post', 'press', 'school', 'boys', 'girls', 'crew', 'faction', 'military', 'army',
  'police', 'workers', 'investors', 'resources', 'enterprise', 'machines', 'marine', 'optical', 'interstate', 'division',
  'financial', 'savings', 'comprehensive', 'collective', 'ensemble', 'quartet', 'orchestra', 'choir', 'circus', 'pizza',
]);

const OURS = [
  'technologies', 'technology', 'semiconductor', 'semiconductors', 'electronics', 'networks', 'ventures',
  'telecom', 'mission', 'consortium', 'alliance', 'league', 'partnership', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc',
  'gmbh', 'ag', 'datacenters', 'robotics', 'microsystems', 'instruments', 'digital', 'exchange', 'airlines', 'airways',
];

/** Words that end an organisation's name. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([...COMPROMISE_ORG_WORDS.filter((w) => !TOO_GENERIC.has(w)), ...OURS]);

/** Legal-form words dropped from a guessed organisation's key. */
export const LEGAL_FORMS = new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'co', 'limited', 'company']);
