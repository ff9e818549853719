import type { Sql } from '@wirelog/db';
import { countAgreement, foundMentions, type AgreementCounts } from './agreement';
import { eachReviewedArticle, readReviewedArticles } from './reviewed-articles';

/** How the corrections of one article, or of every reviewed article, fare against each article's latest extraction. */
export async function correctionAgreement(sql: Sql, target: { articleId: string } | { all: true }): Promise<AgreementCounts> {
  const counts = { agree: 0, apply: 0, orphaned: 0 };
  const articles = 'articleId' in target ? (await readReviewedArticles(sql, { articleIds: [target.articleId] })).articles : eachReviewedArticle(sql);
  for await (const article of articles) countAgreement(article.standing, foundMentions(article.current), counts);
  return counts;
}
