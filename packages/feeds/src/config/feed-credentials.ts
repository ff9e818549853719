import { readFile } from 'node:fs/promises';
import { withoutCredentials } from '@wirelog/events';
import type { FeedConfig } from './feeds-config.types';
import { parseFeedsConfig } from './parse-feeds-config';

/** A feed's URL as the log records it (no credentials) → the same URL with the `user:pw@` the feeds file gives it. */
export type FeedCredentials = (feedId: string, url: string) => Promise<string>;

/** The feeds file gives this feed's URL (as the log records it) no credentials: polling it without would only be refused. */
export class MissingFeedCredentialsError extends Error {
  readonly retryable = false;
  constructor(readonly feedId: string) {
    super(`no credentials for feed ${feedId}: the feeds file this process reads does not give its URL a user and password`);
    this.name = 'MissingFeedCredentialsError';
  }
}

/**
 * Credentials are kept out of the log, so whoever polls a feed takes them from the feeds file: read again
 * at each lookup (parsed only when its text changed), so an edited password is used at the next poll, and
 * a file that is invalid now keeps the last valid credentials in force, as the poller keeps its settings.
 * They go only to the URL they were written with: a URL the log records differently gets none.
 */
export function feedCredentialsFrom(file: string): FeedCredentials {
  let text: string | undefined;
  let urls = new Map<string, string>();
  return async (feedId, url) => {
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current !== undefined && current !== text) {
      text = current;
      const parsed = parseFeedsConfig(current, file);
      if (parsed.ok) urls = credentialedUrls(parsed.config.feeds);
    }
    const withCredentials = urls.get(feedId);
    if (withCredentials === undefined || withoutCredentials(withCredentials) !== url) throw new MissingFeedCredentialsError(feedId);
    return withCredentials;
  };
}

function credentialedUrls(feeds: FeedConfig[]): Map<string, string> {
  return new Map(feeds.filter((feed) => withoutCredentials(feed.url) !== feed.url).map((feed) => [feed.id, feed.url]));
}
