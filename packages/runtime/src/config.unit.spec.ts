import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded mode', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, metricsPort: undefined, feedsPath: '/srv/app/feeds.yaml', dataDir: '/srv/app/.wirelog', logLevel: 'info' });
    expect(config.mode).toEqual({ database: 'pglite', queue: 'memory' });
  });

  it('switches to services mode with the URLs and treats empty values as unset', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h/db', REDIS_URL: 'redis://h:6379', PORT: '' });
    expect(config.mode).toEqual({ database: 'postgres', queue: 'bullmq' });
    expect(config.port).toBe(3000);
  });

  it('lists every invalid value in one error', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/DATABASE_URL.*postgres/);
      expect(problems.join('\n')).toMatch(/PORT/);
      expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
    }
  });

  it('binds where WIRELOG_HOST says and serves metrics on WIRELOG_METRICS_PORT', () => {
    expect(loadConfig({ WIRELOG_HOST: '0.0.0.0', WIRELOG_METRICS_PORT: '9464' })).toMatchObject({ host: '0.0.0.0', port: 3000, metricsPort: 9464 });
    expect(loadConfig({ WIRELOG_HOST: '::1' }).host).toBe('::1');
    expect(loadConfig({ WIRELOG_HOST: 'api.internal' }).host).toBe('api.internal');
  });

  it('refuses a bind address that is not an address or host name, and a metrics port equal to PORT', () => {
    expect(() => loadConfig({ WIRELOG_HOST: 'http://0.0.0.0' })).toThrow(/WIRELOG_HOST: must be an IP address or a host name/);
    expect(() => loadConfig({ WIRELOG_HOST: '0.0.0.0 --inspect' })).toThrow(/WIRELOG_HOST/);
    expect(() => loadConfig({ PORT: '8080', WIRELOG_METRICS_PORT: '8080' })).toThrow(/WIRELOG_METRICS_PORT: must differ from PORT/);
    expect(() => loadConfig({ WIRELOG_METRICS_PORT: '70000' })).toThrow(/WIRELOG_METRICS_PORT/);
  });

  it('reads durations with a unit and refuses bare numbers or values out of range', () => {
    expect(loadConfig({ WIRELOG_RECONCILE_INTERVAL: '2s', WIRELOG_SHUTDOWN_TIMEOUT: '500ms', WIRELOG_MAX_RETRY_AFTER: '2h' })).toMatchObject({
      reconcileIntervalMs: 2000,
      shutdownTimeoutMs: 500,
      maxRetryAfterMs: 7_200_000,
    });
    expect(loadConfig({})).toMatchObject({ reconcileIntervalMs: 30_000, shutdownTimeoutMs: 8_000, maxRetryAfterMs: 3_600_000 });
    expect(() => loadConfig({ WIRELOG_RECONCILE_INTERVAL: '30' })).toThrow(/WIRELOG_RECONCILE_INTERVAL.*like 500ms/);
    expect(() => loadConfig({ WIRELOG_MAX_RETRY_AFTER: '30d' })).toThrow(/WIRELOG_MAX_RETRY_AFTER/);
    expect(() => loadConfig({ WIRELOG_MAX_RETRY_AFTER: '9999h' })).toThrow(/between 1s and 168h/);
  });
});
