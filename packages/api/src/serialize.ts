import type { StoredEvent } from '@wirelog/event-store';
import type { ArticleRow, CorrectionRow, EntityRow, MentionRow } from './articles.queries';
import type { CatalogueEntityRow } from './catalogue.queries';
import type { ArticleAmountRow, CountryProfileRow } from './countries.queries';

// JSON is camelCase everywhere (SPEC §8); rows are snake_case, so every shape is mapped here

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
// numeric columns arrive as exact text; JSON carries them as numbers
const num = (n: string | null) => (n === null ? null : Number(n));

export function articleJson(row: ArticleRow, entities: EntityRow[]) {
  return {
    id: row.article_id,
    feedId: row.feed_id,
    url: row.url,
    title: row.title,
    byline: row.byline,
    lang: row.lang,
    publishedAt: iso(row.published_at),
    fetchedAt: iso(row.fetched_at),
    status: row.status,
    wordCount: row.word_count,
    extractorVersion: row.extractor_version,
    reviewed: row.reviewed,
    reviewedBy: row.reviewed_by,
    reviewedAt: iso(row.reviewed_at),
    entities: entities.map(articleEntityJson),
  };
}

/** An entity of one article (`article_entities`). */
export function articleEntityJson(e: EntityRow) {
  return { entityId: e.entity_id, kind: e.kind, key: e.key, name: e.name, mentions: e.mentions, source: e.source, status: e.status };
}

/** The documented fields of each kind's `value` (SPEC §6); anything else a projection keeps there stays internal. */
const VALUE_FIELDS: Record<string, readonly string[]> = {
  money: ['currency', 'amount', 'min', 'max', 'approx', 'usd', 'usdMin', 'usdMax'],
  hardware: ['vendor', 'category', 'family', 'quantity'],
  place: ['country'],
  capacity: ['mw', 'min', 'max', 'approx'],
  quantity: ['count', 'unit', 'hardware'],
};

function documentedValue(kind: string, value: Record<string, unknown> | null) {
  const fields = VALUE_FIELDS[kind];
  if (!fields || !value) return undefined;
  return Object.fromEntries(fields.filter((f) => value[f] !== undefined && value[f] !== null).map((f) => [f, value[f]]));
}

export function mentionJson(m: MentionRow) {
  return {
    id: m.mention_id,
    kind: m.kind,
    text: m.text,
    start: m.start,
    end: m.end,
    key: m.key,
    name: m.name,
    value: documentedValue(m.kind, m.value),
    // money, capacity, quantity and counted hardware: the country and organisation its sentence names
    country: m.country ?? undefined,
    org: m.org ?? undefined,
    confidence: m.confidence,
    source: m.source,
    status: m.status,
  };
}

export function correctionJson(c: CorrectionRow) {
  return {
    id: c.correction_id,
    action: c.action,
    mentionId: c.mention_id,
    start: c.start,
    end: c.end,
    kind: c.kind,
    key: c.key,
    toKind: c.to_kind,
    toKey: c.to_key,
    toName: c.to_name,
    actor: c.actor,
    reason: c.reason,
    correctedAt: iso(c.corrected_at),
    position: c.position,
    orphaned: c.orphaned,
  };
}

export function eventJson(e: StoredEvent) {
  return {
    position: e.globalPosition.toString(),
    streamId: e.streamId,
    version: e.streamVersion,
    eventId: e.eventId,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
    recordedAt: e.recordedAt.toISOString(),
  };
}

export function entityJson(e: CatalogueEntityRow) {
  return {
    entityId: e.entity_id,
    kind: e.kind,
    key: e.key,
    name: e.name,
    articleCount: e.article_count,
    mentionCount: e.mention_count,
    firstSeenAt: iso(e.first_seen_at),
    lastSeenAt: iso(e.last_seen_at),
  };
}

/** `/api/stats/countries`: the profile's counts, by the same rules as `/api/countries/:code`. */
export function countryStatsJson(p: CountryProfileRow) {
  return {
    country: p.country,
    name: p.name,
    articles: p.article_count,
    moneyUsd: Number(p.money_usd_sum_of_mentions),
    moneyUsdLargest: num(p.money_usd_largest),
    moneyUsdSumOfArticleLargest: Number(p.money_usd_sum_of_article_largest),
  };
}

export function articleAmountJson(r: ArticleAmountRow) {
  return {
    articleId: r.article_id,
    title: r.title,
    publishedAt: iso(r.published_at),
    mentionId: r.mention_id,
    text: r.text,
    currency: r.currency,
    amount: Number(r.amount),
    usd: Number(r.amount_usd),
  };
}

export function countryProfileJson(p: CountryProfileRow) {
  return {
    country: p.country,
    name: p.name,
    articleCount: p.article_count,
    firstSeenAt: iso(p.first_seen_at),
    lastSeenAt: iso(p.last_seen_at),
    topOrgs: p.top_orgs,
    topHardware: p.top_hardware,
    moneyArticleCount: p.money_article_count,
    moneyUsdLargest: num(p.money_usd_largest),
    moneyUsdSumOfArticleLargest: Number(p.money_usd_sum_of_article_largest),
    moneyUsdSumOfMentions: Number(p.money_usd_sum_of_mentions),
    capacityMwLargest: num(p.capacity_mw_largest),
  };
}
