import { ApiError } from './api-error';
import { ARTICLE_ID } from './article-id';
import { parseIsoInstant } from './iso-instant';

/** Keyset position in "newest first" order: (sort_at, article_id) of the last row of the previous page. */
export interface PageCursor {
  /** `sort_at` in UTC to the microsecond, as the list query formats it: a millisecond Date would skip or repeat rows. */
  sortKey: string;
  articleId: string;
}

const SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, cursor.articleId])).toString('base64url');
}

/**
 * Accepts exactly what `encodeCursor` issues: fields of the issued shape and
 * a real instant, re-encoding to the same text (no padding, no extra JSON).
 */
export function decodeCursor(text: string): PageCursor {
  const cursor = text.length <= 200 ? readCursor(text) : undefined;
  if (cursor && encodeCursor(cursor) === text) return cursor;
  throw new ApiError(400, 'bad_cursor', 'cursor is not one this API returned');
}

function readCursor(text: string): PageCursor | undefined {
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(fields) || fields.length !== 2) return undefined;
  const [sortKey, articleId] = fields as unknown[];
  if (typeof sortKey !== 'string' || !SORT_KEY.test(sortKey) || !parseIsoInstant(sortKey)) return undefined;
  if (typeof articleId !== 'string' || !ARTICLE_ID.test(articleId)) return undefined;
  return { sortKey, articleId };
}
