import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const here = path.dirname(fileURLToPath(import.meta.url));
const fromSources = path.join(here, '../../review-page');
/** `packages/api/review-page` from sources; in a bundle (`npm run build`), the copy beside the code. */
const reviewPageFolder = [path.join(here, 'review-page'), fromSources].find((dir) => existsSync(path.join(dir, 'review.html'))) ?? fromSources;

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * `GET /review`: the reviewer's page, a static shell with its own scripts
 * (ES modules) and stylesheet, no inline code, so the HTML's
 * Content-Security-Policy allows nothing else. Every datum comes from the
 * JSON API, read with the token the reviewer pasted; the files themselves
 * hold nothing to protect.
 */
export function reviewPageRoutes(): Hono {
  const app = new Hono();
  const html = readFileSync(path.join(reviewPageFolder, 'review.html'));
  app.get('/', (c) => c.body(html, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }));
  for (const file of readdirSync(reviewPageFolder).filter((f) => TYPES[path.extname(f)])) {
    const body = readFileSync(path.join(reviewPageFolder, file));
    app.get(`/${file}`, (c) => c.body(body, 200, { 'Content-Type': TYPES[path.extname(file)]!, 'Cache-Control': 'no-cache' }));
  }
  return app;
}
