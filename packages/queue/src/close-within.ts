import { setTimeout as sleep } from 'node:timers/promises';

/** How long active jobs may take to finish on close, unless the caller says otherwise. */
export const DEFAULT_CLOSE_DEADLINE_MS = 30_000;
/** After the abort, how long handlers get to notice it before close stops waiting. */
const ABORT_GRACE_MS = 5_000;

/**
 * Waits for active work to finish until the deadline, then aborts it and
 * waits a short grace for handlers to notice. Returns false when work was
 * still running at the end (its handler ignored the signal).
 */
export async function closeWithin(
  deadlineMs: number | undefined,
  work: { finished(): Promise<void>; abort(): void | Promise<void> },
): Promise<boolean> {
  const finished = work.finished().then(() => true);
  // unref'd: a deadline that is not needed any more must not keep the process alive
  if (await Promise.race([finished, sleep(deadlineMs ?? DEFAULT_CLOSE_DEADLINE_MS, false, { ref: false })])) return true;
  await work.abort();
  return Promise.race([finished, sleep(ABORT_GRACE_MS, false, { ref: false })]);
}
