import { readdirSync, readFileSync } from 'node:fs';
import { evaluate, formatScores } from './src/index';
const dir = 'packages/extraction/test/labelled';
const only = process.argv[2];
const docs = readdirSync(dir).filter(f => f.endsWith('.json') && (!only || f.startsWith(only))).flatMap(f => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
const r = evaluate(docs);
console.log(docs.length, 'docs'); console.log(formatScores(r));
for (const e of r.errors) console.log(e.id, e.kind, '+', e.extra.join(','), '-', e.missing.join(','));
