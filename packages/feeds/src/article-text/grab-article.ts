import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { appendChild, byTags, createElement, type DomElement, type DomParent, innerText, isElement, moveChildren } from './dom';
import { boundTree } from './bound-tree';
import { cleanArticle } from './clean-article';
import type { ExtractionContext } from './extraction-context';
import { gatherArticle } from './gather-article';
import { preparePage } from './prepare-page';
import { scoreCandidates } from './score-candidates';
import { walkPage } from './walk-page';

const CHAR_THRESHOLD = 500;
const MAX_ELEMENTS = 50_000;

/**
 * htmlparser2 in HTML mode rather than parse5: five times faster on real pages and
 * the same words on the whole Readability corpus. <noscript> content is markup.
 */
export function loadHtml(html: string): CheerioAPI {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  boundTree(rootOf($));
  return $;
}

export function rootOf($: CheerioAPI): DomParent {
  return $.root()[0] as unknown as DomParent;
}

function parseHtml(html: string): DomParent {
  return rootOf(loadHtml(html));
}

/** htmlparser2 adds no implied <html>/<body>: fragments and sloppy pages get them here. */
function ensureBody(root: DomParent): { html: DomElement; body: DomElement } {
  let html = byTags(root, 'html')[0];
  let body = byTags(root, 'body')[0];
  if (!html) {
    html = createElement('html');
    moveChildren(root, html);
    appendChild(root, html);
  }
  if (!body) {
    body = createElement('body');
    moveChildren(html, body, (child) => !(isElement(child) && child.name === 'head'));
    appendChild(html, body);
  }
  return { html, body };
}

function attempt(root: DomParent, ctx: ExtractionContext): DomElement {
  const { html: start, body } = ensureBody(root);
  preparePage(root);
  // Past this size the scoring passes get slow; such a page is not an article anyway.
  if (boundTree(root) > MAX_ELEMENTS) return body;
  ctx.scores = new Map();
  const top = scoreCandidates(walkPage(start, ctx), ctx);
  const article = gatherArticle(body, top, ctx);
  cleanArticle(article, ctx);
  return article;
}

/**
 * Finds the main content. When a pass yields under 500 characters it runs again
 * with fewer filters (keep unlikely-looking nodes, then ignore class names, then
 * skip conditional cleaning) and finally keeps the longest result.
 */
export function grabArticle(html: string, ctx: ExtractionContext, parsed?: DomParent): DomElement | null {
  const tried: { article: DomElement; length: number }[] = [];
  // Each pass mutates the tree, so retries start from a fresh parse.
  for (let root = parsed ?? parseHtml(html); ; root = parseHtml(html)) {
    const article = attempt(root, ctx);
    const length = innerText(article).length;
    if (length >= CHAR_THRESHOLD) return article;
    tried.push({ article, length });
    if (ctx.stripUnlikely) ctx.stripUnlikely = false;
    else if (ctx.weightClasses) ctx.weightClasses = false;
    else if (ctx.cleanConditionally) ctx.cleanConditionally = false;
    else {
      const best = tried.sort((a, b) => b.length - a.length)[0];
      return best && best.length > 0 ? best.article : null;
    }
  }
}
