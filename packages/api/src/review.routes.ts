import { Hono } from 'hono';
import { z } from 'zod';
import { FEED_ID_PATTERN, MAX_FEED_ID_LENGTH } from '@wirelog/events';
import { requireRole } from './access/access';
import { recentCorrections } from './articles.queries';
import { resolveEntityFilters } from './entity-filters';
import { listedArticlesJson } from './listed-articles';
import { parseQuery } from './parse-query';
import { queryLimit, queryText } from './query-values';
import { decodeQueueCursor, encodeQueueCursor } from './review/queue-cursor';
import { reviewQueue } from './review/review-queue.query';
import { correctionJson } from './serialize';
import type { ApiDeps } from './api-deps';

const activityQuery = z.object({
  limit: queryLimit(200, 50),
  before: z.string().regex(/^[1-9][0-9]{0,18}$/, 'a log position (nextBefore of a previous page)').transform(BigInt).optional(),
});

const queueQuery = z.object({
  order: z.enum(['uncertain', 'newest']).default('uncertain'),
  feed: z.string().max(MAX_FEED_ID_LENGTH).regex(FEED_ID_PATTERN, 'a feed id ([a-z0-9-]+)').optional(),
  country: queryText(100).optional(),
  kind: z.enum(['country', 'money', 'hardware', 'org', 'place', 'capacity', 'quantity']).optional(),
  status: z.enum(['unreviewed', 'reviewed']).optional(),
  limit: queryLimit(200, 50),
  cursor: z.string().optional(),
});

/**
 * `GET /api/review/activity`: who corrected what, when, newest first across
 * every article; `GET /api/review/queue`: articles to review, most uncertain
 * or newest first; `GET /api/review/me`: whose token the request carries.
 */
export function reviewRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/me', requireRole('reader'), (c) => {
    parseQuery(z.object({}), c.req.queries());
    const { name, role } = c.get('principal');
    return c.json({ name, role });
  });
  app.get('/queue', async (c) => {
    const { order, feed, country, kind, status, limit, cursor } = parseQuery(queueQuery, c.req.queries());
    const countryIds = country === undefined ? undefined : (await resolveEntityFilters(deps.database, { country: [country] }))[0];
    const after = cursor === undefined ? undefined : decodeQueueCursor(cursor, order);
    const rows = await reviewQueue(deps.database, { order, feed, countryIds, kind, reviewed: status === undefined ? undefined : status === 'reviewed', limit, cursor: after });
    const items = await listedArticlesJson(deps.database, rows);
    const last = rows[rows.length - 1];
    return c.json({
      articles: items.map((item, i) => ({ ...item, doubt: Number(rows[i]!.doubt) })),
      nextCursor:
        last && rows.length === limit
          ? encodeQueueCursor({ order, sortKey: last.sort_key, articleId: last.article_id, ...(order === 'uncertain' && { unreviewed: !last.reviewed, doubt: last.doubt }) })
          : null,
    });
  });
  app.get('/activity', async (c) => {
    const { limit, before } = parseQuery(activityQuery, c.req.queries());
    const rows = await recentCorrections(deps.database, { limit, before });
    const last = rows[rows.length - 1];
    return c.json({
      corrections: rows.map((r) => ({ articleId: r.article_id, ...correctionJson(r) })),
      nextBefore: last && rows.length === limit ? last.position : null,
    });
  });
  return app;
}
