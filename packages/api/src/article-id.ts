import { ApiError } from './api-error';

/** Article ids are lower-case hex hashes of the canonical URL (24 digits today; a bound, not a format promise). */
export const ARTICLE_ID = /^[0-9a-f]{8,64}$/;

export function parseArticleId(raw: string): string {
  if (!ARTICLE_ID.test(raw)) throw new ApiError(400, 'bad_article_id', 'article ids are 8 to 64 lower-case hex digits');
  return raw;
}
