import { ApiError } from './api-error';

/** Keyset position in "newest first" order: (sort_at, article_id) of the last row of the previous page. */
export interface PageCursor {
  sortAt: string;
  articleId: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortAt, cursor.articleId])).toString('base64url');
}

export function decodeCursor(text: string): PageCursor {
  try {
    const [sortAt, articleId] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortAt === 'string' && typeof articleId === 'string' && !Number.isNaN(Date.parse(sortAt))) return { sortAt, articleId };
  } catch {
    // fall through to the error below
  }
  throw new ApiError(400, 'bad_cursor', 'cursor is not one this API returned');
}
