import { buildBundles } from '../../infra/build/build-bundles';
import { repoRoot } from './wirelog-cli';

/** vitest globalSetup of the e2e tests: they spawn `packages/cli/bin/wirelog.js`, which runs the build output. */
export default async function buildForE2e(): Promise<void> {
  await buildBundles(repoRoot);
}
