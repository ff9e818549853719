/** One feed with defaults applied: what the poller schedules. */
export interface FeedConfig {
  id: string;
  /** Absolute `http(s):` URL, or `file:` URL below the feeds file's folder. */
  url: string;
  intervalMs: number;
  hostIntervalMs: number;
  fetchArticles: boolean;
  tags: string[];
  enabled: boolean;
  allowPrivate: boolean;
}

export interface FeedsConfig {
  /** Absolute path of the feeds file. */
  path: string;
  feeds: FeedConfig[];
}

/** One thing wrong with a feeds file; line and col are 1-based, as editors show them. */
export interface ConfigProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export type FeedsConfigResult = { ok: true; config: FeedsConfig } | { ok: false; problems: ConfigProblem[] };

export function formatProblem(problem: ConfigProblem): string {
  return `${problem.file}:${problem.line}:${problem.col}: ${problem.message}`;
}
