// the library without its Node entry, which loads all 80 languages at start-up; only English is used
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { BLOCS, NON_ENTITIES } from './blocs';
import { CITIES } from './cities';
import { COUNTRY_OVERRIDES } from './country-overrides';
import type { Alias, GazetteerEntry } from './entry';
import { GEONAMES_CITIES } from './geonames-cities';
import { list, parseLines, slug } from './parse-lines';
import { SUBDIVISIONS } from './subdivisions';

countries.registerLocale(en);

/** Words whose presence in a document makes "Georgia" the country rather than the US state. */
const GEORGIA_COUNTRY_SIGNALS = ['tbilisi', 'caucasus', 'georgian', 'armenia', 'azerbaijan', 'batumi', 'kutaisi'];
/** Handled as places with an alternative reading, never as plain country aliases. */
const NOT_COUNTRY_ALIASES = new Set(['georgia', 'congo']);

export const COUNTRY_NAMES = new Map<string, string>();

function countryAliases(): Alias[] {
  const aliases: Alias[] = [];
  const iso = countries.getNames('en', { select: 'all' });
  const overrides = new Map(parseLines(COUNTRY_OVERRIDES).map((f) => [f[0] as string, f]));
  for (const [code, names] of Object.entries(iso)) {
    const o = overrides.get(code);
    const entry: GazetteerEntry = { kind: 'country', key: code, name: o?.[1] || (names[0] as string), personLike: o?.[4] === '*' };
    COUNTRY_NAMES.set(code, entry.name);
    const all = new Set([entry.name, ...names, ...list(o?.[2])].flatMap(nameForms));
    for (const text of all) if (!NOT_COUNTRY_ALIASES.has(text.toLowerCase())) aliases.push({ text, entry });
    for (const text of list(o?.[3])) aliases.push({ text, plural: true, entry: { ...entry, demonym: true, personLike: false } });
  }
  return aliases;
}

/** A listed name in the forms news writes it: "Korea, Republic of" as "Republic of Korea", "Holy See (Vatican City
 * State)" as "Holy See", and "Democratic Republic of the Congo" also as "Democratic Republic of Congo". */
function nameForms(listed: string): string[] {
  const name = listed.replace(/\s*\(.*\)$/, '').replace(/^(.+), (.+)$/, '$2 $1');
  if (/[(,]/.test(name)) return [];
  return name.includes(' of the ') ? [name, name.replace(' of the ', ' of ')] : [name];
}

function subdivisionAliases(): Alias[] {
  const aliases: Alias[] = [];
  const georgiaCountry: GazetteerEntry = { kind: 'country', key: 'GE', name: 'Georgia' };
  for (const [code = '', name = '', extra, flags] of parseLines(SUBDIVISIONS)) {
    const entry: GazetteerEntry = { kind: 'place', key: code, name, country: code.slice(0, 2), personLike: flags === '*' };
    if (code === 'US-GA') entry.alt = { when: GEORGIA_COUNTRY_SIGNALS, entry: georgiaCountry };
    for (const text of [name, ...list(extra)]) aliases.push({ text, entry });
  }
  for (const [cc = '', name = '', extra, flags] of parseLines(CITIES)) {
    const entry: GazetteerEntry = { kind: 'place', key: `${cc}-${slug(name).toUpperCase()}`, name, country: cc, personLike: flags === '*' };
    for (const text of [name, ...list(extra)]) aliases.push({ text, entry });
  }
  return aliases;
}

/** GeoNames' larger cities (`geonames-cities.ts`), after the hand-written places, whose names they never repeat. */
function geonamesCityAliases(): Alias[] {
  const aliases: Alias[] = [];
  for (const [cc = '', name = '', ascii, , flags = ''] of parseLines(GEONAMES_CITIES)) {
    const cityEvidence = flags.includes('d') ? 'country' : /[wp]/.test(flags) ? 'place' : undefined;
    const entry: GazetteerEntry = { kind: 'place', key: `${cc}-${slug(name).toUpperCase()}`, name, country: cc, personLike: flags.includes('p'), geonames: true };
    if (cityEvidence) entry.cityEvidence = cityEvidence;
    aliases.push({ text: name, entry });
    if (ascii) aliases.push({ text: ascii, entry });
  }
  return aliases;
}

function blocAliases(): Alias[] {
  const aliases: Alias[] = [];
  for (const [key = '', name = '', names, adjectives] of parseLines(BLOCS)) {
    const entry: GazetteerEntry = { kind: 'place', key, name };
    for (const text of list(names)) aliases.push({ text, entry });
    for (const text of list(adjectives)) aliases.push({ text, plural: true, entry: { ...entry, demonym: true } });
  }
  for (const text of NON_ENTITIES) aliases.push({ text, plural: true, entry: { kind: 'none', key: slug(text), name: text } });
  return aliases;
}

export const PLACE_ALIASES: Alias[] = [...countryAliases(), ...subdivisionAliases(), ...blocAliases()];
/** The hand-written places and GeoNames' cities: the index's, while the city generator reads PLACE_ALIASES alone. */
export const ALL_PLACE_ALIASES: Alias[] = [...PLACE_ALIASES, ...geonamesCityAliases()];
