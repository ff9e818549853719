import { evaluate, formatScores } from '/work/main/packages/extraction/src/evaluate';
import { loadLabelled } from '/work/main/packages/extraction/test/load-labelled';
const r = evaluate(loadLabelled()); console.log(formatScores(r)); for (const e of r.errors) console.log(e.id, e.kind, '+', e.extra.join(','), '-', e.missing.join(','));
