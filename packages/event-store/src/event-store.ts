import type { Database, Sql } from '@wirelog/db';
import { appendInTransaction, appendToStreams, type StreamAppend } from './append';
import { readAll, readStream } from './read';
import { subscribe, type Subscription, type SubscriptionOptions } from './subscription';
import type { AppendResult, ExpectedVersion, LogCursor, NewEvent, StoredEvent } from './types';

/** The event store of SPEC §7 over either runtime's database. */
export class EventStore {
  constructor(readonly database: Database) {}

  async append(streamId: string, events: NewEvent[], options: { expectedVersion?: ExpectedVersion } = {}): Promise<AppendResult> {
    const [result] = await appendToStreams(this.database, [{ streamId, events, expectedVersion: options.expectedVersion }]);
    return result!;
  }

  /** Several streams in one transaction (batched ingest, benchmarks). */
  appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    return appendToStreams(this.database, appends);
  }

  /** Appends inside a transaction the caller already holds. */
  appendWithin(tx: Sql, appends: StreamAppend[]): Promise<AppendResult[]> {
    return appendInTransaction(tx, appends);
  }

  readStream(streamId: string, options?: { fromVersion?: number }): Promise<StoredEvent[]> {
    return readStream(this.database, streamId, options);
  }

  readAll(options?: { after?: LogCursor; limit?: number; types?: string[] }): Promise<StoredEvent[]> {
    return readAll(this.database, options);
  }

  subscribe(options: SubscriptionOptions): Promise<Subscription> {
    return subscribe(this.database, options);
  }
}
