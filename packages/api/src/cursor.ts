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
  return encodeCursorFields([cursor.sortKey, cursor.articleId]);
}

/** A cursor's text: its fields as a JSON array, base64url. */
export const encodeCursorFields = (fields: unknown[]) => Buffer.from(JSON.stringify(fields)).toString('base64url');

/** The fields of a cursor's text, or undefined when it holds no JSON array. */
export function cursorFields(text: string): unknown[] | undefined {
  try {
    const fields: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return Array.isArray(fields) ? fields : undefined;
  } catch {
    return undefined;
  }
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
  const fields = cursorFields(text);
  return fields?.length === 2 ? pagePosition(fields[0], fields[1]) : undefined;
}

/** The position a cursor's (sort key, article id) fields name, when both have the issued shape and the instant is real. */
export function pagePosition(sortKey: unknown, articleId: unknown): PageCursor | undefined {
  if (typeof sortKey !== 'string' || !SORT_KEY.test(sortKey) || !parseIsoInstant(sortKey)) return undefined;
  if (typeof articleId !== 'string' || !ARTICLE_ID.test(articleId)) return undefined;
  return { sortKey, articleId };
}
