import { documentSets, type LabelledDocument } from '@wirelog/extraction';
import type { GoldMention } from './gold';
import type { ReviewedArticle } from './reviewed-articles';

/**
 * A reviewed article as a labelled document (docs/quality.md): `id`, `text`
 * and `expected` are what `npm run bench quality` reads; `mentions` are the
 * gold mentions with their offsets into `text`.
 */
export interface LabelledLine extends LabelledDocument {
  url: string;
  title: string;
  extractorVersion: string | null;
  reviewers: string[];
  mentions: GoldMention[];
}

export function labelledLine(a: ReviewedArticle): LabelledLine {
  return {
    id: a.articleId,
    url: a.url,
    title: a.title,
    text: a.text,
    extractorVersion: a.reviewedVersion,
    reviewers: a.reviewers,
    mentions: a.gold,
    expected: documentSets(a.gold),
  };
}
