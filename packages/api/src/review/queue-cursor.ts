import { ApiError } from '../api-error';
import { cursorFields, encodeCursorFields, pagePosition } from '../cursor';

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

const DOUBT = /^(0\.\d{6}|1\.000000)$/;

export function encodeQueueCursor(c: QueueCursor): string {
  return encodeCursorFields(c.order === 'uncertain' ? [c.order, c.unreviewed, c.doubt, c.sortKey, c.articleId] : [c.order, c.sortKey, c.articleId]);
}

/** Accepts exactly what `encodeQueueCursor` issued for this order; anything else is a 400 `bad_cursor`. */
export function decodeQueueCursor(text: string, order: QueueOrder): QueueCursor {
  const cursor = text.length <= 300 ? readQueueCursor(text) : undefined;
  if (cursor && cursor.order === order && encodeQueueCursor(cursor) === text) return cursor;
  throw new ApiError(400, 'bad_cursor', 'cursor is not one this API returned for this order');
}

function readQueueCursor(text: string): QueueCursor | undefined {
  const fields = cursorFields(text);
  if (fields?.length === 3 && fields[0] === 'newest') {
    const position = pagePosition(fields[1], fields[2]);
    return position && { order: 'newest', ...position };
  }
  if (fields?.length !== 5) return undefined;
  const [order, unreviewed, doubt, sortKey, articleId] = fields;
  const position = pagePosition(sortKey, articleId);
  if (order !== 'uncertain' || typeof unreviewed !== 'boolean' || typeof doubt !== 'string' || !DOUBT.test(doubt) || !position) return undefined;
  return { order, unreviewed, doubt, ...position };
}
