import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from './api-error';
import { countryProfile, largestAmountsByArticle } from './countries.queries';
import { parseCountryCode } from './country-code';
import { listArticles } from './list-articles.query';
import { parseQuery } from './parse-query';
import { listedArticlesJson } from './listed-articles';
import { articleAmountJson, countryProfileJson } from './serialize';
import type { ApiDeps } from './api-deps';

/** How many articles each list of a profile shows; the article list pages through the rest. */
const LISTED = 10;

/** `/api/countries/:code`: who builds what in a country, for how much (docs/api.md). */
export function countriesRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/:code', async (c) => {
    parseQuery(z.object({}), c.req.queries());
    const code = parseCountryCode(c.req.param('code'));
    const profile = await countryProfile(deps.database, code);
    if (!profile) throw new ApiError(404, 'not_found', `no article mentions country ${code}`);
    const [amounts, latest] = await Promise.all([
      largestAmountsByArticle(deps.database, code, LISTED),
      listArticles(deps.database, { entityIds: [[`country:${code}`]], limit: LISTED }),
    ]);
    return c.json({
      ...countryProfileJson(profile),
      moneyByArticle: amounts.map(articleAmountJson),
      latestArticles: await listedArticlesJson(deps.database, latest),
    });
  });
  return app;
}
