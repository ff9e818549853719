import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(again.stdout).toMatch(/articles: 2, new extractions: 0, unchanged: 2\ncorrections: 0 agree/); // same extractor version and text: nothing new
    expect(await runWirelog(['quality'], env)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^no reviewed articles yet/) });
    expect(await runWirelog(['corrections', 'export'], env)).toMatchObject({ code: 0, stdout: '' });
    const unknown = await runWirelog(['reextract', '--article', 'no-such-article'], env);
    expect(unknown).toMatchObject({ code: 1, stdout: '', stderr: 'wirelog reextract: article no-such-article not found\n' });
    const status = await runWirelog(['projections', 'status'], env);
    expect(status.stdout.trimEnd().split('\n')).toEqual([
      ...['articles', 'countries', 'entities', 'feeds'].map((name) => expect.stringMatching(new RegExp(`^${name}\tposition [1-9]\\d*\tlag 0 events, 0\\.0s\tparked 0$`))),
      'log horizon: not held back',
    ]);
    expect(await runWirelog(['projections', 'retry'], env)).toMatchObject({ code: 0, stdout: 'feeds: applied 0, still parked 0\narticles: applied 0, still parked 0\nentities: applied 0, still parked 0\ncountries: applied 0, still parked 0\n' });
    expect((await runWirelog(['reextract'], env)).code).toBe(2);
    expect((await runWirelog(['worker', 'cook'], env)).code).toBe(2);
    expect((await runWirelog(['nonsense'], env)).code).toBe(2);
    const badConfig = await runWirelog(['ingest', '--once'], { ...env, PORT: 'x', DATABASE_URL: 'mysql://nope' });
    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr).toMatch(/DATABASE_URL[\s\S]*PORT/);
  });
});

describe('wirelog CLI for a newcomer', () => {
  const env = { WIRELOG_DATA_DIR: path.join(dir, 'newcomer') };

  it('prints its help (every command) and its version', async () => {
    const help = await runWirelog(['--help'], env);
    expect(help.code).toBe(0);
    for (const command of ['start', 'worker', 'ingest', 'feeds validate', 'feeds import-opml', 'migrate', 'projections status', 'projections rebuild', 'projections retry', 'tokens create', 'tokens list', 'tokens revoke', 'reextract', 'quality', 'corrections export', 'entities', 'article-text', 'events tail']) {
      expect(help.stdout).toContain(`wirelog ${command}`);
    }
    expect(await runWirelog([], env)).toMatchObject({ code: 2, stdout: help.stdout });
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string };
    expect(await runWirelog(['--version'], env)).toMatchObject({ code: 0, stdout: `wirelog ${version}\n` });
  });

  it('lists the actions of a command given none, and shows one command with --help', async () => {
    const feeds = await runWirelog(['feeds'], env);
    expect(feeds.code).toBe(2);
    expect(feeds.stdout).toMatch(/^usage: wirelog feeds validate F .*\n +wirelog feeds import-opml F /);
    expect((await runWirelog(['projections'], env)).stdout).toMatch(/wirelog projections status[\s\S]*wirelog projections rebuild/);
    expect(await runWirelog(['entities', '--help'], env)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage: wirelog entities FILE/) });
  });

  it('creates a token once, lists tokens without secrets, and revokes by name', async () => {
    const tokensEnv = { ...env, WIRELOG_TOKENS_FILE: path.join(dir, 'tokens', 'tokens.json') };
    const created = await runWirelog(['tokens', 'create', '--role', 'reviewer', '--name', 'ana'], tokensEnv);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^wl_[0-9a-f]{12}_[\w-]{43}\n$/);
    expect(created.stderr).toContain('reviewer token "ana" written to');
    expect(readFileSync(tokensEnv.WIRELOG_TOKENS_FILE, 'utf8')).not.toContain(created.stdout.trim().slice(16));
    const again = await runWirelog(['tokens', 'create', '--role', 'admin', '--name', 'ana'], tokensEnv);
    expect([again.code, again.stderr]).toEqual([1, 'wirelog tokens: a token named "ana" exists already (revoke it first)\n']);
    const list = await runWirelog(['tokens', 'list'], tokensEnv);
    expect(list.stdout).toMatch(new RegExp(`^ana\treviewer\t${created.stdout.slice(3, 15)}\t\\d{4}-\\d\\d-\\d\\dT[^\n]+\n$`));
    expect(await runWirelog(['tokens', 'revoke', 'ana'], tokensEnv)).toMatchObject({ code: 0, stdout: 'revoked reviewer token "ana"\n' });
    expect(await runWirelog(['tokens', 'revoke', 'ana'], tokensEnv)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^wirelog tokens: no token named "ana" in /) });
    expect(await runWirelog(['tokens', 'list'], tokensEnv)).toMatchObject({ code: 0, stdout: '' });
  });

  it.each([
    ['start', 'extra'],
    ['start', '--bogus'],
    ['worker', 'fetcher', 'extra'],
    ['worker', 'fetcher', '--bogus'],
    ['ingest', '--once', 'extra'],
    ['ingest', '--once', '--bogus'],
    ['feeds', 'validate', 'a.yaml', 'b.yaml'],
    ['feeds', 'validate', '--bogus', 'a.yaml'],
    ['feeds', 'frobnicate', 'a.yaml'],
    ['migrate', 'extra'],
    ['migrate', '--bogus'],
    ['projections', 'status', 'extra'],
    ['projections', 'rebuild', 'articles', 'extra'],
    ['projections', 'retry', 'nothing'],
    ['projections', 'frobnicate'],
    ['tokens', 'create', '--role', 'root', '--name', 'x'],
    ['tokens', 'create', '--role', 'reader'],
    ['tokens', 'create', '--role', 'reader', '--name', 'two words'],
    ['tokens', 'list', '--name', 'x'],
    ['tokens', 'revoke'],
    ['tokens', 'frobnicate'],
    ['reextract', '--all', 'extra'],
    ['reextract', '--all', '--bogus'],
    ['quality', 'extra'],
    ['quality', '--bogus'],
    ['corrections', 'import'],
    ['entities', '--bogus', 'a.txt'],
    ['article-text', '--bogus', 'a.html'],
    ['events', 'tail', 'extra'],
    ['events', 'tail', '--bogus'],
  ].map((args) => [args.join(' '), args] as const))('refuses `wirelog %s` with exit 2 and its usage', async (_line, args) => {
    const result = await runWirelog(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^wirelog ${args[0]}: .+\nusage: wirelog ${args[0]}`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['entities', 'nope.txt'],
    ['article-text', 'nope.html'],
    ['feeds', 'validate', 'nope.yaml'],
    ['feeds', 'import-opml', 'nope.opml'],
  ].map((args) => [args.join(' '), args] as const))('reports a missing input file (`wirelog %s`) in one line and exits 1', async (_line, args) => {
    const result = await runWirelog(args, env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/nope\.\w+.*(ENOENT|no such file)/)]);
  });
});
