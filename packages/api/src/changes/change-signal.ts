import { CHECKPOINTS_CHANNEL } from '@wirelog/event-store';
import type { Database } from '@wirelog/db';

/**
 * Wakes the change feed's streams when a projection commits (LISTEN on the
 * checkpoint channel), with one listening connection per API process, held
 * only while some client is connected. NOTIFY is a wake-up call: streams also
 * look at the log on a timer, so a lost notification delays, never loses.
 */
export class ChangeSignal {
  private readonly waiters = new Set<() => void>();
  private clients = 0;
  private listening: Promise<() => Promise<void>> | undefined;

  constructor(private readonly database: Database) {}

  async join(): Promise<void> {
    this.clients += 1;
    this.listening ??= this.database.listen(CHECKPOINTS_CHANNEL, () => this.wakeAll());
    await this.listening;
  }

  async leave(): Promise<void> {
    this.clients -= 1;
    if (this.clients > 0 || !this.listening) return;
    const listening = this.listening;
    this.listening = undefined;
    await (await listening)();
  }

  /** Resolves on the next commit of a projection, after `timeoutMs`, or when `abort` fires. */
  wait(timeoutMs: number, abort: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        abort.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      abort.addEventListener('abort', done);
    });
  }

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
