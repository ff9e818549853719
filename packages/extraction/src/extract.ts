import { COUNTRY_NAMES } from './gazetteers/places.gazetteer';
import { linkFigures } from './link-figures';
import { resolveOverlaps, type Candidate } from './match/resolve-overlaps';
import { TextContext } from './match/text-context';
import { countriesInBodies, placeCandidates } from './match/country.matcher';
import { matchGazetteers } from './match/gazetteer-index';
import { hardwareCandidates } from './match/hardware.matcher';
import { matchCapacity } from './match/capacity.matcher';
import { matchMoney } from './match/money.matcher';
import { orgCandidates } from './match/org.matcher';
import { matchQuantities } from './match/quantity.matcher';
import { mentionId } from './mention-id';
import type { ExtractionResult, ExtractOptions, Mention, MoneyValue } from './types';
import { EXTRACTOR_VERSION } from './version';

/** Pure and synchronous: the entity mentions of one article text, sorted by start offset. */
export function extract(text: string, _options: ExtractOptions = {}): ExtractionResult {
  const ctx = new TextContext(text);
  const matches = matchGazetteers(ctx);
  const candidates = [...placeCandidates(ctx, matches), ...hardwareCandidates(ctx, matches), ...orgCandidates(ctx, matches)];
  const mentions: Mention[] = [];
  const kept = resolveOverlaps(candidates, text.length);
  for (const c of countriesInBodies(kept, candidates)) mentions.push(toMention(text, c));
  for (const c of kept) {
    if (c.kind === 'none') continue;
    mentions.push(toMention(text, c));
    if (c.kind === 'place' && c.country) {
      const name = COUNTRY_NAMES.get(c.country) ?? c.country;
      mentions.push(toMention(text, { ...c, kind: 'country', key: c.country, name, confidence: c.confidence * 0.9 }));
    }
  }
  const hardware = mentions.filter((m) => m.kind === 'hardware').sort((a, b) => a.start - b.start);
  const figure = (kind: 'money' | 'capacity' | 'quantity', confidence: number, m: Figure): void => {
    mentions.push({ id: mentionId(EXTRACTOR_VERSION, kind, m.key, m.start, m.end), kind, text: text.slice(m.start, m.end), ...m, confidence });
  };
  for (const m of matchMoney(text)) figure('money', m.confidence, { start: m.start, end: m.end, key: moneyKey(m.value), name: m.name, value: m.value });
  for (const m of matchCapacity(text)) figure('capacity', 0.95, m);
  for (const m of matchQuantities(text, hardware, (offset) => ctx.sentenceOf(offset))) figure('quantity', 0.9, m);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  linkFigures(ctx, mentions);
  return { version: EXTRACTOR_VERSION, mentions };
}

type Figure = Pick<Mention, 'start' | 'end' | 'key' | 'name' | 'value'>;

/** `USD:1200000000`; a range `USD:2000000000-3000000000`. */
function moneyKey(v: MoneyValue): string {
  return v.amount !== undefined ? `${v.currency}:${v.amount}` : `${v.currency}:${v.min}-${v.max}`;
}

function toMention(text: string, c: Candidate): Mention {
  const kind = c.kind as Mention['kind'];
  const m: Mention = {
    id: mentionId(EXTRACTOR_VERSION, kind, c.key, c.start, c.end),
    kind,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    key: c.key,
    name: c.name,
    confidence: Math.round(c.confidence * 100) / 100,
  };
  if (kind === 'hardware' && c.value) m.value = c.value;
  if (kind === 'place') m.value = c.country ? { country: c.country } : {};
  return m;
}
