import { describe, expect, it } from 'vitest';
import { formatProblem, type FeedsConfigResult } from './feeds-config.types';
import { parseFeedsConfig } from './parse-feeds-config';

const FILE = '/srv/wirelog/feeds.yaml';

function problemsOf(result: FeedsConfigResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('parseFeedsConfig', () => {
  it('resolves a valid file: defaults merged, durations in ms, URLs absolute', () => {
    const result = parseFeedsConfig(
      `defaults:
  interval: 1h30m
  hostInterval: 2s
  fetchArticles: false
  tags: [ai]
feeds:
  - id: dcd-news
    url: https://Example.org:443/feed.xml
    interval: 10m
    tags: [data-centres]
    enabled: true
    allowPrivate: false
  - id: local
    url: file:seeds/local.xml
    fetchArticles: true
  - { id: file-url, url: "file:seeds/other.xml", enabled: false, allowPrivate: true, interval: 10s }
`,
      FILE,
    );
    expect(result).toEqual({
      ok: true,
      config: {
        path: FILE,
        feeds: [
          { id: 'dcd-news', url: 'https://example.org/feed.xml', intervalMs: 600_000, hostIntervalMs: 2_000, fetchArticles: false, tags: ['data-centres'], enabled: true, allowPrivate: false },
          { id: 'local', url: 'file:///srv/wirelog/seeds/local.xml', intervalMs: 5_400_000, hostIntervalMs: 2_000, fetchArticles: true, tags: ['ai'], enabled: true, allowPrivate: false },
          { id: 'file-url', url: 'file:///srv/wirelog/seeds/other.xml', intervalMs: 10_000, hostIntervalMs: 2_000, fetchArticles: false, tags: ['ai'], enabled: false, allowPrivate: true },
        ],
      },
    });
  });

  it('applies built-in defaults: 15m, 1s per host, fetch articles, enabled, no private addresses', () => {
    const result = parseFeedsConfig('feeds:\n  - id: a\n    url: http://a.example/\n', FILE);
    expect(result.ok && result.config.feeds[0]).toEqual({
      id: 'a', url: 'http://a.example/', intervalMs: 900_000, hostIntervalMs: 1_000, fetchArticles: true, tags: [], enabled: true, allowPrivate: false,
    });
    expect(parseFeedsConfig('feeds: []\n', FILE)).toEqual({ ok: true, config: { path: FILE, feeds: [] } });
  });

  it('reports every problem at once, each at its line and column', () => {
    const text = `defaults:
  interval: 15m
  bogus: 1
feeds:
  - id: dcd-news
    url: https://example.org/feed.xml
    interval: 5s
    tags: [data-centres]
  - id: Bad_Id
    url: ftp://x
    enabled: yes
    colour: red
  - id: dcd-news
    url: file:../outside.xml
    hostInterval: 1x
  - url: https://example.org/b
    fetchArticles: 3
    tags: [ok, 4]
  - id: c
    url: "file:///etc/passwd"
    interval: 60
`;
    expect(problemsOf(parseFeedsConfig(text, 'feeds.yaml'))).toEqual([
      'feeds.yaml:3:3: defaults: unknown key "bogus"',
      'feeds.yaml:7:15: feeds[0].interval: must be at least 10s (got 5s)',
      'feeds.yaml:9:9: feeds[1].id: must match [a-z0-9-]+ (got "Bad_Id")',
      `feeds.yaml:10:10: feeds[1].url: "ftp://x" needs a scheme: http:, https:, or file: for a path below the feeds file's folder`,
      'feeds.yaml:11:14: feeds[1].enabled: expected true or false, got "yes"',
      'feeds.yaml:12:5: feeds[1]: unknown key "colour"',
      'feeds.yaml:13:9: feeds[2].id: duplicate id "dcd-news" (first used by feeds[0])',
      `feeds.yaml:14:10: feeds[2].url: "file:../outside.xml" is outside the feeds file's folder ${process.cwd()}`,
      'feeds.yaml:15:19: feeds[2].hostInterval: "1x" is not a duration like 30s, 15m, 1h or 1h30m',
      'feeds.yaml:16:5: feeds[3].id: required: a stable id of [a-z0-9-]+',
      'feeds.yaml:17:20: feeds[3].fetchArticles: expected true or false, got number 3',
      'feeds.yaml:18:16: feeds[3].tags[1]: expected a tag (string), got number 4',
      `feeds.yaml:20:10: feeds[4].url: "file:///etc/passwd" is outside the feeds file's folder ${process.cwd()}`,
      'feeds.yaml:21:15: feeds[4].interval: expected a duration like 30s, 15m, 1h or 1h30m, got number 60',
    ]);
  });

  it('quotes a URL in a problem without its password: problems are logged and printed', () => {
    const text = 'feeds:\n  - id: a\n    url: https://reader:s3cret@bad host/feed.xml\n  - id: b\n    url: htps://reader:s3cret@example.org/feed.xml\n';
    expect(problemsOf(parseFeedsConfig(text, FILE))).toEqual([
      `${FILE}:3:10: feeds[0].url: "https://bad host/feed.xml" is not a valid http(s) URL`,
      `${FILE}:5:10: feeds[1].url: "htps://example.org/feed.xml" needs a scheme: http:, https:, or file: for a path below the feeds file's folder`,
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    expect(problemsOf(parseFeedsConfig('feeds:\n  - id: a\n    url: [unclosed\n', FILE))).toEqual([
      `${FILE}:4:1: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
    expect(problemsOf(parseFeedsConfig('feeds:\n  - id: a\n    id: b\n', FILE))).toEqual([`${FILE}:3:5: Map keys must be unique`]);
  });

  it('reports a file of the wrong shape', () => {
    expect(problemsOf(parseFeedsConfig('', FILE))).toEqual([`${FILE}:1:1: the feeds file is empty: expected a mapping with \`feeds\``]);
    expect(problemsOf(parseFeedsConfig('- a\n', FILE))).toEqual([`${FILE}:1:1: expected a mapping with \`feeds\` (and optional \`defaults\`), got a list`]);
    expect(problemsOf(parseFeedsConfig('defaults: {}\n', FILE))).toEqual([`${FILE}:1:1: feeds: required: a list of feeds`]);
    expect(problemsOf(parseFeedsConfig('feeds: 3\nextra: true\n', FILE))).toEqual([
      `${FILE}:1:8: feeds: expected a list of feeds, got number 3`,
      `${FILE}:2:1: unknown key "extra"`,
    ]);
  });

  it('rejects a missing url and an empty tag', () => {
    expect(problemsOf(parseFeedsConfig('feeds:\n  - id: a\n    tags: [""]\n', FILE))).toEqual([
      `${FILE}:2:5: feeds[0].url: required: an http(s) URL or a file: path`,
      `${FILE}:3:12: feeds[0].tags[0]: a tag may not be empty`,
    ]);
  });

  it('refuses what the services would refuse: week-long intervals, ids too long for job ids, URLs without a scheme', () => {
    const id = 'a'.repeat(300);
    const text = `feeds:
  - id: ${id}
    url: example.com/feed.xml
    interval: 99999999999999999999h
    hostInterval: 169h
  - id: ok
    url: https://example.org/feed
    interval: 168h
    hostInterval: 168h
`;
    expect(problemsOf(parseFeedsConfig(text, FILE))).toEqual([
      `${FILE}:2:9: feeds[0].id: at most 64 characters (stream and job ids are made from it)`,
      `${FILE}:3:10: feeds[0].url: "example.com/feed.xml" needs a scheme: http:, https:, or file: for a path below the feeds file's folder`,
      `${FILE}:4:15: feeds[0].interval: must be at most 168h, a week (got 99999999999999999999h)`,
      `${FILE}:5:19: feeds[0].hostInterval: must be at most 168h, a week (got 169h)`,
    ]);
  });
});
