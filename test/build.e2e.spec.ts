import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wirelogServices } from './support/compose-services';
import { repoRoot } from './support/wirelog-cli';

interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}

/** Every third-party package an output of the CLI bundle loads, statically only or lazily too. */
function packagesLoadedBy(entry: string, { lazily }: { lazily: boolean }): Set<string> {
  const { outputs } = JSON.parse(readFileSync(path.join(repoRoot, 'packages/cli/dist/metafile.json'), 'utf8')) as Metafile;
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of outputs[output]?.imports ?? []) {
      if (imported.kind === 'dynamic-import' && !lazily) continue;
      if (imported.external) packages.add(imported.path.replace(/^(@[^/]+\/[^/]+|[^/]+).*$/, '$1'));
      else visit(imported.path);
    }
  };
  visit(entry);
  return packages;
}

const HEAVY = ['pg', 'bullmq', 'ioredis', '@electric-sql/pglite', 'cheerio', 'compromise', 'drizzle-orm', 'undici', 'hono', 'pino', 'zod'];

describe('the build (npm run build, fresh for this run)', () => {
  it('loads no database, queue, HTML or NLP package for `wirelog --help`: each command loads its own when it runs', () => {
    const eager = packagesLoadedBy('packages/cli/dist/main.js', { lazily: false });
    expect(HEAVY.filter((p) => eager.has(p))).toEqual([]);
    const all = packagesLoadedBy('packages/cli/dist/main.js', { lazily: true });
    expect(['pg', 'bullmq', '@electric-sql/pglite', 'cheerio'].filter((p) => all.has(p))).toEqual(['pg', 'bullmq', '@electric-sql/pglite', 'cheerio']);
  });

  it('produces every file the image copies from its build stage and every main the compose file runs', () => {
    const dockerfile = readFileSync(path.join(repoRoot, 'infra/Dockerfile'), 'utf8');
    const copied = [...dockerfile.matchAll(/^COPY --from=build \/app\/(\S+) /gm)].map((m) => m[1]!);
    expect(copied).toEqual(expect.arrayContaining(['packages/cli/dist', 'services/api/dist']));
    for (const source of copied) expect(existsSync(path.join(repoRoot, source)), source).toBe(true);
    for (const service of wirelogServices(path.join(repoRoot, 'docker-compose.yml'))) {
      const script = service.command[1]!;
      expect(existsSync(path.join(repoRoot, script)), `${service.name}: ${script}`).toBe(true);
      expect(copied.some((source) => script.startsWith(`${source}/`)), `${service.name}: the image has ${script}`).toBe(true);
    }
    expect(existsSync(path.join(repoRoot, 'packages/cli/dist/migrations/meta/_journal.json'))).toBe(true);
    for (const api of ['packages/cli', 'services/api']) expect(existsSync(path.join(repoRoot, api, 'dist/review-page/review.js')), api).toBe(true);
  });
});
