import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWirelog } from './support/wirelog-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-feeds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `wirelog feeds <action>` on a file written for the test; stderr lines without the file name. */
async function feeds(action: 'validate' | 'import-opml', name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = await runWirelog(['feeds', action, file], {});
  const stderr = result.stderr.trim().split('\n').map((line) => line.replace(`${file}: `, '').replace(`${file}:`, ''));
  return { code: result.code, stdout: result.stdout, stderr };
}

describe('wirelog feeds validate refuses what the services would refuse', () => {
  it('an interval past a week, an id too long for a job id and a URL without a scheme, each at file:line:col', { timeout: 60_000 }, async () => {
    const text = `feeds:\n  - id: ${'a'.repeat(300)}\n    url: example.com/feed.xml\n    interval: 99999999999999999999h\n    hostInterval: 30d\n`;
    expect(await feeds('validate', 'limits.yaml', text)).toMatchObject({
      code: 1,
      stderr: [
        '2:9: feeds[0].id: at most 64 characters (stream and job ids are made from it)',
        `3:10: feeds[0].url: "example.com/feed.xml" needs a scheme: http:, https:, or file: for a path below the feeds file's folder`,
        '4:15: feeds[0].interval: must be at most 168h, a week (got 99999999999999999999h)',
        '5:19: feeds[0].hostInterval: "30d" is not a duration like 30s, 15m, 1h or 1h30m',
      ],
    });
  });

  it('a feeds file over 1 MB, before parsing it', { timeout: 60_000 }, async () => {
    const entry = (i: number) => `  - id: feed-${i}\n    url: https://example.org/${i}.xml\n`;
    const text = `feeds:\n${Array.from({ length: 25_000 }, (_, i) => entry(i)).join('')}`;
    expect(await feeds('validate', 'huge.yaml', text)).toMatchObject({ code: 1, stderr: ['1:1: the feeds file is 1.4 MB; at most 1 MB is read (split it or remove feeds)'] });
  });
});

describe('wirelog feeds import-opml', () => {
  it('exits 1 with a clear message for malformed OPML and for a YAML file', { timeout: 60_000 }, async () => {
    expect(await feeds('import-opml', 'truncated.opml', '<opml><body><outline text="A" xmlUrl="https://a.example/feed"/>')).toEqual({
      code: 1,
      stdout: '',
      stderr: ['malformed OPML: no closing </opml> at the end (truncated?)'],
    });
    expect(await feeds('import-opml', 'feeds.yaml', 'feeds:\n  - id: a\n    url: https://a.example/\n')).toMatchObject({
      code: 1,
      stderr: ['not an OPML file: no XML element found (is it a feeds.yaml?)'],
    });
  });

  it('imports a URL once and reports what it left out on stderr', { timeout: 60_000 }, async () => {
    const opml = `<opml><body><outline text="A" xmlUrl="https://a.example/feed"/><outline text="B" xmlUrl="https://a.example/feed"/><outline text="Note"/></body></opml>`;
    expect(await feeds('import-opml', 'dupes.opml', opml)).toEqual({
      code: 0,
      stdout: 'feeds:\n  - id: a\n    url: https://a.example/feed\n',
      stderr: ['skipped https://a.example/feed: already imported as a', 'skipped outline "Note": no xmlUrl'],
    });
  });
});
