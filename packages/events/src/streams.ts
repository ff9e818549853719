/** Stream names of SPEC §7. */
export const feedStream = (feedId: string): string => `feed-${feedId}`;
export const articleStream = (articleId: string): string => `article-${articleId}`;

export function articleIdOfStream(streamId: string): string | undefined {
  return streamId.startsWith('article-') ? streamId.slice('article-'.length) : undefined;
}
export function feedIdOfStream(streamId: string): string | undefined {
  return streamId.startsWith('feed-') ? streamId.slice('feed-'.length) : undefined;
}
