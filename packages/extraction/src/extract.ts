import { COUNTRY_NAMES } from './gazetteers/places.gazetteer';
import { linkMoney } from './link-money';
import { resolveOverlaps, type Candidate } from './match/resolve-overlaps';
import { TextContext } from './match/text-context';
import { countriesInBodies, placeCandidates } from './match/country.matcher';
import { matchGazetteers } from './match/gazetteer-index';
import { hardwareCandidates } from './match/hardware.matcher';
import { matchMoney } from './match/money.matcher';
import { orgCandidates } from './match/org.matcher';
import { mentionId } from './mention-id';
import type { ExtractionResult, ExtractOptions, Mention } from './types';
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
  for (const m of matchMoney(text)) {
    mentions.push({
      id: mentionId(EXTRACTOR_VERSION, 'money', moneyKey(m.value.currency, m.value.amount), m.start, m.end),
      kind: 'money',
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      key: moneyKey(m.value.currency, m.value.amount),
      name: m.name,
      value: m.value,
      confidence: m.confidence,
    });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  linkMoney(ctx, mentions);
  return { version: EXTRACTOR_VERSION, mentions };
}

function moneyKey(currency: string, amount: number): string {
  return `${currency}:${amount}`;
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
