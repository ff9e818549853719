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
