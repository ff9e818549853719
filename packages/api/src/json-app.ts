import { Hono } from 'hono';
import { ApiError, errorBody, quote } from './api-error';
import { responseHeaders } from './response-headers.middleware';
import { answerWrongMethods } from './wrong-method';
import type { ApiLogger } from './api-deps';

/**
 * A hono app with the conventions of every wirelog listener: the response
 * headers, 405 with `Allow` for a wrong method, and every error as
 * `{ error: { code, message } }`; anything unexpected is logged and answers
 * a 500 that reveals nothing.
 */
export function createJsonApp(logger: ApiLogger, mount: (app: Hono) => void): Hono {
  const app = new Hono();
  app.use(responseHeaders);
  mount(app);
  answerWrongMethods(app);
  app.notFound((c) => c.json(errorBody('not_found', `no route ${c.req.method} ${quote(c.req.path, 200)}`), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status, error.headers);
    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
    return c.json(errorBody('internal', 'internal error'), 500);
  });
  return app;
}
