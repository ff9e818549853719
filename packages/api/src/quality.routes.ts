import { Hono } from 'hono';
import { z } from 'zod';
import { reviewQuality } from '@wirelog/quality';
import { parseQuery } from './parse-query';
import type { ApiDeps } from './api-deps';

/** `GET /api/quality`: what `wirelog quality --json` prints, computed from the log on each request (docs/quality.md). */
export function qualityRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    parseQuery(z.object({}), c.req.queries());
    return c.json(await reviewQuality(deps.database));
  });
  return app;
}
