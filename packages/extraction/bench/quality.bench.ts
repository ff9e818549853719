import { evaluate, formatScores } from '../src/evaluate';
import { loadLabelled, loadLabelledLines, loadLabelledSets } from '../test/load-labelled';

const f2 = (x: number): string => x.toFixed(2);

/**
 * Precision and recall of document-level sets on the labelled paragraphs, against the SPEC §10 targets;
 * with WIRELOG_QUALITY_FILE, on that JSON-lines file instead (`wirelog corrections export` writes one).
 */
export default async function (): Promise<void> {
  const file = process.env.WIRELOG_QUALITY_FILE;
  const docs = file ? loadLabelledLines(file) : loadLabelled();
  const report = evaluate(docs);
  console.log(`${docs.length} labelled ${file ? `documents (${file})` : 'paragraphs (packages/extraction/test/labelled)'}, micro-averaged over documents`);
  console.log(formatScores(report));
  console.log(report.missed.length === 0 ? 'all targets met' : `MISSED: ${report.missed.join('; ')}`);
  for (const e of report.errors) console.log(`  ${e.id} ${e.kind}: +[${e.extra.join(', ')}] -[${e.missing.join(', ')}]`);
  if (file) return;
  console.log('\nper file (P/R)        country     money       hardware    org');
  for (const [file, set] of loadLabelledSets()) {
    const s = evaluate(set).scores;
    const cell = (kind: string) => {
      const k = s.find((x) => x.kind === kind);
      return k ? `${f2(k.precision)}/${f2(k.recall)}` : '';
    };
    console.log(`${file.padEnd(20)}  ${['country', 'money', 'hardware', 'org'].map((k) => cell(k).padEnd(10)).join('  ')}`);
  }
}
