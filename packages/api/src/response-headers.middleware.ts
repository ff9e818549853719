import type { MiddlewareHandler } from 'hono';

/** For HTML (the review page): its own scripts, styles and API only; never framed, no plugins, no foreign forms. */
export const HTML_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Headers every response carries, including errors and 404s (SPEC §8; docs/api.md). */
export const responseHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  if (c.res.headers.get('Content-Type')?.startsWith('text/html')) c.res.headers.set('Content-Security-Policy', HTML_CONTENT_SECURITY_POLICY);
  // an answer to a credentialed request may be meant for that caller only: no cache may keep it
  if (c.req.header('Authorization') !== undefined) c.res.headers.set('Cache-Control', 'no-store');
};
