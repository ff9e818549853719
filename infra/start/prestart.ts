// `npm start` runs this first (npm's prestart): a fresh build of what `wirelog start` runs, and on the first
// run the local feeds file ./feeds.yaml (git-ignored), so that editing it never touches a tracked file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBundles } from '../build/build-bundles';

const root = path.resolve(import.meta.dirname, '../..');
await buildBundles(root);

const local = path.join(root, 'feeds.yaml');
if (!process.env.WIRELOG_FEEDS && !existsSync(local)) {
  const { relocateFeedsFile } = await import('@wirelog/feeds');
  const sample = path.join(root, 'seeds/feeds.yaml');
  const text = relocateFeedsFile(readFileSync(sample, 'utf8'), path.dirname(sample), root);
  writeFileSync(local, `# Your feeds file, created by \`npm start\` from seeds/feeds.yaml (git-ignored): edit away.\n${text}`);
  console.log('created feeds.yaml from seeds/feeds.yaml: edit it and wirelog picks up the change');
}
