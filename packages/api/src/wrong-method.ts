import type { Hono } from 'hono';
import { errorBody } from './api-error';

/**
 * Call after every route is registered: a known path asked with a method it
 * lacks answers 405 with `Allow` (OPTIONS: 204 with `Allow`), not 404.
 */
export function answerWrongMethods(app: Hono): void {
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue; // middleware
    const methods = methodsByPath.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD'); // hono answers HEAD with the GET handler
    methodsByPath.set(route.path, methods);
  }
  for (const [path, methods] of methodsByPath) {
    const allow = [...methods, 'OPTIONS'].sort().join(', ');
    app.all(path, (c) => {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
      return c.json(errorBody('method_not_allowed', `${c.req.method} is not allowed here; allowed: ${allow}`), 405, { Allow: allow });
    });
  }
}
