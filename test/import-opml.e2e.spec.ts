import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWirelog } from './support/wirelog-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-opml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importOpml(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = await runWirelog(['feeds', 'import-opml', file], {});
  return { code: result.code, stdout: result.stdout, stderr: result.stderr.trim().split('\n').map((line) => line.replace(`${file}: `, '')) };
}

describe('wirelog feeds import-opml', () => {
  it('exits 1 with a clear message for malformed OPML and for a YAML file', { timeout: 60_000 }, async () => {
    expect(await importOpml('truncated.opml', '<opml><body><outline text="A" xmlUrl="https://a.example/feed"/>')).toEqual({
      code: 1,
      stdout: '',
      stderr: ['malformed OPML: no closing </opml> at the end (truncated?)'],
    });
    expect(await importOpml('feeds.yaml', 'feeds:\n  - id: a\n    url: https://a.example/\n')).toMatchObject({
      code: 1,
      stderr: ['not an OPML file: no XML element found (is it a feeds.yaml?)'],
    });
  });

  it('imports a URL once and reports what it left out on stderr', { timeout: 60_000 }, async () => {
    const opml = `<opml><body><outline text="A" xmlUrl="https://a.example/feed"/><outline text="B" xmlUrl="https://a.example/feed"/><outline text="Note"/></body></opml>`;
    expect(await importOpml('dupes.opml', opml)).toEqual({
      code: 0,
      stdout: 'feeds:\n  - id: a\n    url: https://a.example/feed\n',
      stderr: ['skipped https://a.example/feed: already imported as a', 'skipped outline "Note": no xmlUrl'],
    });
  });
});
