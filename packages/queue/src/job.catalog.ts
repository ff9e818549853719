import { z } from 'zod';

export interface BackoffOptions {
  type: 'exponential' | 'fixed';
  /** Milliseconds; exponential waits delay * 2^(attempt-1) after failed attempt n. */
  delay: number;
}

export interface JobOptions {
  /** Total tries, the first included. */
  attempts: number;
  backoff?: BackoffOptions;
}

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  options: JobOptions;
  /** Deterministic id used when `add` gets none, so re-adding the same work dedupes. */
  id: (data: z.infer<S>) => string;
}

function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}

/** Every job of the pipeline, declared once: payload schema, retry policy, id. */
export const jobCatalog = {
  // The schedule itself is the retry; a failed poll is recorded as an event.
  'poll-feed': defineJob({
    schema: z.object({ feedId: z.string().min(1) }),
    options: { attempts: 1 },
    id: (data) => `poll-${data.feedId}`,
  }),
  'fetch-article': defineJob({
    schema: z.object({ articleId: z.string().min(1), url: z.string().min(1), feedId: z.string().min(1) }),
    options: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
    id: (data) => `fetch-${data.articleId}`,
  }),
  'extract-article': defineJob({
    schema: z.object({ articleId: z.string().min(1) }),
    options: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
    id: (data) => `extract-${data.articleId}`,
  }),
} as const;

export type JobName = keyof typeof jobCatalog;
export type JobData<N extends JobName> = z.infer<(typeof jobCatalog)[N]['schema']>;

/** Upstream first: `whenIdle` relies on this order (a job adds downstream work before it completes). */
export const jobNames = Object.keys(jobCatalog) as JobName[];
