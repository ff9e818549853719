import { parseNumber } from '../text/number-words';
import type { CapacityValue } from '../types';
import { NUM } from './money-pattern';

export interface CapacityMatch {
  start: number;
  end: number;
  key: string;
  name: string;
  value: CapacityValue;
}

const MW_PER: Record<string, number> = { m: 1, g: 1e3, t: 1e6 };
// power, not energy: "MWh"/"GWh" end in a letter and fail the boundary; kilowatts are racks, not data centres
const UNIT_RE = /(?:[Mm]ega|[Gg]iga|[Tt]era)-?watts?(?![\p{L}\p{N}])|(?<!\p{L})[MGT]W(?![\p{L}\p{N}])/gu;
const SEP = String.raw`\s*(?:-|–|—|to)\s*`;
/** The figure right before a unit: `1.5 `, `5`, `100-`, `1-2 `, `300 to 500 `, `a `. */
const FIGURE_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥₹])(?<a>${NUM})(?:${SEP}(?<b>${NUM}))?(?<plus>\+)?(?:\s*|-)$`, 'u');
// long enough for "three hundred and fifty to four hundred "
const LOOK_BACK = 40;
const QUALIFIER_RE = /(?:^|[^\p{L}])(?:about|around|roughly|approximately|nearly|almost|some|up to|more than|over|at least|as much as|close to|~)\s*$/iu;

const round = (x: number): number => Math.round(x * 1000) / 1000;

const mwOf = (unit: string): number => MW_PER[unit.slice(0, 1).toLowerCase()] ?? 1;

// a page repeats the same few figures: formatting each once keeps a page of them cheap
const NAMES = new Map<number, string>();
const MAX_NAMES = 1000;

function nameOf(mw: number): string {
  let name = NAMES.get(mw);
  if (name === undefined) {
    name = mw >= 1000 ? `${Number((mw / 1000).toPrecision(6))} gigawatt${mw === 1000 ? '' : 's'}` : `${Number(mw.toPrecision(6))} megawatt${mw === 1 ? '' : 's'}`;
    if (NAMES.size >= MAX_NAMES) NAMES.clear();
    NAMES.set(mw, name);
  }
  return name;
}

/**
 * Power capacity (SPEC §6 `capacity`): `1.5 gigawatts`, `300 MW`, `5GW`, `a 100-megawatt campus`, `1-2 GW`,
 * `300 to 500 megawatts`; value in MW, and a range keeps both ends with no invented value. Units are rare, so each
 * is found first and its figure read from the few characters before it.
 */
export function matchCapacity(text: string): CapacityMatch[] {
  const out: CapacityMatch[] = [];
  for (const u of text.matchAll(UNIT_RE)) {
    const from = Math.max(0, u.index - LOOK_BACK);
    const m = FIGURE_BEFORE_RE.exec(text.slice(from, u.index));
    const g = m?.groups;
    if (!m || !g) continue;
    let start = from + m.index;
    let a = parseNumber(g.a ?? '');
    let b = g.b === undefined ? undefined : parseNumber(g.b);
    if (b && !(a.n < b.n)) {
      // not a range: "from 2023 to 5 GW" is 5 GW
      start = from + m.index + m[0].lastIndexOf(g.b ?? '');
      a = b;
      b = undefined;
    }
    if (Number.isNaN(a.n) || (b && Number.isNaN(b.n))) continue;
    const per = mwOf(u[0]);
    const lo = round(a.n * per);
    const hi = b ? round(b.n * per) : undefined;
    const approx = g.plus !== undefined || hi !== undefined || QUALIFIER_RE.test(text.slice(Math.max(0, start - 20), start));
    const value: CapacityValue = hi === undefined ? { mw: lo } : { min: lo, max: hi };
    if (approx) value.approx = true;
    const key = hi === undefined ? `MW:${lo}` : `MW:${lo}-${hi}`;
    const name = hi === undefined ? nameOf(lo) : `${nameOf(lo)}–${nameOf(hi)}`;
    out.push({ start, end: u.index + u[0].length, key, name, value });
  }
  return out;
}
