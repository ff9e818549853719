import { Hono } from 'hono';
import { z } from 'zod';
import { recentCorrections } from './articles.queries';
import { parseQuery } from './parse-query';
import { queryLimit } from './query-values';
import { correctionJson } from './serialize';
import type { ApiDeps } from './api-deps';

const activityQuery = z.object({
  limit: queryLimit(200, 50),
  before: z.string().regex(/^[1-9][0-9]{0,18}$/, 'a log position (nextBefore of a previous page)').transform(BigInt).optional(),
});

/** `GET /api/review/activity`: who corrected what, when, newest first across every article. */
export function reviewRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
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
