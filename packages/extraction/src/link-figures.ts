import type { Mention } from './types';
import type { TextContext } from './match/text-context';

/** Figures: amounts, capacities, counts, and hardware with a count. */
function isFigure(m: Mention): boolean {
  return m.kind === 'money' || m.kind === 'capacity' || m.kind === 'quantity' || (m.kind === 'hardware' && (m.value as { quantity?: number } | undefined)?.quantity !== undefined);
}

/** Gives each figure the country and the organisation its sentence names, when it names exactly one. */
export function linkFigures(ctx: TextContext, mentions: Mention[]): void {
  const countries = new Map<number, Set<string>>();
  const orgs = new Map<number, Set<string>>();
  const add = (map: Map<number, Set<string>>, s: number, key: string): void => {
    const set = map.get(s);
    if (set) set.add(key);
    else map.set(s, new Set([key]));
  };
  for (const m of mentions) {
    if (m.kind === 'country') add(countries, ctx.sentenceOf(m.start), m.key);
    else if (m.kind === 'org') add(orgs, ctx.sentenceOf(m.start), m.key);
  }
  for (const m of mentions) {
    if (!isFigure(m)) continue;
    const s = ctx.sentenceOf(m.start);
    const c = countries.get(s);
    const o = orgs.get(s);
    if (c?.size === 1) m.country = [...c][0];
    if (o?.size === 1) m.org = [...o][0];
  }
}
