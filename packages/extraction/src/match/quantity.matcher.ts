import type { HardwareValue, QuantityValue } from '../types';

export interface QuantityMatch {
  start: number;
  end: number;
  key: string;
  name: string;
  value: QuantityValue;
}

interface Span {
  start: number;
  end: number;
  key: string;
  text: string;
  value?: unknown;
}

const COUNT = String.raw`(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?<s>\s*(?:k|K|thousand|million)\b)?`;
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, million: 1e6 };
/** A count right before a product, over at most two capitalised words: `50,000 NVIDIA H200`, `10,000 of Nvidia's H100`. */
const BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥₹])${COUNT}(?:\s+|-)(?:of\s+)?(?:[A-Z][\p{L}\p{N}.&-]*(?:'s|’s)?\s+){0,2}$`, 'u');
const UNIT_AFTER_RE = /^[\s-]*(?:GPUs?|chips?|accelerators?|superchips?|processors?|CPUs?|TPUs?|servers?|systems?|racks?|units?|cards?|nodes?)(?![\p{L}\p{N}])/iu;
/** A count of a generic unit: `18,000 GPUs`, `a 100,000-GPU cluster`, `5,000 more Nvidia chips`. Shared and stateful (lastIndex). */
const GENERIC_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£¥₹])${COUNT}(?:\s+|-)(?:(?:more|additional|new|advanced|AI|Nvidia|NVIDIA|AMD|Intel)\s+){0,2}(?<unit>GPUs?|chips?|accelerators?|TPUs?|superchips?)(?![\p{L}\p{N}])`,
  'gu',
);
const LOOK_BACK = 60;

const LABELS: Record<string, string> = { gpu: 'GPUs', chip: 'chips', accelerator: 'accelerators', tpu: 'TPUs', superchip: 'superchips' };

/** The count, and whether it is written like one (`50,000`, `18k`) rather than maybe a year (`2024`). */
function countOf(g: Record<string, string | undefined>): { n: number; formatted: boolean; year: boolean } {
  const raw = g.n ?? '';
  const scale = g.s ? (SCALE[g.s.trim().toLowerCase()] ?? 1) : 1;
  const n = Math.round(Number(raw.replace(/,/g, '')) * scale);
  const formatted = raw.includes(',') || g.s !== undefined;
  return { n, formatted, year: !formatted && n >= 1900 && n <= 2100 };
}

/**
 * Sets `quantity` on hardware mentions preceded by a count (`50,000 NVIDIA H200 GPUs`, `260,000 Blackwell GPUs`,
 * `10,000 H100s`), and returns counts of generic units that name no product (`18,000 GPUs`), each linked to the one
 * product or family its sentence names. `hardware` is sorted by start.
 */
export function matchQuantities(text: string, hardware: Span[], sentenceOf: (offset: number) => number): QuantityMatch[] {
  const bySentence = new Map<number, Set<string>>();
  for (const h of hardware) {
    const s = sentenceOf(h.start);
    bySentence.set(s, (bySentence.get(s) ?? new Set()).add(h.key));
    const g = BEFORE_RE.exec(text.slice(Math.max(0, h.start - LOOK_BACK), h.start))?.groups;
    if (!g) continue;
    const { n, formatted, year } = countOf(g);
    // a unit word after it or a plural ("10,000 H100s") makes a count of any figure that is not a year
    const counted = UNIT_AFTER_RE.test(text.slice(h.end, h.end + 20)) || /s$/.test(h.text);
    if (n > 0 && !year && (counted || formatted)) h.value = { ...(h.value as HardwareValue), quantity: n };
  }
  const out: QuantityMatch[] = [];
  let next = 0;
  GENERIC_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GENERIC_RE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < hardware.length && (hardware[next] as Span).end <= start) next++;
    // a product inside ("5,000 Nvidia H100 chips") was counted above
    if (next < hardware.length && (hardware[next] as Span).start < end) continue;
    const g = m.groups ?? {};
    const { n, year } = countOf(g);
    if (!(n > 0) || year) continue;
    const unit = (g.unit ?? '').toLowerCase().replace(/s$/, '');
    const value: QuantityValue = { count: n, unit };
    const keys = bySentence.get(sentenceOf(start));
    if (keys?.size === 1) value.hardware = [...keys][0];
    out.push({ start, end, key: `${unit}:${n}`, name: `${n.toLocaleString('en-US')} ${LABELS[unit] ?? unit}`, value });
  }
  return out;
}
