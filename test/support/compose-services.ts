import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface ComposeService {
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number | boolean>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  deploy?: { replicas?: number };
}

/** A service of docker-compose.yml that runs wirelog's image, as compose resolves it (anchors and `<<` merged). */
export interface WirelogService {
  name: string;
  /** `node` and its arguments, relative to the image's /app. */
  command: string[];
  environment: Record<string, string>;
  /** Service name → condition (`service_completed_successfully`, `service_healthy`). */
  dependsOn: Record<string, string>;
  /** The healthcheck's command (`CMD` form), if it has one. */
  healthcheck?: string[];
  replicas: number;
}

export function wirelogServices(composeFile: string): WirelogService[] {
  const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
  return Object.entries(compose.services)
    .filter(([, service]) => service.build !== undefined)
    .map(([name, service]) => {
      const test = service.healthcheck?.disable ? undefined : service.healthcheck?.test;
      if (test && test[0] !== 'CMD') throw new Error(`${name}: healthcheck ${test[0]}: the images have no shell, use the CMD form`);
      return {
        name,
        command: service.command ?? [],
        environment: Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v)])),
        dependsOn: Object.fromEntries(Object.entries(service.depends_on ?? {}).map(([k, v]) => [k, v.condition])),
        healthcheck: test?.slice(1),
        replicas: service.deploy?.replicas ?? 1,
      };
    });
}

/** Where the compose services' world is on this machine: the test's own database, Redis prefix, checkout and port. */
export interface LocalWorld {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  repoRoot: string;
  port: number;
}

/**
 * The environment compose gives a service, for a local process: URLs naming the `postgres` and
 * `redis` services point at the test's servers, `/app` paths at the checkout, and the bind address
 * is loopback, since every process shares this host (each on its own port).
 */
export function localEnvironment(environment: Record<string, string>, world: LocalWorld): Record<string, string> {
  const local: Record<string, string> = { WIRELOG_QUEUE_PREFIX: world.queuePrefix };
  for (const [name, value] of Object.entries(environment)) {
    local[name] = localValue(value, world);
  }
  local.PORT = String(world.port);
  return local;
}

function localValue(value: string, world: LocalWorld): string {
  if (value === '0.0.0.0') return '127.0.0.1';
  if (value === '/app' || value.startsWith('/app/')) return path.join(world.repoRoot, value.slice('/app'.length));
  const host = URL.canParse(value) ? new URL(value).hostname : undefined;
  if (host === 'postgres') return world.databaseUrl;
  if (host === 'redis') return world.redisUrl;
  return value;
}
