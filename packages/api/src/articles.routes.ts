import { Hono } from 'hono';
import { z } from 'zod';
import { articleStream } from '@wirelog/events';
import { ApiError, notFound } from './api-error';
import { correctionsOf, entitiesOf, getArticle, listArticles, mentionsOf } from './articles.queries';
import { decodeCursor, encodeCursor } from './cursor';
import { articleJson, eventJson, mentionJson } from './serialize';
import { parseQuery } from './parse-query';
import type { ApiDeps } from './api-deps';

const listQuery = z.object({
  country: z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code').optional(),
  hardware: z.string().regex(/^[a-z0-9-]+$/, 'a hardware slug').optional(),
  org: z.string().regex(/^[a-z0-9-]+$/, 'an organisation slug').optional(),
  q: z.string().min(1).max(200).optional(),
  since: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  until: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

const ARTICLE_ID = /^[0-9a-f]{8,64}$/;

export function articlesRoutes(deps: ApiDeps): Hono {
  const app = new Hono();

  app.get('/', async (c) => {
    const query = parseQuery(listQuery, c.req.query());
    const rows = await listArticles(deps.database, {
      ...query,
      since: query.since ? new Date(query.since) : undefined,
      until: query.until ? new Date(query.until) : undefined,
      cursor: query.cursor ? decodeCursor(query.cursor) : undefined,
    });
    const entities = await entitiesOf(deps.database, rows.map((r) => r.article_id));
    const last = rows[rows.length - 1];
    return c.json({
      articles: rows.map((r) => articleJson(r, entities.filter((e) => e.article_id === r.article_id))),
      nextCursor: last && rows.length === query.limit ? encodeCursor({ sortAt: last.sort_at.toISOString(), articleId: last.article_id }) : null,
    });
  });

  app.get('/:id', async (c) => {
    const id = articleId(c.req.param('id'));
    const row = await getArticle(deps.database, id);
    if (!row) throw notFound(`article ${id}`);
    const [entities, mentions, corrections] = await Promise.all([entitiesOf(deps.database, [id]), mentionsOf(deps.database, id), correctionsOf(deps.database, id)]);
    return c.json({ ...articleJson(row, entities), text: row.text ?? null, mentions: mentions.map(mentionJson), corrections });
  });

  app.get('/:id/history', async (c) => {
    const id = articleId(c.req.param('id'));
    const events = await deps.store.readStream(articleStream(id));
    if (events.length === 0) throw notFound(`article ${id}`);
    return c.json({ events: events.map(eventJson) });
  });

  return app;
}

function articleId(raw: string): string {
  if (!ARTICLE_ID.test(raw)) throw new ApiError(400, 'bad_article_id', 'article ids are lower-case hex');
  return raw;
}
