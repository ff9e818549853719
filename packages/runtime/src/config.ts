import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { durationSetting } from './duration-setting';

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a ${protocols.map((p) => p.replace(':', '://')).join(' or ')} URL`);

const port = z.coerce.number().int().min(0).max(65_535);
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** Every setting of SPEC §3, from the environment. Empty strings count as unset. */
const schema = z.object({
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  PORT: port.default(3000),
  // loopback unless the operator opens it: containers set 0.0.0.0
  WIRELOG_HOST: z
    .string()
    .trim()
    .refine((host) => isIP(host) !== 0 || HOSTNAME.test(host), 'must be an IP address or a host name')
    .default('127.0.0.1'),
  WIRELOG_METRICS_PORT: port.optional(),
  WIRELOG_FEEDS: z.string().default('feeds.yaml'),
  WIRELOG_DATA_DIR: z.string().default('.wirelog'),
  WIRELOG_TOKENS_FILE: z.string().optional(),
  WIRELOG_READ_ACCESS: z.enum(['open', 'token']).default('open'),
  WIRELOG_QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only').default('wirelog'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WIRELOG_RECONCILE_INTERVAL: durationSetting(100, 24 * 3_600_000).default(30_000),
  WIRELOG_SHUTDOWN_TIMEOUT: durationSetting(0, 3_600_000).default(8_000),
  WIRELOG_MAX_RETRY_AFTER: durationSetting(1000, 7 * 24 * 3_600_000).default(3_600_000),
});

export interface Config {
  databaseUrl?: string;
  redisUrl?: string;
  /** Bind address of the HTTP listeners. */
  host: string;
  port: number;
  /** When set, `/metrics` is served only on this port (same host), not on `port`. */
  metricsPort?: number;
  feedsPath: string;
  dataDir: string;
  /** API tokens (salted hashes); default `tokens.json` in the data folder. */
  tokensFile: string;
  /** `token`: reads need a reader token, the API port's `/metrics` an admin one. */
  readAccess: 'open' | 'token';
  /** Redis key prefix of the queues and of shared politeness state. */
  queuePrefix: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** How often the reconciler sweeps for owed work the queue lost (lost jobs heal within it). */
  reconcileIntervalMs: number;
  /** On SIGTERM, how long running jobs may take to finish before they are handed back. */
  shutdownTimeoutMs: number;
  /** The longest Retry-After honoured for a host. */
  maxRetryAfterMs: number;
  /** embedded: PGlite and the in-process queue; services: Postgres and BullMQ. */
  mode: { database: 'postgres' | 'pglite'; queue: 'bullmq' | 'memory' };
}

export class ConfigError extends Error {
  readonly retryable = false;
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parsed once at start-up; every bad value is listed in one error. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const c = parsed.data;
  if (c.WIRELOG_METRICS_PORT !== undefined && c.WIRELOG_METRICS_PORT !== 0 && c.WIRELOG_METRICS_PORT === c.PORT) {
    throw new ConfigError(['WIRELOG_METRICS_PORT: must differ from PORT']);
  }
  return {
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
    host: c.WIRELOG_HOST,
    port: c.PORT,
    metricsPort: c.WIRELOG_METRICS_PORT,
    feedsPath: path.resolve(cwd, c.WIRELOG_FEEDS),
    dataDir: path.resolve(cwd, c.WIRELOG_DATA_DIR),
    tokensFile: path.resolve(cwd, c.WIRELOG_TOKENS_FILE ?? path.join(c.WIRELOG_DATA_DIR, 'tokens.json')),
    readAccess: c.WIRELOG_READ_ACCESS,
    queuePrefix: c.WIRELOG_QUEUE_PREFIX,
    logLevel: c.LOG_LEVEL,
    reconcileIntervalMs: c.WIRELOG_RECONCILE_INTERVAL,
    shutdownTimeoutMs: c.WIRELOG_SHUTDOWN_TIMEOUT,
    maxRetryAfterMs: c.WIRELOG_MAX_RETRY_AFTER,
    mode: { database: c.DATABASE_URL ? 'postgres' : 'pglite', queue: c.REDIS_URL ? 'bullmq' : 'memory' },
  };
}
