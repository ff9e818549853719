import type { HardwareCategory } from '../types';

/** What a matched alias stands for. `none` marks phrases that must not yield anything (e.g. "Indian Ocean"). */
export type EntryKind = 'country' | 'place' | 'org' | 'hardware' | 'none';

export interface GazetteerEntry {
  kind: EntryKind;
  key: string;
  name: string;
  /** place: ISO2 of its country; hardware: vendor and category */
  country?: string;
  vendor?: string;
  category?: HardwareCategory;
  /** hardware: key of the product's family (`nvidia-hopper`) */
  family?: string;
  /** hardware: only with hardware words in the same sentence */
  needsContext?: boolean;
  /** org: a club whose bare name is also a place or a person ("Liverpool"): only with a sports word or a score nearby */
  sportOnly?: boolean;
  /** also a person's first name or surname: not next to another capitalised word */
  personLike?: boolean;
  /** place: a city whose bare name is not enough (an English word, a person's name, a name shared across countries):
   * `place` needs a place word or a place beside it ("in Reading", "Eugene, Oregon", "Toledo-based"); `country`, a
   * name of several countries' cities, needs its country named in the text or after a comma */
  cityEvidence?: 'place' | 'country';
  /** place: from GeoNames' city list: loses a tie to any other reading of the same words, and after a first name is a
   * surname ("Tim Davie") */
  geonames?: boolean;
  /** a demonym or adjective ("Indian"): lower confidence, not subject to the person rule */
  demonym?: boolean;
  /** alternative reading chosen when the document contains one of these lower-cased words */
  alt?: { when: string[]; entry: GazetteerEntry };
}

export interface Alias {
  /** the alias as written: its case rules come from here */
  text: string;
  entry: GazetteerEntry;
  /** exact case required (all-caps short forms such as US, AWS) */
  exactCase?: boolean;
  /** a trailing "s" on the last token is allowed (H100s, Koreans) */
  plural?: boolean;
}
