import { afterAll, beforeAll } from 'vitest';
import type { Database } from '@wirelog/db';
import { deterministicEventId, type MentionPayload, type WirelogEvent } from '@wirelog/events';
import { EventStore, type NewEvent } from '@wirelog/event-store';
import type { OpenTestDatabase, TestDatabase } from '@wirelog/testing';
import { projections } from './index';
import { startProjections } from './projection-runner';
import type { Projection } from './projection';

/** Test support for the projections' int specs. */

/** A fresh database and an event store on it for the describe block this is called in, closed after it. */
export function freshStore(open: OpenTestDatabase): { db: TestDatabase; store: EventStore } {
  const fresh = {} as { db: TestDatabase; store: EventStore };
  beforeAll(async () => {
    fresh.db = await open();
    fresh.store = new EventStore(fresh.db.database);
  });
  afterAll(() => fresh.db.close());
  return fresh;
}

export const mention = (id: string, kind: string, key: string, name: string, start: number, end: number, extra: object = {}): MentionPayload => ({
  id,
  kind: kind as MentionPayload['kind'],
  key,
  name,
  text: name,
  start,
  end,
  confidence: 0.9,
  ...extra,
});

/** What an article may mention in the property tests, each at its own span; money linked to a country, some amounts with cents. */
export const MENTION_POOL = [
  mention('in', 'country', 'IN', 'India', 0, 5),
  mention('us', 'country', 'US', 'United States', 10, 12),
  mention('fr', 'country', 'FR', 'France', 20, 26),
  mention('nv', 'org', 'nvidia', 'NVIDIA', 30, 36),
  mention('meta', 'org', 'meta', 'Meta', 40, 44),
  mention('h100', 'hardware', 'nvidia-h100', 'NVIDIA H100', 50, 54),
  mention('m1', 'money', 'USD:2000000000', '$2 billion', 60, 70, { value: { currency: 'USD', amount: 2e9, usd: 2e9 }, country: 'IN' }),
  mention('m2', 'money', 'EUR:500000000', '€500 million', 72, 80, { value: { currency: 'EUR', amount: 5e8, usd: 540000000.25 }, country: 'IN' }),
  mention('m3', 'money', 'USD:3000000000', '$3 billion', 82, 90, { value: { currency: 'USD', amount: 3e9, usd: 3e9 }, country: 'US' }),
  mention('m4', 'money', 'USD:1.5', '$1.50', 92, 97, { value: { currency: 'USD', amount: 1.5, usd: 1.5 }, country: 'FR' }),
];

/** An event to append, its id derived from `id` so that a test appending it twice appends it once. */
export const ev = (e: WirelogEvent, id: string, actor = 'test'): NewEvent => ({ ...e, eventId: deterministicEventId(id), metadata: { actor } });

/** Applies everything in the log now, for these projections (all by default). */
export async function catchUp(store: EventStore, chosen: readonly Projection[] = projections): Promise<void> {
  const runner = await startProjections(store, [...chosen], { pollIntervalMs: 60_000 });
  await runner.catchUp();
  await runner.stop();
}

/** The tables' rows as plain JSON (bigints as strings), ordered: equal dumps, equal tables. */
export async function dumpTables(database: Database, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = (await database.query(`SELECT * FROM ${t} ORDER BY 1, 2`)).rows;
  return JSON.parse(JSON.stringify(out, (_, v) => (typeof v === 'bigint' ? v.toString() : v)));
}
