import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWirelog } from './support/wirelog-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `wirelog feeds validate` on a file written for the test: its exit code and problems. */
async function validate(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = await runWirelog(['feeds', 'validate', file], {});
  return { code: result.code, problems: result.stderr.trim().split('\n').map((line) => line.replace(`${file}:`, '')) };
}

describe('wirelog feeds validate refuses what the services would refuse', () => {
  it('an interval past a week, an id too long for a job id and a URL without a scheme, each at file:line:col', { timeout: 60_000 }, async () => {
    const feeds = `feeds:\n  - id: ${'a'.repeat(300)}\n    url: example.com/feed.xml\n    interval: 99999999999999999999h\n    hostInterval: 30d\n`;
    expect(await validate('limits.yaml', feeds)).toEqual({
      code: 1,
      problems: [
        '2:9: feeds[0].id: at most 64 characters (stream and job ids are made from it)',
        `3:10: feeds[0].url: "example.com/feed.xml" needs a scheme: http:, https:, or file: for a path below the feeds file's folder`,
        '4:15: feeds[0].interval: must be at most 168h, a week (got 99999999999999999999h)',
        '5:19: feeds[0].hostInterval: "30d" is not a duration like 30s, 15m, 1h or 1h30m',
      ],
    });
  });

  it('a feeds file over 1 MB, before parsing it', { timeout: 60_000 }, async () => {
    const entry = (i: number) => `  - id: feed-${i}\n    url: https://example.org/${i}.xml\n`;
    const feeds = `feeds:\n${Array.from({ length: 25_000 }, (_, i) => entry(i)).join('')}`;
    expect(await validate('huge.yaml', feeds)).toEqual({ code: 1, problems: ['1:1: the feeds file is 1.4 MB; at most 1 MB is read (split it or remove feeds)'] });
  });
});
