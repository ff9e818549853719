import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithServers, freshPostgresDatabase, freshRedisPrefix, type FreshDatabase, type FreshRedisPrefix } from '@wirelog/testing';
import { localEnvironment, wirelogServices, type LocalWorld, type WirelogService } from './support/compose-services';
import { repoRoot, runNode, startNode, type RunningWirelog } from './support/wirelog-cli';

/** A port nobody listens on now: the processes share this host, each role on its own $PORT. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `node …` as compose runs it in the image (WORKDIR /app); here /app is the checkout. */
function nodeArgs(command: string[], what: string): string[] {
  expect(command[0], `${what} runs node directly (no npx, no tsx)`).toBe('node');
  return command.slice(1);
}

async function untilHealthy(service: WirelogService, env: Record<string, string>, proc: RunningWirelog): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const check = await runNode(nodeArgs(service.healthcheck!, `${service.name}'s healthcheck`), env, 10_000);
    if (check.code === 0) return;
    if (proc.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`${service.name} never became healthy (healthcheck exit ${check.code}):\n${proc.output()}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * docker-compose.yml, trusted without Docker: every wirelog service runs as a local process with
 * the command, environment, healthcheck and ordering compose would give it.
 */
describeWithServers('docker-compose.yml as local processes', () => {
  let pg: FreshDatabase;
  let redis: FreshRedisPrefix;
  const running: RunningWirelog[] = [];
  const tokensFile = path.join(mkdtempSync(path.join(tmpdir(), 'wirelog-compose-')), 'tokens.json');

  beforeAll(async () => {
    pg = await freshPostgresDatabase('compose_e2e');
    redis = freshRedisPrefix('compose');
  });

  afterAll(async () => {
    for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await pg?.drop();
    await redis?.cleanup();
  });

  it('migrates once, starts every role healthy, serves the seed articles, and stops cleanly on SIGTERM', { timeout: 240_000 }, async () => {
    const services = wirelogServices(path.join(repoRoot, 'docker-compose.yml'));
    const world = async (): Promise<LocalWorld> => ({ databaseUrl: pg.url, redisUrl: redis.url, queuePrefix: redis.prefix, repoRoot, port: await freePort() });
    const oneShots = services.filter((s) => services.some((other) => other.dependsOn[s.name] === 'service_completed_successfully'));
    expect(oneShots.map((s) => s.name)).toEqual(['migrate']);
    for (const service of oneShots) {
      const result = await runNode(nodeArgs(service.command, service.name), localEnvironment(service.environment, await world()));
      expect(result.code, `${service.name}:\n${result.stdout}${result.stderr}`).toBe(0);
    }

    const roles = services.filter((s) => !oneShots.includes(s));
    expect(roles.map((s) => s.name).sort()).toEqual(['api', 'extractor', 'fetcher', 'poller', 'projector']);
    const started: { service: WirelogService; env: Record<string, string>; proc: RunningWirelog }[] = [];
    for (const service of roles) {
      expect(service.healthcheck, `${service.name} has a healthcheck`).toBeDefined();
      for (let replica = 0; replica < service.replicas; replica++) {
        // the api's tokens file lives in its volume in compose; here in a temp folder
        const env = { ...localEnvironment(service.environment, await world()), ...(service.name === 'api' && { WIRELOG_TOKENS_FILE: tokensFile }) };
        const proc = startNode(nodeArgs(service.command, service.name), env);
        running.push(proc);
        started.push({ service, env, proc });
      }
    }
    expect(started.filter((s) => s.service.name === 'fetcher')).toHaveLength(2);
    await Promise.all(started.map(({ service, env, proc }) => untilHealthy(service, env, proc)));

    const api = started.find((s) => s.service.name === 'api')!;
    const pages = Object.keys(JSON.parse(readFileSync(path.join(repoRoot, 'seeds/expected-entities.json'), 'utf8')) as object).map((p) => path.basename(p));
    await expect
      .poll(
        async () => {
          const response = await fetch(`http://127.0.0.1:${api.env.PORT}/api/articles`);
          const body = (await response.json()) as { articles?: { url: string }[] };
          return (body.articles ?? []).map((a) => path.basename(new URL(a.url).pathname)).sort();
        },
        { timeout: 120_000, interval: 500 },
      )
      .toEqual(pages.sort());

    // the operator's queue dashboard, from the compiled API, for an admin token made with the CLI
    const created = await runNode(['packages/cli/bin/wirelog.js', 'tokens', 'create', '--role', 'admin', '--name', 'ops'], { WIRELOG_TOKENS_FILE: tokensFile });
    expect(created.code, created.stderr).toBe(0);
    const board = await fetch(`http://127.0.0.1:${api.env.PORT}/admin/queues/api/queues`, { headers: { Authorization: `Bearer ${created.stdout.trim()}` } });
    expect(board.status).toBe(200);
    expect(((await board.json()) as { queues: { name: string }[] }).queues.map((q) => q.name).sort()).toEqual(['extract-article', 'fetch-article', 'poll-feed']);

    const codes = await Promise.all(started.map(({ proc }) => proc.stop()));
    expect(codes, started.map(({ service, proc }) => `${service.name}:\n${proc.output()}`).join('\n')).toEqual(started.map(() => 0));
  });
});
