import type { Sql } from '@wirelog/db';
import { entitiesOf, type ArticleRow } from './articles.queries';
import { articleJson } from './serialize';

/** Rows of the article list as its JSON items: each article with its entities, in one query for the page. */
export async function listedArticlesJson(sql: Sql, rows: ArticleRow[]) {
  const entities = await entitiesOf(sql, rows.map((r) => r.article_id));
  return rows.map((r) => articleJson(r, entities.filter((e) => e.article_id === r.article_id)));
}
