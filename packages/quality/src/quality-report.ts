import type { Sql } from '@wirelog/db';
import { documentSets, scoreDocuments, type FoundDocument, type QualityReport } from '@wirelog/extraction';
import { agreement, countAgreement, foundMentions, type AgreementCounts } from './agreement';
import type { Correction } from './corrections';
import { eachReviewedArticle } from './reviewed-articles';

/** A correction that applied to the version an article had before and that this version now agrees with. */
export type FixedCorrection = Correction & { articleId: string; text: string; since: string };

/** One extractor version measured on the reviewed articles it extracted. `errors[].id` is the article id; `extra` are false positives, `missing` misses. */
export interface VersionQuality extends QualityReport {
  extractorVersion: string;
  /** The version that extracted the reviewed articles last: the extractor the pipeline runs now. */
  current: boolean;
  articles: number;
  corrections: AgreementCounts;
  fixed: FixedCorrection[];
}

/** What `wirelog quality` and `GET /api/quality` report. */
export interface ReviewQuality {
  reviewedArticles: number;
  corrections: number;
  /** Newest first. */
  versions: VersionQuality[];
}

interface Tally {
  docs: FoundDocument[];
  corrections: AgreementCounts;
  fixed: FixedCorrection[];
  latest: bigint;
}

/**
 * Precision and recall per kind of each extractor version that extracted a
 * reviewed article, against the reviewers' gold mentions (document-level
 * key sets, as `npm run bench quality` scores), read from the log now.
 */
export async function reviewQuality(sql: Sql): Promise<ReviewQuality> {
  const tallies = new Map<string, Tally>();
  let reviewedArticles = 0;
  let corrections = 0;
  for await (const article of eachReviewedArticle(sql)) {
    reviewedArticles++;
    corrections += article.standing.length;
    const expected = documentSets(article.gold);
    const extractions = article.extractions.map((e) => ({ ...e, found: foundMentions(e.mentions) }));
    extractions.forEach((extraction, i) => {
      const tally = tallies.get(extraction.version) ?? { docs: [], corrections: { agree: 0, apply: 0, orphaned: 0 }, fixed: [], latest: 0n };
      tallies.set(extraction.version, tally);
      tally.docs.push({ id: article.articleId, expected, found: documentSets(extraction.mentions) });
      countAgreement(article.standing, extraction.found, tally.corrections);
      if (extraction.position > tally.latest) tally.latest = extraction.position;
      const before = extractions[i - 1];
      if (!before) return;
      for (const c of article.standing) {
        if (agreement(c, before.found) === 'applies' && agreement(c, extraction.found) === 'agrees') {
          tally.fixed.push({ ...c, articleId: article.articleId, text: article.text.slice(c.start, c.end), since: before.version });
        }
      }
    });
  }
  const versions = [...tallies.entries()]
    .sort(([, a], [, b]) => (a.latest > b.latest ? -1 : 1))
    .map(([version, t], i) => ({
      extractorVersion: version,
      current: i === 0,
      articles: t.docs.length,
      ...scoreDocuments(t.docs),
      corrections: t.corrections,
      fixed: t.fixed,
    }));
  return { reviewedArticles, corrections, versions };
}
