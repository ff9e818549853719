import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deterministicEventId, type MentionPayload } from '@wirelog/events';
import { EventStore } from '@wirelog/event-store';
import { projections, startProjections } from '@wirelog/projections';
import type { OpenTestDatabase, TestDatabase } from '@wirelog/testing';
import { createAccess } from './access/access';
import { createToken, revokeToken } from './access/tokens-file';
import { createApp } from './app';
import type { ApiDeps } from './api-deps';

/** Test support for the API's int specs: four projected articles behind a real app. */

export const silentLogger = { error: () => undefined };

export const ARTICLE = {
  a: 'aaaaaaaaaaaaaaaaaaaaaaaa',
  b: 'bbbbbbbbbbbbbbbbbbbbbbbb',
  c: 'cccccccccccccccccccccccc',
  d: 'dddddddddddddddddddddddd',
} as const;

function mention(kind: MentionPayload['kind'], key: string, name: string, text: string, start: number, extra: Partial<MentionPayload> = {}): MentionPayload {
  return { id: `${kind}-${key}-${start}`, kind, key, name, text, start, end: start + text.length, confidence: 0.9, ...extra };
}

const articles = [
  {
    id: ARTICLE.a,
    day: '2026-03-01',
    text: 'India plans a sovereign cloud.',
    mentions: [mention('country', 'IN', 'India', 'India', 0), mention('org', 'sovereign-cloud', 'Sovereign Cloud', 'sovereign cloud', 14)],
  },
  {
    id: ARTICLE.b,
    day: '2026-03-02',
    text: 'India buys NVIDIA H100 chips for $2 billion.',
    mentions: [
      mention('country', 'IN', 'India', 'India', 0),
      mention('hardware', 'nvidia-h100', 'NVIDIA H100', 'NVIDIA H100', 11, { value: { vendor: 'NVIDIA', category: 'accelerator' } }),
      mention('org', 'nvidia', 'NVIDIA', 'NVIDIA', 11),
      mention('money', 'USD:2000000000', '$2 billion', '$2 billion', 33, { value: { currency: 'USD', amount: 2e9, usd: 2e9 }, country: 'IN', org: 'nvidia' }),
    ],
  },
  { id: ARTICLE.c, day: '2026-03-03', text: 'Korea expands its AI data centres.', mentions: [mention('country', 'KR', 'South Korea', 'Korea', 0)] },
  {
    id: ARTICLE.d,
    day: '2026-03-04',
    text: 'Meta orders HBM4 for its US sites.',
    mentions: [mention('org', 'meta-platforms', 'Meta', 'Meta', 0), mention('hardware', 'hbm4', 'HBM4', 'HBM4', 12, { value: { vendor: 'JEDEC', category: 'memory' } }), mention('country', 'US', 'United States', 'US', 25)],
  },
];

/** Newest first: d (US, Meta, HBM4), c (KR), b (IN, NVIDIA H100, NVIDIA, $2 billion), a (IN; a reviewer rejected its org). */
export async function seedArticles(store: EventStore): Promise<void> {
  for (const a of articles) {
    const at = `${a.day}T09:00:00.000Z`;
    const url = `https://news.example/${a.id}`;
    await store.append(`article-${a.id}`, [
      { type: 'ArticleDiscovered', eventId: deterministicEventId(a.id, 'd'), data: { articleId: a.id, feedId: 'f', url, title: `Title ${a.id[0]}`, publishedAt: at, discoveredAt: at } },
      { type: 'ArticleFetched', eventId: deterministicEventId(a.id, 'f'), data: { articleId: a.id, url, title: `Title ${a.id[0]}`, text: a.text, textHash: a.id, wordCount: 6, source: 'page', fetchedAt: at } },
      { type: 'EntitiesExtracted', eventId: deterministicEventId(a.id, 'x'), data: { articleId: a.id, extractorVersion: 'v1', textHash: a.id, mentions: a.mentions, extractedAt: at } },
    ]);
  }
  await store.append(`article-${ARTICLE.a}`, [
    {
      type: 'EntityRejected',
      eventId: deterministicEventId(ARTICLE.a, 'reject'),
      data: { articleId: ARTICLE.a, mentionId: 'org-sovereign-cloud-14', kind: 'org', key: 'sovereign-cloud', start: 14, end: 29, reason: 'not an organisation' },
      metadata: { actor: 'reviewer-1' },
    },
  ]);
}

export interface ApiFixture {
  db: TestDatabase;
  deps: ApiDeps;
  /** The fixture's own tokens file, empty until a test creates tokens in it. */
  tokensFile: string;
  app: ReturnType<typeof createApp>;
}

/** A fresh database with the seed articles projected, and the API over it. */
export async function openApiFixture(open: OpenTestDatabase): Promise<ApiFixture> {
  const db = await open();
  const store = new EventStore(db.database);
  await seedArticles(store);
  const runner = await startProjections(store, [...projections], { pollIntervalMs: 60_000 });
  await runner.catchUp();
  await runner.stop();
  const tokensFile = path.join(mkdtempSync(path.join(tmpdir(), 'wirelog-tokens-')), 'tokens.json');
  const deps = { database: db.database, store, access: createAccess({ tokensFile, reads: 'open', logger: silentLogger }), logger: silentLogger };
  return { db, deps, tokensFile, app: createApp(deps) };
}

/** Tokens for the tests that write: reviewers `ana` and `ben`, a reader `reader-1`, and `gone`, a revoked reviewer. */
export function createTestTokens(tokensFile: string): { ana: string; ben: string; reader: string; revoked: string } {
  const tokens = {
    ana: createToken(tokensFile, 'ana', 'reviewer').token,
    ben: createToken(tokensFile, 'ben', 'reviewer').token,
    reader: createToken(tokensFile, 'reader-1', 'reader').token,
    revoked: createToken(tokensFile, 'gone', 'reviewer').token,
  };
  revokeToken(tokensFile, 'gone');
  return tokens;
}
