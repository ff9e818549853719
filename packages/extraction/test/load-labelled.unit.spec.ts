import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate';
import { loadLabelledLines } from './load-labelled';

const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-labelled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads the labelled documents of a JSON-lines file (what `wirelog corrections export` writes), and names a bad line', () => {
  const file = path.join(dir, 'export.jsonl');
  const line = { id: 'a1', url: 'https://news.example/a1', text: 'India buys chips.', expected: { country: ['IN'] }, mentions: [{ kind: 'country', key: 'IN', start: 0, end: 5 }] };
  writeFileSync(file, `${JSON.stringify(line)}\n\n`);
  const docs = loadLabelledLines(file);
  expect(docs).toEqual([{ id: 'a1', text: 'India buys chips.', expected: { country: ['IN'] } }]);
  expect(evaluate(docs).scores.find((s) => s.kind === 'country')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  writeFileSync(file, `${JSON.stringify(line)}\n{"id": "a2", "text": "x"}\n`);
  expect(() => loadLabelledLines(file)).toThrow(`${file}:2: not a labelled document`);
  writeFileSync(file, '{oops\n');
  expect(() => loadLabelledLines(file)).toThrow(`${file}:1: `);
});
