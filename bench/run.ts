/**
 * `npm run bench [filter]`: runs every `packages/<pkg>/bench/*.bench.ts` in turn.
 * Each bench measures wirelog and its baseline side by side in the same run and
 * prints its own table (medians and ratios).
 */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const filter = process.argv[2];
const files = readdirSync(path.join(root, 'packages'))
  .map((pkg) => path.join(root, 'packages', pkg, 'bench'))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).map((f) => path.join(dir, f)))
  .filter((file) => !filter || path.relative(root, file).includes(filter))
  .sort();

console.log(`wirelog bench: node ${process.version}, ${files.length} bench file(s)\n`);
for (const file of files) {
  console.log(`=== ${path.relative(root, file)}`);
  const mod = (await import(pathToFileURL(file).href)) as { default: () => Promise<void> };
  await mod.default();
  console.log('');
}
