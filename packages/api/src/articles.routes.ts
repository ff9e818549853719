import { Hono } from 'hono';
import { z } from 'zod';
import { articleStream } from '@wirelog/events';
import { notFound } from './api-error';
import { parseArticleId } from './article-id';
import { correctionsOf, entitiesOf, getArticle, mentionsOf } from './articles.queries';
import { listArticles } from './list-articles.query';
import { listedArticlesJson } from './listed-articles';
import { decodeCursor, encodeCursor } from './cursor';
import { resolveEntityFilters } from './entity-filters';
import { parseQuery } from './parse-query';
import { queryInstant, queryLimit, queryText } from './query-values';
import { articleJson, correctionJson, eventJson, mentionJson } from './serialize';
import type { ApiDeps } from './api-deps';

// a repeated entity parameter is an OR list (?country=US&country=IN); a handful is plenty
const entityValues = z.array(queryText(100)).max(20, 'at most 20 values').optional();

const listQuery = z.object({
  country: entityValues,
  hardware: entityValues,
  org: entityValues,
  q: queryText(200).optional(),
  since: queryInstant.optional(),
  until: queryInstant.optional(),
  limit: queryLimit(200, 50),
  cursor: z.string().optional(),
});
const REPEATABLE = ['country', 'hardware', 'org'] as const;
const noQuery = z.object({});

export function articlesRoutes(deps: ApiDeps): Hono {
  const app = new Hono();

  app.get('/', async (c) => {
    const { country, hardware, org, cursor, ...query } = parseQuery(listQuery, c.req.queries(), REPEATABLE);
    const page = cursor === undefined ? undefined : decodeCursor(cursor);
    const entityIds = await resolveEntityFilters(deps.database, { country, hardware, org });
    const rows = await listArticles(deps.database, { ...query, cursor: page, entityIds });
    const last = rows[rows.length - 1];
    return c.json({
      articles: await listedArticlesJson(deps.database, rows),
      nextCursor: last && rows.length === query.limit ? encodeCursor({ sortKey: last.sort_key, articleId: last.article_id }) : null,
    });
  });

  app.get('/:id', async (c) => {
    parseQuery(noQuery, c.req.queries());
    const id = parseArticleId(c.req.param('id'));
    const row = await getArticle(deps.database, id);
    if (!row) throw notFound(`article ${id}`);
    const [entities, mentions, corrections] = await Promise.all([entitiesOf(deps.database, [id]), mentionsOf(deps.database, id), correctionsOf(deps.database, id)]);
    return c.json({ ...articleJson(row, entities), text: row.text ?? null, mentions: mentions.map(mentionJson), corrections: corrections.map(correctionJson) });
  });

  app.get('/:id/history', async (c) => {
    parseQuery(noQuery, c.req.queries());
    const id = parseArticleId(c.req.param('id'));
    const events = await deps.store.readStream(articleStream(id));
    if (events.length === 0) throw notFound(`article ${id}`);
    return c.json({ events: events.map(eventJson) });
  });

  return app;
}
