import type { Alias, GazetteerEntry } from './entry';
import { HARDWARE_CATALOGUE } from './hardware-catalogue';
import { ORG_COMPANIES } from './orgs-companies';
import { ORG_INSTITUTIONS } from './orgs-institutions';
import { ORG_REGIONAL } from './orgs-regional';
import { list, parseLines } from './parse-lines';
import companiesWorld from './orgs-companies-world.json' with { type: 'json' };
import international from './orgs-international.json' with { type: 'json' };
import news from './orgs-news.json' with { type: 'json' };
import parties from './orgs-parties.json' with { type: 'json' };
import publicBodies from './orgs-public-bodies.json' with { type: 'json' };
import sport from './orgs-sport.json' with { type: 'json' };
import universities from './orgs-universities.json' with { type: 'json' };

/** A row of the JSON organisation gazetteers: `[key, name, aliases, flags]`. */
type OrgRow = [string, string, string[], string];

// the broad lists, after the domain's own tables (which win an alias both have)
const ORG_DATA = [companiesWorld, news, international, publicBodies, universities, parties, sport].flatMap(
  (file) => file.entries as OrgRow[],
);

export const ORG_NAMES = new Map<string, string>();

function hardwareAliases(): Alias[] {
  const aliases: Alias[] = [];
  for (const { key, name, vendor, category, family, names, needsContext } of HARDWARE_CATALOGUE.values()) {
    const entry: GazetteerEntry = { kind: 'hardware', key, name, vendor, category, needsContext };
    if (family) entry.family = family;
    for (const text of names) aliases.push({ text, plural: true, entry });
  }
  return aliases;
}

function orgAliases(): Alias[] {
  const rows: OrgRow[] = parseLines(ORG_COMPANIES + ORG_INSTITUTIONS + ORG_REGIONAL).map(([key = '', name = '', names, flag = '']) => [
    key,
    name,
    list(names),
    flag,
  ]);
  const aliases: Alias[] = [];
  for (const [key, rowName, names, flag] of [...rows, ...ORG_DATA]) {
    // a row of the broad lists may add aliases to a key of the domain's tables, which keeps its name
    const name = ORG_NAMES.get(key) ?? rowName;
    ORG_NAMES.set(key, name);
    const entry: GazetteerEntry = { kind: 'org', key, name, needsContext: flag === '?', sportOnly: flag === '^' };
    for (const text of new Set([rowName, ...names])) aliases.push({ text, entry });
  }
  return aliases;
}

export const HARDWARE_ALIASES = hardwareAliases();
export const ORG_ALIASES = orgAliases();
