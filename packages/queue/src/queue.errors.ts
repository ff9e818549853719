/** Any error carrying `retryable: false` ends a job at once: no further attempts. */
export function isNonRetryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { retryable?: unknown }).retryable === false;
}

/** Convenience for handlers: throw it when trying again cannot help. */
export class NonRetryableError extends Error {
  override name = 'NonRetryableError';
  readonly retryable = false;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Thrown by a handler that cannot do its work yet (a host asked us to wait):
 * the job goes back to the queue, due in `delayMs`, without spending an
 * attempt, and its worker slot is free for other jobs meanwhile.
 */
export class JobDeferredError extends Error {
  override name = 'JobDeferredError';
  constructor(
    readonly delayMs: number,
    reason: string,
  ) {
    super(`deferred ${Math.round(delayMs)} ms: ${reason}`);
  }
}

export function isDeferral(err: unknown): err is JobDeferredError {
  return err instanceof JobDeferredError;
}

export class InvalidJobDataError extends Error {
  override name = 'InvalidJobDataError';
  readonly retryable = false;
  constructor(
    readonly jobName: string,
    readonly issues: string[],
    options?: { cause?: unknown },
  ) {
    super(`invalid data for job ${jobName}: ${issues.join('; ')}`, options);
  }
}

export class InvalidJobIdError extends Error {
  override name = 'InvalidJobIdError';
  readonly retryable = false;
  constructor(
    readonly jobId: string,
    reason: string,
  ) {
    super(`invalid job id ${JSON.stringify(jobId)}: ${reason}`);
  }
}

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
  readonly retryable = false;
  constructor() {
    super('the job queue is closed');
  }
}

export class QueueIdleTimeoutError extends Error {
  override name = 'QueueIdleTimeoutError';
  readonly retryable = true;
  constructor(
    readonly timeoutMs: number,
    readonly pending: object,
  ) {
    super(`job queue not idle after ${timeoutMs} ms: ${JSON.stringify(pending)}`);
  }
}
