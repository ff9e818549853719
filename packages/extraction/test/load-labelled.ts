import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledDocument } from '../src/evaluate';

const devDir = path.resolve(import.meta.dirname, 'labelled');
const blindDir = path.resolve(import.meta.dirname, 'blind');

function readSets(dir: string): Map<string, LabelledDocument[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return new Map(files.map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as LabelledDocument[]]));
}

/** The dev sets: labelled paragraphs of each test/labelled/*.json file, by file name. Rules are tuned on these. */
export function loadLabelledSets(): Map<string, LabelledDocument[]> {
  return readSets(devDir);
}

/** Every dev paragraph. */
export function loadLabelled(): LabelledDocument[] {
  return [...loadLabelledSets().values()].flat();
}

/** The blind rounds (test/blind/round-N/), oldest first: each written before a round of tuning and never tuned to. */
export function loadBlindRounds(): Map<string, LabelledDocument[]> {
  const rounds = readdirSync(blindDir)
    .filter((d) => /^round-\d+$/.test(d))
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
  return new Map(rounds.map((r) => [r, [...readSets(path.join(blindDir, r)).values()].flat()]));
}

/**
 * The documents of a JSON-lines file, such as `wirelog corrections export`
 * writes (docs/quality.md): each line's `id`, `text` and `expected`; other
 * fields are ignored. A bad line is reported with its number.
 */
export function loadLabelledLines(file: string): LabelledDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      let doc: Partial<LabelledDocument>;
      try {
        doc = JSON.parse(line) as Partial<LabelledDocument>;
      } catch (error) {
        throw new Error(`${file}:${i + 1}: ${(error as Error).message}`, { cause: error });
      }
      if (typeof doc.id !== 'string' || typeof doc.text !== 'string' || typeof doc.expected !== 'object' || doc.expected === null) {
        throw new Error(`${file}:${i + 1}: not a labelled document (id, text and expected are required)`);
      }
      return [{ id: doc.id, text: doc.text, expected: doc.expected }];
    });
}
