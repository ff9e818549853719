import type { Sql } from '@wirelog/db';
import { EVENT_COLUMNS, toStoredEvent, type EventRow, type StoredEvent } from '@wirelog/event-store';
import { articleIdOfStream, articleStream, type EntitiesExtracted } from '@wirelog/events';
import { standingCorrections, type Correction, type SpanMention } from './corrections';
import { goldMentions, type GoldMention } from './gold';

const REVIEWER_EVENTS = ['EntityConfirmed', 'EntityRejected', 'EntityRelabelled', 'EntityAdded'] as const;
const READ = ['ArticleFetched', 'EntitiesExtracted', ...REVIEWER_EVENTS];

/** One extractor version's (latest) extraction of a reviewed article's text. */
export interface VersionExtraction {
  version: string;
  /** Log position of the extraction: orders versions. */
  position: bigint;
  mentions: SpanMention[];
}

/** A reviewed article as the log tells it: its text, what each extractor version found in it, and what the reviewers said. */
export interface ReviewedArticle {
  articleId: string;
  url: string;
  title: string;
  text: string;
  /** The version whose extraction the reviewers corrected last. */
  reviewedVersion: string | null;
  reviewers: string[];
  /** Of the reviewed text only, one per version, oldest first. */
  extractions: VersionExtraction[];
  /** The article's latest extraction, whatever its text (a refetch may have changed it). */
  current: SpanMention[];
  corrections: Correction[];
  /** What is counted: `standingCorrections` of `corrections`. */
  standing: Correction[];
  gold: GoldMention[];
}

/**
 * Reviewed articles (any reviewer event) in article id order, `limit` at a
 * time after `after`, or those of `articleIds`. `next` is the `after` of the
 * next page (null after the last): a page can hold fewer articles than
 * `limit` and still not be the last, when a reviewed article has no text.
 */
export async function readReviewedArticles(
  sql: Sql,
  page: { after?: string; limit: number } | { articleIds: string[] },
): Promise<{ articles: ReviewedArticle[]; next: string | null }> {
  const streams =
    'articleIds' in page
      ? page.articleIds.map(articleStream)
      : (
          await sql.query<{ stream_id: string }>(
            `SELECT DISTINCT stream_id FROM events WHERE type = ANY($1::text[]) AND stream_id > $2 ORDER BY stream_id LIMIT $3`,
            [REVIEWER_EVENTS, articleStream(page.after ?? ''), page.limit],
          )
        ).rows.map((r) => r.stream_id);
  const last = streams[streams.length - 1];
  const next = 'limit' in page && last !== undefined && streams.length === page.limit ? (articleIdOfStream(last) ?? null) : null;
  if (streams.length === 0) return { articles: [], next };
  const { rows } = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ANY($1::text[]) AND type = ANY($2::text[]) ORDER BY stream_id, stream_version`,
    [streams, READ],
  );
  const byStream = new Map<string, StoredEvent[]>();
  for (const row of rows) {
    const events = byStream.get(row.stream_id) ?? [];
    if (events.length === 0) byStream.set(row.stream_id, events);
    events.push(toStoredEvent(row));
  }
  return { articles: [...byStream.values()].map(reviewedArticle).filter((a): a is ReviewedArticle => a !== undefined), next };
}

const spans = (mentions: EntitiesExtracted['mentions']): SpanMention[] => mentions.map(({ kind, key, name, text, start, end }) => ({ kind, key, name, text, start, end }));

function correctionOf(event: StoredEvent): Correction | undefined {
  switch (event.type) {
    case 'EntityConfirmed':
    case 'EntityRejected': {
      const { kind, key, start, end } = event.data;
      return { action: event.type === 'EntityConfirmed' ? 'confirm' : 'reject', kind, key, start, end };
    }
    case 'EntityRelabelled': {
      const { from, to, start, end } = event.data;
      return { action: 'relabel', kind: from.kind, key: from.key, to, start, end };
    }
    case 'EntityAdded': {
      const { kind, key, name, text, start, end } = event.data;
      return { action: 'add', kind, key, name, text, start, end };
    }
    default:
      return undefined;
  }
}

/** Undefined when the article has no corrections or no text (nothing to measure against). */
function reviewedArticle(events: StoredEvent[]): ReviewedArticle | undefined {
  const reviews = events.flatMap((e) => {
    const correction = correctionOf(e);
    return correction ? [{ event: e, correction }] : [];
  });
  const lastReview = reviews[reviews.length - 1]?.event;
  const first = events[0];
  if (!lastReview || !first) return undefined;
  const extracted = events.filter((e): e is StoredEvent<'EntitiesExtracted'> => e.type === 'EntitiesExtracted');
  const reviewed = extracted.findLast((e) => e.streamVersion < lastReview.streamVersion);
  const fetched = events.filter((e): e is StoredEvent<'ArticleFetched'> => e.type === 'ArticleFetched');
  const text = reviewed ? fetched.findLast((e) => e.data.textHash === reviewed.data.textHash) : fetched.findLast((e) => e.streamVersion < lastReview.streamVersion);
  if (!text) return undefined;
  const sameText = extracted.filter((e) => e.data.textHash === text.data.textHash);
  // each version's latest extraction, in the order of those
  const latestOfVersion = new Map<string, StoredEvent<'EntitiesExtracted'>>();
  for (const e of sameText) {
    latestOfVersion.delete(e.data.extractorVersion);
    latestOfVersion.set(e.data.extractorVersion, e);
  }
  const corrections = reviews.map((r) => r.correction);
  return {
    articleId: articleIdOfStream(first.streamId) ?? first.streamId,
    url: text.data.url,
    title: text.data.title,
    text: text.data.text,
    reviewedVersion: reviewed?.data.extractorVersion ?? null,
    reviewers: [...new Set(reviews.map((r) => r.event.metadata.actor).filter((a): a is string => typeof a === 'string'))],
    extractions: [...latestOfVersion.values()].map((e) => ({ version: e.data.extractorVersion, position: e.globalPosition, mentions: spans(e.data.mentions) })),
    current: spans(extracted[extracted.length - 1]?.data.mentions ?? []),
    corrections,
    standing: standingCorrections(corrections),
    gold: goldMentions(text.data.text, reviewed ? spans(reviewed.data.mentions) : [], corrections, sameText.flatMap((e) => spans(e.data.mentions))),
  };
}

/** Every reviewed article, a page at a time: memory stays bounded by the page, not the number of reviews. */
export async function* eachReviewedArticle(sql: Sql, pageSize = 200): AsyncGenerator<ReviewedArticle> {
  let after: string | null | undefined;
  do {
    const page = await readReviewedArticles(sql, { after: after ?? undefined, limit: pageSize });
    yield* page.articles;
    after = page.next;
  } while (after !== null);
}
