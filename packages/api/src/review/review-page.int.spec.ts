/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deterministicEventId, type MentionPayload } from '@wirelog/events';
import { projections, rebuildProjection, startProjections, type ProjectionRunner } from '@wirelog/projections';
import { chromiumPath, describeWithChromium, openPglite, openPostgres, postgresUrl } from '@wirelog/testing';
import { ARTICLE, createTestTokens, openApiFixture, type ApiFixture } from '../api.fixture';
import { startApiServer, type ApiServer } from '../api-server';

/** Where the page's screenshot is kept for a person to look at (gitignored). */
const SCREENSHOT = path.resolve(import.meta.dirname, '../../../../test-artifacts/review.png');

const STORY = 'abcabcabcabcabcabcabcabc';
const ORACLE = 'cafecafecafecafecafecafe';
const HOSTILE = 'dead0000dead0000dead0000';
const STORY_TEXT = "Jordan Smith, OpenAI's infrastructure chief, said Oracle will install NVIDIA GB200 racks at its Abilene campus in Texas.";
const HOSTILE_TITLE = `<script>window.pwned = 'title'</script><img src=x onerror="window.pwned = 'title img'"> Chips`;
const HOSTILE_TEXT = `Chips <script>window.pwned = 'text'</script> and <img src=x onerror="window.pwned = 'text img'"> arrive in Korea.`;

function mention(text: string, word: string, kind: MentionPayload['kind'], key: string, name: string, confidence: number): MentionPayload {
  const start = text.indexOf(word);
  return { id: `${kind}-${key}-${start}`, kind, key, name, text: word, start, end: start + word.length, confidence };
}

const seeds = [
  {
    id: STORY,
    day: '2026-03-10',
    title: 'OpenAI and Oracle bring GB200 racks to Texas',
    text: STORY_TEXT,
    mentions: [
      // "Jordan" is a person here, not the country; "Oracle" is not Oracle Health
      mention(STORY_TEXT, 'Jordan', 'country', 'JO', 'Jordan', 0.55),
      mention(STORY_TEXT, 'OpenAI', 'org', 'openai', 'OpenAI', 0.95),
      mention(STORY_TEXT, 'Oracle', 'org', 'oracle-health', 'Oracle Health', 0.7),
      mention(STORY_TEXT, 'Texas', 'place', 'US-TX', 'Texas', 0.9),
    ],
  },
  {
    id: ORACLE,
    day: '2026-03-08',
    title: 'Oracle opens a cloud region in India',
    text: 'Oracle opens a cloud region in India.',
    mentions: [mention('Oracle opens a cloud region in India.', 'Oracle', 'org', 'oracle', 'Oracle', 0.9), mention('Oracle opens a cloud region in India.', 'India', 'country', 'IN', 'India', 0.9)],
  },
  { id: HOSTILE, day: '2026-03-07', title: HOSTILE_TITLE, text: HOSTILE_TEXT, mentions: [mention(HOSTILE_TEXT, 'Korea', 'country', 'KR', 'South Korea', 0.8)] },
];

describeWithChromium('the review page in Chromium', () => {
  let fx: ApiFixture;
  let runner: ProjectionRunner;
  let server: ApiServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  let tokens: ReturnType<typeof createTestTokens>;
  /** Uncaught errors and Content-Security-Policy violations in the page: none may happen. */
  const pageFaults: string[] = [];

  beforeAll(async () => {
    // PostgreSQL when there is one (CI): PGlite in this process would compete with the page's requests for its one thread
    fx = await openApiFixture(postgresUrl ? openPostgres('review page') : openPglite);
    for (const s of seeds) {
      const at = `${s.day}T09:00:00.000Z`;
      const url = `https://news.example/${s.id}`;
      await fx.deps.store.append(`article-${s.id}`, [
        { type: 'ArticleDiscovered', eventId: deterministicEventId(s.id, 'd'), data: { articleId: s.id, feedId: 'wire', url, title: s.title, publishedAt: at, discoveredAt: at } },
        { type: 'ArticleFetched', eventId: deterministicEventId(s.id, 'f'), data: { articleId: s.id, url, title: s.title, text: s.text, textHash: s.id, wordCount: 20, source: 'page', fetchedAt: at } },
        { type: 'EntitiesExtracted', eventId: deterministicEventId(s.id, 'x'), data: { articleId: s.id, extractorVersion: 'v1', textHash: s.id, mentions: s.mentions, extractedAt: at } },
      ]);
    }
    // projected continuously, as `wirelog start` does: the page waits for its corrections to show
    runner = await startProjections(fx.deps.store, [...projections], { pollIntervalMs: 50 });
    await runner.catchUp();
    tokens = createTestTokens(fx.tokensFile);
    server = await startApiServer(fx.deps, { host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${server.port}`;
    // Chromium refuses its sandbox to root (CI runs as root)
    browser = await chromium.launch({ executablePath: chromiumPath, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
    page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    page.on('pageerror', (error) => pageFaults.push(error.message));
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) pageFaults.push(message.text());
    });
    await page.goto(`${base}/review`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await runner?.stop();
    await fx?.db.close();
  });

  const eventCount = async () => Number((await fx.db.database.query<{ n: string }>('SELECT count(*)::text AS n FROM events')).rows[0]!.n);
  const status = (text: RegExp) => page.locator('#status', { hasText: text }).waitFor();
  const mark = (text: string) => page.locator('#text mark', { hasText: text });
  const signIn = async (token: string) => {
    if (await page.locator('#sign-out').isVisible()) await page.click('#sign-out');
    await page.fill('#token', token);
    await page.press('#token', 'Enter');
  };
  const open = async (title: string) => {
    await page.locator('#queue button', { hasText: title }).click();
    await page.locator('#title', { hasText: title }).waitFor();
  };
  /** Selects the first occurrence of `words` in the article text, as a reviewer's drag would. */
  const selectInText = (words: string) =>
    page.evaluate((words) => {
      const walker = document.createTreeWalker(document.getElementById('text')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`${words} is not in the text`);
    }, words);
  const json = async (route: string) => (await (await fetch(`${base}${route}`)).json()) as Record<string, any>;

  it('refuses corrections without a token, with a reader token and with a revoked one, and appends nothing', async () => {
    const before = await eventCount();
    await open('OpenAI and Oracle bring GB200 racks to Texas');
    await page.keyboard.press('x');
    await status(/^Not saved: a reviewer token is required\. Sign in/);
    await signIn(tokens.reader);
    await page.locator('#who-name', { hasText: 'reader-1 (reader)' }).waitFor();
    await page.keyboard.press('x');
    await status(/^Not saved: a reviewer token is required; "reader-1" is a reader/);
    await signIn(tokens.revoked);
    await status(/^Sign-in refused: unknown or revoked token/);
    // and straight to the API, which is what the page's buttons call
    const post = (token?: string) =>
      fetch(`${base}/api/articles/${STORY}/corrections`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ action: 'reject', mentionId: 'country-JO-0' }),
      });
    expect([(await post()).status, (await post(tokens.reader)).status, (await post(tokens.revoked)).status]).toEqual([401, 403, 401]);
    expect(await eventCount()).toBe(before);
  });

  it('rejects a wrong country, relabels an organisation, confirms by keyboard and adds a missed mention from selected text', async () => {
    await signIn(tokens.ana);
    await page.locator('#who-name', { hasText: 'ana (reviewer)' }).waitFor();
    // the most uncertain article comes first: "Jordan" at 0.55
    await expect(page.locator('#queue li').first().textContent()).resolves.toContain('OpenAI and Oracle bring GB200 racks to Texas');

    await mark('Jordan').click();
    await page.click('#reject');
    await status(/^Rejected by ana/);

    await mark('Oracle').click();
    await page.keyboard.press('r');
    await page.locator('#relabel-form').waitFor();
    // the catalogue suggests keys of the kind: another article has org "oracle"
    await expect(page.locator('#suggestions option[value="oracle"]').getAttribute('label')).resolves.toBe('Oracle');
    await page.fill('#relabel-key', 'oracle');
    await page.press('#relabel-key', 'Enter');
    await status(/^Relabelled by ana/);

    // still on "Oracle": one mention back is "OpenAI"
    await page.keyboard.press('k');
    await expect(page.locator('#mention-name').textContent()).resolves.toBe('OpenAI');
    await page.keyboard.press('c');
    await status(/^Confirmed by ana/);

    await selectInText('NVIDIA GB200');
    await page.locator('#add-text', { hasText: /^NVIDIA GB200$/ }).waitFor();
    await page.keyboard.press('a');
    await page.keyboard.type('nvidia-gb200');
    await page.press('#add-key', 'Enter');
    await status(/^Added by ana/);
    await page.locator('#text mark', { hasText: 'NVIDIA GB200' }).waitFor();
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const article = await json(`/api/articles/${STORY}`);
    expect(article.corrections.map((c: Record<string, unknown>) => [c.action, c.kind, c.key, c.toKey ?? null, c.actor])).toEqual([
      ['reject', 'country', 'JO', null, 'ana'],
      ['relabel', 'org', 'oracle-health', 'oracle', 'ana'],
      ['confirm', 'org', 'openai', null, 'ana'],
      ['add', 'hardware', 'nvidia-gb200', null, 'ana'],
    ]);
    expect(article).toMatchObject({ reviewed: true, reviewedBy: 'ana' });
    const entities = await fx.db.database.query(`SELECT entity_id, name, status, source FROM article_entities WHERE article_id = $1 ORDER BY entity_id`, [STORY]);
    expect(entities.rows).toEqual([
      { entity_id: 'country:JO', name: 'Jordan', status: 'rejected', source: 'extractor' },
      { entity_id: 'hardware:nvidia-gb200', name: 'NVIDIA GB200', status: 'active', source: 'reviewer' },
      { entity_id: 'org:openai', name: 'OpenAI', status: 'active', source: 'extractor' },
      { entity_id: 'org:oracle', name: 'Oracle', status: 'active', source: 'extractor' },
      { entity_id: 'place:US-TX', name: 'Texas', status: 'active', source: 'extractor' },
    ]);
    const history = await json(`/api/articles/${STORY}/history`);
    expect(history.events.map((e: { type: string; metadata: { actor?: string } }) => [e.type, e.metadata.actor ?? null])).toEqual([
      ['ArticleDiscovered', null],
      ['ArticleFetched', null],
      ['EntitiesExtracted', null],
      ['EntityRejected', 'ana'],
      ['EntityRelabelled', 'ana'],
      ['EntityConfirmed', 'ana'],
      ['EntityAdded', 'ana'],
    ]);
    // and the page's own history panel, newest first
    await expect(page.locator('#history li').first().textContent()).resolves.toMatch(/^7\. added hardware nvidia-gb200 “NVIDIA GB200”ana · /);
  });

  it('keeps the rejection in the table, the API and the page after a re-extraction by a new version and a rebuild', async () => {
    const story = seeds[0]!;
    await fx.deps.store.append(`article-${STORY}`, [
      {
        type: 'EntitiesExtracted',
        eventId: deterministicEventId(STORY, 'x2'),
        data: { articleId: STORY, extractorVersion: 'v2', textHash: STORY, mentions: story.mentions.map((m) => ({ ...m, id: `${m.id}-v2` })), extractedAt: `${story.day}T10:00:00.000Z` },
      },
    ]);
    await runner.catchUp();
    for (const projection of projections) await rebuildProjection(fx.db.database, projection);
    const entity = await fx.db.database.query(`SELECT status FROM article_entities WHERE article_id = $1 AND entity_id = 'country:JO'`, [STORY]);
    expect(entity.rows).toEqual([{ status: 'rejected' }]);
    const article = await json(`/api/articles/${STORY}`);
    expect(article.extractorVersion).toBe('v2');
    expect(article.mentions.find((m: { text: string }) => m.text === 'Jordan')).toMatchObject({ status: 'rejected' });
    await page.reload();
    // reviewed now, so out of the default (unreviewed) queue
    await page.locator('#f-status').selectOption('reviewed');
    await page.click('#filters button');
    await open('OpenAI and Oracle bring GB200 racks to Texas');
    await page.locator('#text mark.rejected', { hasText: 'Jordan' }).waitFor();
    await expect(page.locator('#text mark.rejected').count()).resolves.toBe(1);
  });

  it('shows a feed item whose title and text carry <script> and <img onerror> as text, and runs none of it', async () => {
    await page.locator('#f-status').selectOption('');
    await page.click('#filters button');
    await open('Chips');
    await expect(page.locator('#title').textContent()).resolves.toBe(HOSTILE_TITLE);
    await expect(page.locator('#text').textContent()).resolves.toBe(HOSTILE_TEXT);
    await expect(page.locator('#queue button', { hasText: 'Chips' }).locator('.title').textContent()).resolves.toBe(HOSTILE_TITLE);
    expect(await page.evaluate(() => ({ pwned: (window as { pwned?: string }).pwned, images: document.images.length, scripts: document.scripts.length }))).toEqual({
      pwned: undefined,
      images: 0,
      scripts: 1,
    });
  });

  it('gives the second of two reviewers a 409, shows the other change after reloading, and loses nothing', async () => {
    await open('Oracle opens a cloud region in India');
    await mark('Oracle').click();
    // ben corrects the article after the page read it
    const seen = (await json(`/api/articles/${ORACLE}/history`)).events.length as number;
    const ben = await fetch(`${base}/api/articles/${ORACLE}/corrections`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.ben}` },
      body: JSON.stringify({ action: 'reject', mentionId: seeds[1]!.mentions[1]!.id, expectedVersion: seen }),
    });
    expect(ben.status).toBe(202);
    await page.keyboard.press('x');
    await status(/^Another reviewer changed this article meanwhile/);
    await page.locator('#text mark.rejected', { hasText: 'India' }).waitFor();
    await expect(page.locator('#history li').first().textContent()).resolves.toContain('rejected country INben');
    await page.keyboard.press('x');
    await status(/^Rejected by ana/);
    const history = await json(`/api/articles/${ORACLE}/history`);
    expect(history.events.slice(seen).map((e: { type: string; data: { key: string }; metadata: { actor: string } }) => [e.type, e.data.key, e.metadata.actor])).toEqual([
      ['EntityRejected', 'IN', 'ben'],
      ['EntityRejected', 'oracle', 'ana'],
    ]);
  });

  it('undoes by appending the compensating correction: a relabel back, a reject of an added mention, a confirm of a rejected one', async () => {
    await open('Title d');
    const seen = (await json(`/api/articles/${ARTICLE.d}/history`)).events.length as number;
    await mark('Meta').click();
    await page.keyboard.press('r');
    await page.fill('#relabel-key', 'meta');
    await page.press('#relabel-key', 'Enter');
    await status(/^Relabelled by ana/);
    await page.keyboard.press('u');
    await status(/^Undid the relabel of org meta-platforms to org meta /);
    await expect(page.locator('#mention-key').textContent()).resolves.toBe('meta-platforms');

    await selectInText('US');
    await page.locator('#add-kind').selectOption('place');
    await page.fill('#add-key', 'US');
    await page.press('#add-key', 'Enter');
    await status(/^Added by ana/);
    await page.keyboard.press('u');
    await status(/^Undid the add of place US /);

    await mark('HBM4').click();
    await page.keyboard.press('x');
    await status(/^Rejected by ana/);
    await page.keyboard.press('u');
    await status(/^Undid the reject of hardware hbm4 /);

    const events = (await json(`/api/articles/${ARTICLE.d}/history`)).events.slice(seen) as { type: string; data: Record<string, any>; metadata: { actor: string } }[];
    expect(events.map((e) => [e.type, e.data.kind ?? e.data.to.kind, e.data.key ?? e.data.to.key, e.data.reason ?? null, e.metadata.actor])).toEqual([
      ['EntityRelabelled', 'org', 'meta', null, 'ana'],
      ['EntityRelabelled', 'org', 'meta-platforms', 'undo relabel of org meta-platforms to org meta', 'ana'],
      ['EntityAdded', 'place', 'US', null, 'ana'],
      ['EntityRejected', 'place', 'US', 'undo add of place US', 'ana'],
      ['EntityRejected', 'hardware', 'hbm4', null, 'ana'],
      ['EntityConfirmed', 'hardware', 'hbm4', 'undo reject of hardware hbm4', 'ana'],
    ]);
    // the later correction at a span wins: the undone reject of HBM4 is lifted, the undone add stays rejected
    const entities = await fx.db.database.query(
      `SELECT entity_id, status FROM article_entities WHERE article_id = $1 AND entity_id IN ('org:meta-platforms', 'place:US', 'hardware:hbm4') ORDER BY entity_id`,
      [ARTICLE.d],
    );
    expect(entities.rows).toEqual([
      { entity_id: 'hardware:hbm4', status: 'active' },
      { entity_id: 'org:meta-platforms', status: 'active' },
      { entity_id: 'place:US', status: 'rejected' },
    ]);
    await expect(mark('HBM4').getAttribute('class')).resolves.not.toContain('rejected');
    expect(pageFaults).toEqual([]);
  });
});
