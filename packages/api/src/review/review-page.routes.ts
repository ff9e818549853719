import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const here = path.dirname(fileURLToPath(import.meta.url));
const fromSources = path.join(here, '../../review-page');
/** `packages/api/review-page` from sources; in a bundle (`npm run build`), the copy beside the code. */
const reviewPageFolder = [path.join(here, 'review-page'), fromSources].find((dir) => existsSync(path.join(dir, 'review.html'))) ?? fromSources;

const FILES = {
  '/': { file: 'review.html', type: 'text/html; charset=utf-8' },
  '/review.js': { file: 'review.js', type: 'text/javascript; charset=utf-8' },
  '/review.css': { file: 'review.css', type: 'text/css; charset=utf-8' },
} as const;

/**
 * `GET /review`: the reviewer's page, a static shell with its own script and
 * stylesheet (no inline code, so the HTML's Content-Security-Policy allows
 * nothing else). Every datum comes from the JSON API, read with the token the
 * reviewer pasted; the files themselves hold nothing to protect.
 */
export function reviewPageRoutes(): Hono {
  const app = new Hono();
  for (const [route, { file, type }] of Object.entries(FILES)) {
    const body = readFileSync(path.join(reviewPageFolder, file));
    app.get(route, (c) => c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }));
  }
  return app;
}
