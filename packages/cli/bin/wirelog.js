#!/usr/bin/env node
// Runs the compiled CLI (`npm run build`, which `npm install` runs too): plain node, no TypeScript at run time.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('wirelog is not built yet: run `npm run build` in the repository\n');
  process.exit(1);
}
await import(main.href);
