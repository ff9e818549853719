import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledDocument } from '../src/evaluate';

const dir = path.resolve(import.meta.dirname, 'labelled');

/** The labelled paragraphs of each test/labelled/*.json file, by file name. */
export function loadLabelledSets(): Map<string, LabelledDocument[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return new Map(files.map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as LabelledDocument[]]));
}

/** Every labelled paragraph. */
export function loadLabelled(): LabelledDocument[] {
  return [...loadLabelledSets().values()].flat();
}
