import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from './api-error';
import { articlesRoutes } from './articles.routes';
import { countryStats, listEntities } from './catalogue.queries';
import { metricsText } from '@wirelog/metrics';
import { parseQuery } from './parse-query';
import type { ApiDeps } from './api-deps';

const entitiesQuery = z.object({
  kind: z.enum(['country', 'money', 'hardware', 'org', 'place']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** The HTTP API of SPEC §8. */
export function createApp(deps: ApiDeps): Hono {
  const app = new Hono();
  app.route('/api/articles', articlesRoutes(deps));
  app.get('/api/entities', async (c) => {
    const q = parseQuery(entitiesQuery, c.req.query());
    return c.json({ entities: await listEntities(deps.database, q.kind, q.limit) });
  });
  app.get('/api/stats/countries', async (c) => c.json({ countries: await countryStats(deps.database) }));
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await deps.database.query('SELECT 1');
      return c.json({ status: 'ready' });
    } catch {
      throw new ApiError(503, 'not_ready', 'database unreachable');
    }
  });
  app.get('/metrics', async (c) => {
    const { contentType, body } = await metricsText();
    return c.body(body, 200, { 'content-type': contentType });
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json({ error: { code: error.code, message: error.message } }, error.status);
    deps.logger.error({ err: error, path: c.req.path }, 'request failed');
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  return app;
}
