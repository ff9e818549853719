import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runWirelog } from './support/wirelog-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);

describe('wirelog CLI', () => {
  it('prints one JSON line of mentions per file, stdin included', { timeout: 60_000 }, async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'Microsoft will invest $1.2 billion in Uttar Pradesh to deploy NVIDIA H100 GPUs.');
    const child = spawn(process.execPath, [path.join(repoRoot, 'packages/cli/bin/wirelog.js'), 'entities', file, '-'], { cwd: repoRoot });
    child.stdin.end('Georgia Power signed a deal in Georgia, the country.');
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const [first, second] = lines(stdout);
    expect(first!.file).toBe(file);
    const keys = (m: { kind: string; key: string }[]) => m.map((x) => `${x.kind}:${x.key}`);
    expect(keys(first!.mentions)).toEqual(expect.arrayContaining(['org:microsoft', 'money:USD:1200000000', 'place:IN-UP', 'country:IN', 'hardware:nvidia-h100']));
    expect(second!.file).toBe('-');
    for (const m of [...first!.mentions, ...second!.mentions]) expect(m).toMatchObject({ id: expect.any(String), start: expect.any(Number), end: expect.any(Number) });
  });

  it('prints the main text of pages', { timeout: 60_000 }, async () => {
    const result = await runWirelog(['article-text', 'seeds/pages/sovereign-ai-race.html', '--url', 'https://example.org/x'], {});
    expect(result.code).toBe(0);
    const [page] = lines(result.stdout);
    expect(page).toMatchObject({ file: 'seeds/pages/sovereign-ai-race.html', lang: 'en', byline: expect.stringContaining('Mira Holloway') });
    expect(page!.text).toContain('\n\n');
    expect(page!.text).not.toMatch(/Subscribe|Related stories/);
  });

  it('validates feeds files with file:line:col problems and imports OPML', { timeout: 90_000 }, async () => {
    const bad = path.join(dir, 'feeds.yaml');
    writeFileSync(bad, 'feeds:\n  - id: a\n    url: ftp://x\n  - id: a\n    url: https://example.org/f\n    interval: soon\n    colour: red\n');
    const result = await runWirelog(['feeds', 'validate', bad], {});
    expect(result.code).toBe(1);
    const problems = result.stderr.trim().split('\n');
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const p of problems) expect(p).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .+`));
    expect((await runWirelog(['feeds', 'validate', 'seeds/feeds.yaml'], {})).code).toBe(0);

    const opml = path.join(dir, 'subs.opml');
    writeFileSync(opml, '<opml version="2.0"><body><outline text="Chips"><outline text="Chip News" xmlUrl="https://chips.example/feed"/></outline></body></opml>');
    const imported = await runWirelog(['feeds', 'import-opml', opml], {});
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/url: https:\/\/chips\.example\/feed/);
  });

  it('re-extracts stored text without fetching, and rejects bad usage with exit 2', { timeout: 180_000 }, async () => {
    const env = { WIRELOG_DATA_DIR: path.join(dir, 'data'), WIRELOG_FEEDS: 'seeds/feeds.yaml' };
    expect((await runWirelog(['ingest', '--once'], env)).code).toBe(0);
    const again = await runWirelog(['reextract', '--all'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/articles: 2, new extractions: 0, unchanged: 2/); // same extractor version and text: nothing new
    expect((await runWirelog(['reextract'], env)).code).toBe(2);
    expect((await runWirelog(['worker', 'cook'], env)).code).toBe(2);
    expect((await runWirelog(['nonsense'], env)).code).toBe(2);
    const badConfig = await runWirelog(['ingest', '--once'], { ...env, PORT: 'x', DATABASE_URL: 'mysql://nope' });
    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr).toMatch(/DATABASE_URL[\s\S]*PORT/);
  });
});
