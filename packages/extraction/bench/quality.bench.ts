import { evaluate, formatScores, type LabelledDocument } from '../src/evaluate';
import { loadBlindRounds, loadLabelled, loadLabelledLines, loadLabelledSets } from '../test/load-labelled';

const f2 = (x: number): string => x.toFixed(2);

function printReport(docs: LabelledDocument[]): void {
  const report = evaluate(docs);
  console.log(formatScores(report));
  console.log(report.missed.length === 0 ? 'all targets met' : `MISSED: ${report.missed.join('; ')}`);
  for (const e of report.errors) console.log(`  ${e.id} ${e.kind}: +[${e.extra.join(', ')}] -[${e.missing.join(', ')}]`);
}

/**
 * Precision and recall of document-level sets against the SPEC §10 targets, blind and dev apart: a blind round is
 * written before a round of tuning and scored, never tuned to; the dev sets are what the rules are tuned on.
 * With WIRELOG_QUALITY_FILE, on that JSON-lines file only (`wirelog corrections export` writes one).
 */
export default async function (): Promise<void> {
  const file = process.env.WIRELOG_QUALITY_FILE;
  if (file) {
    const docs = loadLabelledLines(file);
    console.log(`${docs.length} labelled documents (${file}), micro-averaged over documents`);
    printReport(docs);
    return;
  }
  for (const [round, docs] of loadBlindRounds()) {
    console.log(`BLIND ${round}: ${docs.length} paragraphs (packages/extraction/test/blind/${round}), micro-averaged over documents`);
    printReport(docs);
    console.log('');
  }
  const dev = loadLabelled();
  console.log(`DEV: ${dev.length} paragraphs (packages/extraction/test/labelled), micro-averaged over documents`);
  printReport(dev);
  console.log('\ndev per file (P/R)    country     money       hardware    org');
  for (const [file, set] of loadLabelledSets()) {
    const s = evaluate(set).scores;
    const cell = (kind: string) => {
      const k = s.find((x) => x.kind === kind);
      return k ? `${f2(k.precision)}/${f2(k.recall)}` : '';
    };
    console.log(`${file.padEnd(20)}  ${['country', 'money', 'hardware', 'org'].map((k) => cell(k).padEnd(10)).join('  ')}`);
  }
}
