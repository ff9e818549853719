import { evaluate, formatScores } from '../src/evaluate';
import { loadLabelled } from '../test/load-labelled';

/** Precision and recall of document-level sets on the labelled paragraphs, against the SPEC §10 targets. */
export default async function (): Promise<void> {
  const docs = loadLabelled();
  const report = evaluate(docs);
  console.log(`${docs.length} labelled paragraphs (packages/extraction/test/labelled)`);
  console.log(formatScores(report));
  console.log(report.missed.length === 0 ? 'all targets met' : `MISSED: ${report.missed.join('; ')}`);
  for (const e of report.errors) console.log(`  ${e.id} ${e.kind}: +[${e.extra.join(', ')}] -[${e.missing.join(', ')}]`);
}
