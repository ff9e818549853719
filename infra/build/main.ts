// `npm run build` (also run by `npm install` through `prepare`, and by `npm start`).
import path from 'node:path';
import { buildBundles } from './build-bundles';

const root = path.resolve(import.meta.dirname, '../..');
const started = performance.now();
const bundles = await buildBundles(root);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`wirelog build: ${bundles.map((b) => path.relative(root, b.main)).join(', ')} in ${seconds}s`);
