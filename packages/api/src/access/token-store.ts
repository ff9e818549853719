import { statSync } from 'node:fs';
import { readTokensFile } from './tokens-file';
import type { TokenRecord } from './tokens';

/**
 * The tokens file as the API reads it: loaded at start (a broken file stops
 * the start), then re-read when it changes, so `wirelog tokens create|revoke`
 * take effect without a restart: a revocation within `recheckMs` (the file is
 * looked at no more often), a new token at once (an unknown id looks again).
 * A file broken by a later edit is logged and the last good tokens stay.
 */
export class TokenStore {
  private byId = new Map<string, TokenRecord>();
  private stamp: string;
  private checkedAt: number;

  constructor(
    readonly file: string,
    private readonly logger: { error(obj: object, msg?: string): void },
    private readonly recheckMs = 1_000,
    /** Tokens of this process only, never written anywhere (the embedded operator's). */
    private readonly inMemory: readonly TokenRecord[] = [],
  ) {
    this.stamp = this.currentStamp();
    this.load();
    this.checkedAt = performance.now();
  }

  find(id: string): TokenRecord | undefined {
    const own = this.inMemory.find((t) => t.id === id);
    if (own) return own;
    this.refresh(false);
    if (!this.byId.has(id)) this.refresh(true);
    return this.byId.get(id);
  }

  private refresh(force: boolean): void {
    if (!force && performance.now() - this.checkedAt < this.recheckMs) return;
    this.checkedAt = performance.now();
    const stamp = this.currentStamp();
    if (stamp === this.stamp) return;
    try {
      this.load();
      this.stamp = stamp;
    } catch (error) {
      this.logger.error({ err: error }, 'tokens file not reloaded: keeping the tokens read before');
    }
  }

  private load(): void {
    this.byId = new Map(readTokensFile(this.file).map((t) => [t.id, t]));
  }

  private currentStamp(): string {
    try {
      const stat = statSync(this.file);
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return 'absent';
    }
  }
}
