import { parseArgs } from 'node:util';
import { formatScores } from '@wirelog/extraction';
import type { FixedCorrection, ReviewQuality, VersionQuality } from '@wirelog/quality';
import type { RunCommand } from '../command';
import { withOperator } from '../operator';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeFix(f: FixedCorrection): string {
  const label = `${f.kind}:${f.key}${f.action === 'relabel' ? ` → ${f.to.kind}:${f.to.key}` : ''}`;
  return `  ${f.articleId} ${f.action} ${label} ${JSON.stringify(f.text)} (${f.start}-${f.end})`;
}

function describeVersion(v: VersionQuality): string[] {
  const { agree, apply, orphaned } = v.corrections;
  const since = [...new Set(v.fixed.map((f) => f.since))];
  return [
    `extractor ${v.extractorVersion}${v.current ? ' (current)' : ''}: ${plural(v.articles, 'reviewed article')}`,
    formatScores(v),
    `corrections: ${agree} agree with it, ${apply} still apply, ${orphaned} orphaned`,
    ...(v.fixed.length > 0 ? [`fixed since ${since.join(', ')}: ${v.fixed.length}`, ...v.fixed.map(describeFix)] : []),
    ...(v.errors.length > 0 ? ['false positives (+) and misses (-):', ...v.errors.map((e) => `  ${e.id} ${e.kind}: +[${e.extra.join(', ')}] -[${e.missing.join(', ')}]`)] : []),
  ];
}

function describe(report: ReviewQuality): string {
  if (report.reviewedArticles === 0) return 'no reviewed articles yet: wirelog quality measures the extractor against the corrections made on /review';
  const head = `reviewed articles: ${report.reviewedArticles}, corrections: ${report.corrections}`;
  return [head, ...report.versions.flatMap((v) => ['', ...describeVersion(v)])].join('\n');
}

/** `wirelog quality [--json]`: each extractor version's precision and recall per kind on the reviewed articles (docs/quality.md). */
export const qualityCommand: RunCommand = async (args) => {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const report = await withOperator((ops) => ops.quality());
  process.stdout.write(`${values.json ? JSON.stringify(report) : describe(report)}\n`);
  return 0;
};
