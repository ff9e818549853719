import { z } from 'zod';
import { withoutCredentials } from './without-credentials';

const feedSettings = {
  /** Never with `user:pw@`: the log is kept forever and shown to readers; whoever polls takes them from the feeds file. */
  url: z.string().refine((url) => withoutCredentials(url) === url, 'a feed URL in an event carries no credentials'),
  /** The feeds file gives the URL a user and password (v2; v1 kept them in `url`). */
  credentials: z.boolean(),
  intervalMs: z.number().int().positive(),
  hostIntervalMs: z.number().int().nonnegative(),
  fetchArticles: z.boolean(),
  enabled: z.boolean(),
  allowPrivate: z.boolean(),
  tags: z.array(z.string()),
};

export const FeedRegistered = z.object({ feedId: z.string(), ...feedSettings });
export const FeedChanged = z.object({ feedId: z.string(), ...feedSettings });
export const FeedRemoved = z.object({ feedId: z.string() });
export const FeedPolled = z.object({
  feedId: z.string(),
  polledAt: z.string(),
  notModified: z.boolean(),
  httpStatus: z.number().int().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  itemCount: z.number().int().nonnegative(),
  newArticleCount: z.number().int().nonnegative(),
});
export const FeedPollFailed = z.object({
  feedId: z.string(),
  polledAt: z.string(),
  reason: z.string(),
  httpStatus: z.number().int().optional(),
  retryable: z.boolean(),
  /** Failures in a row, this one included: drives the backoff and `feeds.consecutive_failures`. */
  consecutiveFailures: z.number().int().positive(),
  /** The feed answered 410 Gone: it stays registered but is not polled again until edited. */
  gone: z.boolean().default(false),
  retryAfterMs: z.number().int().nonnegative().optional(),
});

export type FeedRegistered = z.infer<typeof FeedRegistered>;
export type FeedChanged = z.infer<typeof FeedChanged>;
export type FeedRemoved = z.infer<typeof FeedRemoved>;
export type FeedPolled = z.infer<typeof FeedPolled>;
export type FeedPollFailed = z.infer<typeof FeedPollFailed>;
