import { z } from 'zod';
import { jobCatalog, type JobData, type JobName, type JobOptions } from './job.catalog';
import { InvalidJobDataError } from './queue.errors';

export function parseJobData<N extends JobName>(name: N, data: unknown): JobData<N> {
  const result = jobCatalog[name].schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new InvalidJobDataError(name, issues, { cause: z.prettifyError(result.error) });
  }
  return result.data as JobData<N>;
}

/** The catalog's retry policy with backoff delays multiplied by `scale`. */
export function jobOptionsFor(name: JobName, scale = 1): JobOptions {
  const { attempts, backoff } = jobCatalog[name].options as JobOptions;
  return backoff ? { attempts, backoff: { ...backoff, delay: Math.round(backoff.delay * scale) } } : { attempts };
}

/** Wait before the next try after failed attempt `attempt` (1-based), as BullMQ computes it. */
export function backoffDelay(options: JobOptions, attempt: number): number {
  const backoff = options.backoff;
  if (!backoff) return 0;
  return backoff.type === 'fixed' ? backoff.delay : Math.round(2 ** (attempt - 1) * backoff.delay);
}

export function assertDelay(delayMs: number): number {
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new RangeError(`delay must be a non-negative number of ms, got ${delayMs}`);
  return delayMs;
}

export function assertInterval(everyMs: number): void {
  if (!Number.isInteger(everyMs) || everyMs < 1) throw new RangeError(`scheduler interval must be a positive integer of ms, got ${everyMs}`);
}

export function assertConcurrency(concurrency: number): number {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  return concurrency;
}
