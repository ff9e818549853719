import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJsonApp } from '../json-app';
import { HTML_CONTENT_SECURITY_POLICY } from '../response-headers.middleware';
import { reviewPageRoutes } from './review-page.routes';

const app = createJsonApp({ error: () => undefined }, (a) => a.route('/review', reviewPageRoutes()));

describe('GET /review', () => {
  it('serves the page under the strict Content-Security-Policy, with no inline script or style for it to allow', async () => {
    const res = await app.request('/review');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('Content-Security-Policy')).toBe(HTML_CONTENT_SECURITY_POLICY);
    const html = await res.text();
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script type="module" src="/review/review.js">']);
    expect([...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0])).toEqual(['<link rel="stylesheet" href="/review/review.css">']);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=|javascript:/i);
  });

  it('serves its script and stylesheet as files of their own types', async () => {
    for (const [file, type] of [
      ['/review/review.js', 'text/javascript; charset=utf-8'],
      ['/review/review.css', 'text/css; charset=utf-8'],
    ]) {
      const res = await app.request(file!);
      expect([res.status, res.headers.get('Content-Type'), res.headers.get('X-Content-Type-Options')]).toEqual([200, type, 'nosniff']);
    }
    expect((await app.request('/review/other.js')).status).toBe(404);
    expect((await app.request('/review', { method: 'POST' })).status).toBe(405);
  });

  it('has scripts that never turn a string into markup or code', async () => {
    // feeds are hostile: whatever the API returns reaches the page as text nodes and attribute values only
    const scripts = readdirSync(path.resolve(import.meta.dirname, '../../review-page')).filter((f) => f.endsWith('.js'));
    expect(scripts).toContain('review.js');
    for (const file of scripts) {
      const res = await app.request(`/review/${file}`);
      expect(res.headers.get('Content-Type'), file).toBe('text/javascript; charset=utf-8');
      expect(await res.text(), file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(['"]on|srcdoc/);
    }
  });
});
