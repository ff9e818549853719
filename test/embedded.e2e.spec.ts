import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLabelledLines } from '../packages/extraction/test/load-labelled';
import { startArticleSite } from './support/article-site';
import { repoRoot, runWirelog, startWirelog } from './support/wirelog-cli';

/** SPEC §3: on a machine with only Node.js, the sample feeds are ingested and served. */
describe('embedded mode (PGlite + in-process queue) through the CLI', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wirelog-e2e-'));
  const env = { WIRELOG_DATA_DIR: dataDir, WIRELOG_FEEDS: path.join(repoRoot, 'seeds/feeds.yaml') };
  const expected = JSON.parse(readFileSync(path.join(repoRoot, 'seeds/expected-entities.json'), 'utf8')) as Record<string, Record<string, string[]>>;
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('ingests the seed feed once, then finds nothing new the second time', { timeout: 120_000 }, async () => {
    const first = await runWirelog(['ingest', '--once'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/new articles: 2, fetched: 2/);
    expect(first.stdout).toMatch(/extracted: 2 article\(s\), [1-9]\d* entity mention/);
    const second = await runWirelog(['ingest', '--once'], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/new articles: 0, fetched: 0/);
    expect(second.stdout).toMatch(/events appended: 1 /); // the poll itself, nothing else
  });

  it('serves the articles with their entities over HTTP, measures the extractor on a correction, and stops cleanly on SIGTERM', { timeout: 180_000 }, async () => {
    // a long shutdown deadline: an idle process must exit long before it, not wait it out
    const app = startWirelog(['start'], { ...env, PORT: '0', WIRELOG_SHUTDOWN_TIMEOUT: '60s' });
    try {
      const [, port] = await app.waitFor(/API: http:\/\/localhost:(\d+)\//);
      const base = `http://127.0.0.1:${port}`;
      // the first start makes a reviewer token and shows it once
      const [, token] = await app.waitFor(/reviewer token \(shown once; only its hash is kept in [^)]+\): (wl_\S+)\n/);
      expect(readFileSync(path.join(dataDir, 'tokens.json'), 'utf8')).not.toContain(token!.slice(16));
      expect((await fetch(`${base}/api/articles`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
      // the review page's files come from beside the bundle
      await app.waitFor(/review page: http:\/\/localhost:\d+\/review\n/);
      for (const file of ['/review', '/review/review.js', '/review/review.css']) expect((await fetch(`${base}${file}`)).status, file).toBe(200);
      const list = (await (await fetch(`${base}/api/articles`)).json()) as { articles: { id: string; url: string; entities: { kind: string; key: string }[] }[] };
      expect(list.articles).toHaveLength(2);
      for (const article of list.articles) {
        const page = Object.keys(expected).find((file) => article.url.includes(path.basename(file)))!;
        const keys = (kind: string) => article.entities.filter((e) => e.kind === kind).map((e) => e.key).sort();
        for (const kind of ['country', 'place', 'money', 'hardware', 'org']) expect(keys(kind), `${page} ${kind}`).toEqual([...expected[page]![kind]!].sort());
      }
      type Mention = { id: string; kind: string; key: string; start: number; end: number; text: string; status: string };
      const article = list.articles[0]!.id;
      const detail = (await (await fetch(`${base}/api/articles/${article}`)).json()) as { text: string; mentions: Mention[] };
      expect(detail.mentions.length).toBeGreaterThan(0);
      for (const m of detail.mentions) expect(detail.text.slice(m.start, m.end)).toBe(m.text);
      const bad = await fetch(`${base}/api/articles?country=Korea`);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad_request');
      expect((await fetch(`${base}/api/articles/ffffffffffffffffffffffff`)).status).toBe(404);
      // PGlite is single-process: a second process on the same folder is refused, not let in to corrupt it
      const second = await runWirelog(['ingest', '--once'], env);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/in use by process \d+/);
      // …but operator commands from another shell are answered by the running instance, with the usual output
      const status = await runWirelog(['projections', 'status'], env);
      expect(status.code, status.stderr).toBe(0);
      expect(status.stdout).toMatch(/^articles\tposition \d+\tlag \d+ events, [\d.]+s\tparked 0\ncountries\t.*\nentities\t.*\nfeeds\t.*\nlog horizon: /);
      // a reviewer rejects a mention whose key the article names once: a false positive of the extractor
      const wrong = detail.mentions.find((m) => detail.mentions.filter((o) => o.kind === m.kind && o.key === m.key).length === 1)!;
      const reject = await fetch(`${base}/api/articles/${article}/corrections`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'reject', mentionId: wrong.id }),
      });
      expect(reject.status).toBe(202);
      const rebuild = await runWirelog(['projections', 'rebuild', 'articles'], env);
      expect([rebuild.code, rebuild.stderr]).toEqual([0, '']);
      expect(rebuild.stdout).toMatch(/^articles: rebuilt from [1-9]\d* events in [\d.]+s\n$/);
      expect(((await (await fetch(`${base}/api/articles`)).json()) as { articles: unknown[] }).articles).toHaveLength(2);
      const rebuilt = (await (await fetch(`${base}/api/articles/${article}`)).json()) as { mentions: Mention[] };
      expect(rebuilt.mentions.find((m) => m.id === wrong.id)?.status).toBe('rejected');
      const quality = await runWirelog(['quality'], env);
      expect([quality.code, quality.stderr]).toEqual([0, '']);
      expect(quality.stdout).toMatch(/^reviewed articles: 1, corrections: 1\n\nextractor \S+ \(current\): 1 reviewed article\n/);
      expect(quality.stdout).toContain('corrections: 0 agree with it, 1 still apply, 0 orphaned\n');
      expect(quality.stdout).toContain(`\n  ${article} ${wrong.kind}: +[${wrong.key}] -[]`);
      const qualityJson = await runWirelog(['quality', '--json'], env);
      expect(JSON.parse(qualityJson.stdout)).toEqual(await (await fetch(`${base}/api/quality`)).json());
      const exported = await runWirelog(['corrections', 'export'], env);
      expect([exported.code, exported.stderr]).toEqual([0, '']);
      writeFileSync(path.join(dataDir, 'reviewed.jsonl'), exported.stdout);
      const [labelled, ...none] = loadLabelledLines(path.join(dataDir, 'reviewed.jsonl')); // what `npm run bench quality` reads
      expect([labelled?.id, none]).toEqual([article, []]);
      expect(labelled!.expected[wrong.kind as 'country']).not.toContain(wrong.key);
      expect(await runWirelog(['reextract', '--all'], env)).toMatchObject({
        code: 0,
        stdout: 'articles: 2, new extractions: 0, unchanged: 2\ncorrections: 0 agree with the new extraction, 1 still apply, 0 orphaned\n',
      });
      expect(await runWirelog(['reextract', '--article', 'nope'], env)).toMatchObject({ code: 1, stderr: 'wirelog reextract: article nope not found\n' });
      const tail = await runWirelog(['events', 'tail', '--no-follow'], env);
      const lines = tail.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; position: string });
      expect(lines.filter((l) => l.type === 'EntitiesExtracted')).toHaveLength(2);
      expect(lines.map((l) => BigInt(l.position))).toEqual([...new Set(lines.map((l) => BigInt(l.position)))]);
    } finally {
      const stopping = Date.now();
      expect(await app.stop()).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(30_000);
    }
  });

  it('makes no new token on a later start', { timeout: 120_000 }, async () => {
    const app = startWirelog(['start'], { ...env, PORT: '0' });
    try {
      // written in the same step as the API line, so it would be there by now
      await app.waitFor(/API: http:\/\/localhost:(\d+)\//);
      expect(app.output()).not.toMatch(/reviewer token/);
    } finally {
      expect(await app.stop()).toBe(0);
    }
    const list = await runWirelog(['tokens', 'list'], env);
    expect(list.stdout).toMatch(/^reviewer\treviewer\t/);
    expect(list.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('ingests a feed behind Basic auth with the credentials of the feeds file, and writes them nowhere', { timeout: 120_000 }, async () => {
    const site = await startArticleSite(2, { feedAuth: 'reader:s3cret' });
    const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-e2e-credentials-'));
    try {
      const feeds = path.join(dir, 'feeds.yaml');
      writeFileSync(feeds, `feeds:\n  - id: members\n    url: ${site.feedUrls[0]!.replace('http://', 'http://reader:s3cret@')}\n    allowPrivate: true\n    hostInterval: 0s\n`);
      const local = { WIRELOG_DATA_DIR: path.join(dir, 'data'), WIRELOG_FEEDS: feeds, LOG_LEVEL: 'debug' };
      const ingest = await runWirelog(['ingest', '--once'], local);
      expect(ingest.code, ingest.stderr).toBe(0);
      expect(ingest.stdout).toMatch(/new articles: 2, fetched: 2/);
      const tail = await runWirelog(['events', 'tail', '--no-follow'], local);
      expect(tail.stdout).toContain(`"url":"${site.feedUrls[0]}","credentials":true`);
      // every byte PGlite wrote (tables, indexes, write-ahead log), what the run logged and what the log shows
      const files = readdirSync(local.WIRELOG_DATA_DIR, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(readFileSync(path.join(f.parentPath, f.name)).includes('s3cret'), f.name).toBe(false);
      expect(ingest.stdout + ingest.stderr + tail.stdout + tail.stderr).not.toContain('s3cret');
    } finally {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
