import { ApiError } from '../api-error';
import { ARTICLE_ID } from '../article-id';
import { parseIsoInstant } from '../iso-instant';

export type QueueOrder = 'uncertain' | 'newest';

/** Where a page of the review queue ends: the last article's sort keys in the queue's order. */
export interface QueueCursor {
  order: QueueOrder;
  /** `uncertain` only: the article was unreviewed, and its doubt (six decimals, as the query rounds it). */
  unreviewed?: boolean;
  doubt?: string;
  /** `sort_at` in UTC to the microsecond, as the query formats it. */
  sortKey: string;
  articleId: string;
}

const SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const DOUBT = /^(0\.\d{6}|1\.000000)$/;

export function encodeQueueCursor(c: QueueCursor): string {
  const fields = c.order === 'uncertain' ? [c.order, c.unreviewed, c.doubt, c.sortKey, c.articleId] : [c.order, c.sortKey, c.articleId];
  return Buffer.from(JSON.stringify(fields)).toString('base64url');
}

/** Accepts exactly what `encodeQueueCursor` issued for this order; anything else is a 400 `bad_cursor`. */
export function decodeQueueCursor(text: string, order: QueueOrder): QueueCursor {
  const cursor = text.length <= 300 ? readQueueCursor(text) : undefined;
  if (cursor && cursor.order === order && encodeQueueCursor(cursor) === text) return cursor;
  throw new ApiError(400, 'bad_cursor', 'cursor is not one this API returned for this order');
}

function readQueueCursor(text: string): QueueCursor | undefined {
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(fields)) return undefined;
  const keysValid = (sortKey: unknown, articleId: unknown) =>
    typeof sortKey === 'string' && SORT_KEY.test(sortKey) && parseIsoInstant(sortKey) !== undefined && typeof articleId === 'string' && ARTICLE_ID.test(articleId);
  if (fields.length === 3 && fields[0] === 'newest' && keysValid(fields[1], fields[2])) {
    return { order: 'newest', sortKey: fields[1] as string, articleId: fields[2] as string };
  }
  const [order, unreviewed, doubt, sortKey, articleId] = fields as unknown[];
  if (fields.length !== 5 || order !== 'uncertain' || typeof unreviewed !== 'boolean' || typeof doubt !== 'string' || !DOUBT.test(doubt) || !keysValid(sortKey, articleId)) return undefined;
  return { order, unreviewed, doubt, sortKey: sortKey as string, articleId: articleId as string };
}
