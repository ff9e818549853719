import { documentTitle } from './document-title';
import { byTags, type DomParent, textOf } from './dom';
import { textSimilarity } from './node-checks';

export interface ArticleMetadata {
  title: string;
  byline?: string;
  publishedAt?: string;
  lang?: string;
}

const ARTICLE_TYPES =
  /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/;
// no leading \s*: unanchored, it rescanned every run of spaces from each of its characters (quadratic)
const PROPERTY = /(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)/gi;
const NAME = /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;

type Json = Record<string, unknown>;

function isArticle(value: unknown): value is Json {
  const type = (value as Json | null)?.['@type'];
  return typeof type === 'string' && ARTICLE_TYPES.test(type);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function authorNames(author: unknown): string | undefined {
  const list = Array.isArray(author) ? author : [author];
  const names = list.map((a) => (typeof a === 'string' ? str(a) : str((a as Json | null)?.name))).filter(Boolean);
  return names.length > 0 ? names.join(', ') : undefined;
}

/** The first schema.org Article (or subtype) in the page's JSON-LD blocks. */
function jsonLdArticle(root: DomParent): Json | undefined {
  for (const script of byTags(root, 'script')) {
    if (script.attribs.type !== 'application/ld+json') continue;
    try {
      let parsed: unknown = JSON.parse(textOf(script).replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
      if (Array.isArray(parsed)) parsed = parsed.find(isArticle);
      const node = parsed as Json | undefined;
      if (!node) continue;
      const context = node['@context'];
      const vocab = typeof context === 'object' && context ? (context as Json)['@vocab'] : context;
      if (typeof vocab !== 'string' || !/^https?:\/\/schema\.org\/?$/.test(vocab)) continue;
      const graph = node['@graph'];
      const article = !node['@type'] && Array.isArray(graph) ? graph.find(isArticle) : node;
      if (isArticle(article)) return article;
    } catch {
      // Broken JSON-LD is common; the meta tags still count.
    }
  }
  return undefined;
}

function metaValues(root: DomParent): Record<string, string> {
  const values: Record<string, string> = {};
  for (const el of byTags(root, 'meta')) {
    const content = el.attribs.content?.trim();
    if (!content) continue;
    const property = el.attribs.property;
    const match = property ? property.match(PROPERTY) : null;
    if (match) for (const m of match) values[m.toLowerCase().replace(/\s/g, '')] = content;
    else if (el.attribs.name && NAME.test(el.attribs.name)) values[el.attribs.name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':')] = content;
    const itemprop = el.attribs.itemprop;
    if (itemprop === 'datePublished' || itemprop === 'author') values[`itemprop:${itemprop}`] ??= content;
  }
  return values;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function unescape(text: string | undefined): string | undefined {
  return text
    ?.replace(/&(quot|amp|apos|lt|gt);/g, (_, e: string) => ({ quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' })[e] ?? '')
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, dec: string | undefined) => {
      const code = parseInt(hex ?? dec ?? '0', hex ? 16 : 10);
      return String.fromCodePoint(code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    });
}

/**
 * Title, author, publication time and language from JSON-LD, meta tags and markup. Call before mutating the page.
 * Reads the tree with the iterative helpers of dom.ts: a cheerio selector over a root with many children is quadratic.
 */
export function articleMetadata(root: DomParent): ArticleMetadata {
  const ld = jsonLdArticle(root);
  const values = metaValues(root);
  let ldTitle: string | undefined;
  const name = str(ld?.name);
  const headline = str(ld?.headline);
  if (name && headline && name !== headline) {
    const page = documentTitle(root);
    ldTitle = textSimilarity(headline, page) > 0.75 && !(textSimilarity(name, page) > 0.75) ? headline : name;
  } else ldTitle = name ?? headline;
  const title =
    ldTitle ??
    values['dc:title'] ??
    values['dcterm:title'] ??
    values['og:title'] ??
    values['weibo:article:title'] ??
    values['weibo:webpage:title'] ??
    values.title ??
    values['twitter:title'] ??
    values['parsely-title'] ??
    documentTitle(root);
  const articleAuthor = values['article:author'];
  const byline =
    authorNames(ld?.author) ??
    values['dc:creator'] ??
    values['dcterm:creator'] ??
    values.author ??
    values['parsely-author'] ??
    (articleAuthor && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : undefined);
  const published =
    str(ld?.datePublished) ??
    values['article:published_time'] ??
    values['parsely-pub-date'] ??
    values['itemprop:datePublished'] ??
    byTags(root, 'time').find((time) => time.attribs.datetime !== undefined)?.attribs.datetime;
  const lang = byTags(root, 'html')[0]?.attribs.lang?.trim() || values['og:locale'];
  return {
    title: unescape(title)?.trim() ?? '',
    ...(byline ? { byline: unescape(byline)?.trim() } : {}),
    ...(isoDate(unescape(published)) ? { publishedAt: isoDate(unescape(published)) } : {}),
    ...(lang ? { lang } : {}),
  };
}
