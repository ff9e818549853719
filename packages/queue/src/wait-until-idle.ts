import type { WhenIdleOptions } from './job-queue';
import { QueueIdleTimeoutError } from './queue.errors';

/**
 * Polls `pending` until it reports no work twice in a row: a second look closes
 * the window where one process's job finishes while another's has just been added.
 */
export async function waitUntilIdle(pending: () => Promise<object | undefined>, opts: WhenIdleOptions = {}): Promise<void> {
  const pollMs = opts.pollMs ?? 50;
  const deadline = opts.timeoutMs === undefined ? Infinity : Date.now() + opts.timeoutMs;
  let idleLooks = 0;
  for (;;) {
    const work = await pending();
    idleLooks = work ? 0 : idleLooks + 1;
    if (idleLooks >= 2) return;
    if (Date.now() >= deadline) throw new QueueIdleTimeoutError(opts.timeoutMs ?? 0, work ?? {});
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
