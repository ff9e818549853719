import { Hono } from 'hono';
import { z } from 'zod';
import { listEntities } from './catalogue.queries';
import { countryProfiles } from './countries.queries';
import { parseQuery } from './parse-query';
import { queryLimit } from './query-values';
import { countryStatsJson, entityJson } from './serialize';
import type { ApiDeps } from './api-deps';

const entitiesQuery = z.object({
  kind: z.enum(['country', 'money', 'hardware', 'org', 'place', 'capacity', 'quantity']).optional(),
  limit: queryLimit(1000, 200),
});

/** `/api/entities` and `/api/stats/countries`. */
export function catalogueRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/entities', async (c) => {
    const query = parseQuery(entitiesQuery, c.req.queries());
    return c.json({ entities: (await listEntities(deps.database, query.kind, query.limit)).map(entityJson) });
  });
  app.get('/stats/countries', async (c) => {
    parseQuery(z.object({}), c.req.queries());
    return c.json({ countries: (await countryProfiles(deps.database)).map(countryStatsJson) });
  });
  return app;
}
