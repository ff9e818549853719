import path from 'node:path';
import { scrubCredentials } from '@wirelog/events';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { locateIssue, pathLabel, type LocatedMessage } from './config-issue.mapper';
import { feedsFileSchema, type FeedsFile } from './feeds-config.schema';
import type { ConfigProblem, FeedConfig, FeedsConfigResult } from './feeds-config.types';
import { positionOf } from './yaml-positions';

const BUILT_IN_DEFAULTS = {
  intervalMs: 15 * 60_000,
  hostIntervalMs: 1_000,
  fetchArticles: true,
  tags: [] as string[],
  enabled: true,
  allowPrivate: false,
};

/** Every id used twice, at the second and later uses; checked on the raw data so it joins other problems. */
function duplicateIds(data: unknown, doc: Document, lines: LineCounter): LocatedMessage[] {
  const feeds = (data as { feeds?: unknown } | null)?.feeds;
  if (!Array.isArray(feeds)) return [];
  const firstUse = new Map<string, number>();
  const found: LocatedMessage[] = [];
  feeds.forEach((feed: unknown, index) => {
    const id = (feed as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = firstUse.get(id);
    if (first === undefined) firstUse.set(id, index);
    else {
      const idPath = ['feeds', index, 'id'];
      found.push({
        position: positionOf(doc, lines, idPath),
        message: `${pathLabel(idPath)}: duplicate id "${id}" (first used by feeds[${first}])`,
      });
    }
  });
  return found;
}

function resolveFeeds(file: FeedsFile): FeedConfig[] {
  const defaults = file.defaults ?? {};
  return file.feeds.map((feed) => ({
    id: feed.id,
    url: feed.url,
    intervalMs: feed.interval ?? defaults.interval ?? BUILT_IN_DEFAULTS.intervalMs,
    hostIntervalMs: feed.hostInterval ?? defaults.hostInterval ?? BUILT_IN_DEFAULTS.hostIntervalMs,
    fetchArticles: feed.fetchArticles ?? defaults.fetchArticles ?? BUILT_IN_DEFAULTS.fetchArticles,
    tags: [...(feed.tags ?? defaults.tags ?? BUILT_IN_DEFAULTS.tags)],
    enabled: feed.enabled ?? defaults.enabled ?? BUILT_IN_DEFAULTS.enabled,
    allowPrivate: feed.allowPrivate ?? defaults.allowPrivate ?? BUILT_IN_DEFAULTS.allowPrivate,
  }));
}

/** A feeds file of thousands of feeds is far below this; YAML parsing costs about 90 bytes of memory per byte. */
export const MAX_FEEDS_FILE_BYTES = 1024 * 1024;

/** The problem of a file over MAX_FEEDS_FILE_BYTES, reported before anything is parsed. */
export function tooLargeProblem(file: string, bytes: number): ConfigProblem {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return { file, line: 1, col: 1, message: `the feeds file is ${mb} MB; at most 1 MB is read (split it or remove feeds)` };
}

function byPosition(a: ConfigProblem, b: ConfigProblem): number {
  return a.line - b.line || a.col - b.col;
}

/**
 * Validates a feeds file (SPEC §5) and resolves every feed. All problems are reported at once, each at
 * the line and column it concerns. `file` is used as given in problems; relative feed paths resolve
 * against its folder.
 */
export function parseFeedsConfig(text: string, file: string): FeedsConfigResult {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FEEDS_FILE_BYTES) return { ok: false, problems: [tooLargeProblem(file, bytes)] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  // problems are logged and printed: a URL they quote keeps no password
  const at = ({ position, message }: LocatedMessage): ConfigProblem => ({ file, ...position, message: scrubCredentials(message) });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => at({ position: lines.linePos(e.pos[0]), message: e.message })) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, problems: [at({ position: { line: 1, col: 1 }, message: (error as Error).message })] };
  }
  if (data === null || data === undefined) {
    return { ok: false, problems: [at({ position: { line: 1, col: 1 }, message: 'the feeds file is empty: expected a mapping with `feeds`' })] };
  }
  const parsed = feedsFileSchema(path.dirname(path.resolve(file))).safeParse(data);
  const located = [
    ...(parsed.success ? [] : parsed.error.issues.flatMap((issue) => locateIssue(issue, doc, lines, data))),
    ...duplicateIds(data, doc, lines),
  ];
  if (located.length > 0 || !parsed.success) return { ok: false, problems: located.map(at).sort(byPosition) };
  return { ok: true, config: { path: path.resolve(file), feeds: resolveFeeds(parsed.data) } };
}
