import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/** The programs that ship: the `wirelog` CLI and one main per service (what the image and compose run). */
export const ENTRY_PACKAGES = ['packages/cli', 'services/api', 'services/extractor', 'services/fetcher', 'services/poller', 'services/projector'];

/** Workspace packages are compiled into the bundle; every other bare import stays a runtime dependency. */
const thirdPartyExternal: Plugin = {
  name: 'third-party-external',
  setup(b) {
    // esbuild filters are Go regular expressions: no lookahead, so @wirelog/ is told apart here
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@wirelog/') ? undefined : { path: args.path, external: true }));
  },
};

export interface BuiltBundle {
  /** The package folder, relative to the repository root. */
  pkg: string;
  /** `<pkg>/dist/main.js`, absolute. */
  main: string;
}

/**
 * Bundles each entry package's `src/main.ts` into `<pkg>/dist/` (ESM, code splitting so the CLI
 * loads a command's dependencies only when it runs), writes esbuild's metafile beside it, and
 * copies the database migrations and the review page's files beside the code, where `@wirelog/db`
 * and `@wirelog/api` look for them when bundled.
 */
export async function buildBundles(root: string): Promise<BuiltBundle[]> {
  return Promise.all(
    ENTRY_PACKAGES.map(async (pkg) => {
      const outdir = path.join(root, pkg, 'dist');
      await rm(outdir, { recursive: true, force: true });
      const { metafile } = await build({
        absWorkingDir: root,
        entryPoints: [path.join(pkg, 'src/main.ts')],
        outdir,
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        target: 'node20.19',
        sourcemap: 'linked',
        plugins: [thirdPartyExternal],
        logLevel: 'warning',
        metafile: true,
      });
      // what each output imports, statically or lazily: the bundle analyser reads it, and test/build.e2e.spec.ts
      await writeFile(path.join(outdir, 'metafile.json'), JSON.stringify(metafile));
      await cp(path.join(root, 'packages/db/migrations'), path.join(outdir, 'migrations'), { recursive: true });
      await cp(path.join(root, 'packages/api/review-page'), path.join(outdir, 'review-page'), { recursive: true });
      return { pkg, main: path.join(outdir, 'main.js') };
    }),
  );
}
