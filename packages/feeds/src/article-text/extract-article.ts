import { storable } from '@wirelog/events';
import { articleMetadata } from './article-metadata';
import { articleParagraphs } from './article-paragraphs';
import { capNesting } from './cap-nesting';
import { cleanByline } from './clean-byline';
import type { ExtractionContext } from './extraction-context';
import { grabArticle, loadHtml, rootOf } from './grab-article';

export interface ArticleText {
  title: string;
  byline?: string;
  /** ISO 8601. */
  publishedAt?: string;
  lang?: string;
  /** Main content, paragraphs separated by a blank line. */
  text: string;
  paragraphs?: number;
}

export interface ExtractArticleOptions {
  /** The page's URL; reserved for resolving relative references. */
  url?: string;
  /** Longer input is cut before parsing (default 5 MB of characters). */
  maxChars?: number;
}

/** Title, byline, date, language and main text of an article page, every string storable. Never throws: bad input gives empty text. */
export function extractArticle(html: string, options: ExtractArticleOptions = {}): ArticleText {
  return storable(readArticle(html, options));
}

function readArticle(html: string, options: ExtractArticleOptions): ArticleText {
  let meta: ReturnType<typeof articleMetadata> = { title: '' };
  try {
    const source = typeof html === 'string' ? capNesting(html.slice(0, options.maxChars ?? 5_000_000)) : '';
    const $ = loadHtml(source);
    meta = articleMetadata(rootOf($));
    const ctx: ExtractionContext = {
      stripUnlikely: true,
      weightClasses: true,
      cleanConditionally: true,
      title: meta.title,
      byline: meta.byline,
      scores: new Map(),
      dataTables: new Set(),
    };
    const article = grabArticle(source, ctx, rootOf($));
    const paragraphs = article ? articleParagraphs(article) : [];
    const byline = cleanByline(meta.byline ?? ctx.byline);
    return { ...meta, ...(byline ? { byline } : {}), text: paragraphs.join('\n\n'), paragraphs: paragraphs.length };
  } catch {
    return { ...meta, text: '', paragraphs: 0 };
  }
}
