import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledDocument } from '../src/evaluate';

const dir = path.resolve(import.meta.dirname, 'labelled');

/** Every labelled paragraph of test/labelled/*.json. */
export function loadLabelled(): LabelledDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as LabelledDocument[]);
}
