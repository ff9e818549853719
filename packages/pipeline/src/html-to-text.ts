import * as cheerio from 'cheerio';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, div, br';

/** A feed's HTML content as paragraphs separated by blank lines (the page fallback). */
export function htmlToText(html: string): string {
  if (!html.trim()) return '';
  const $ = cheerio.load(html);
  $('script, style, iframe, noscript').remove();
  $(BLOCKS).each((_, el) => {
    $(el).before('\n\n');
  });
  return $.root()
    .text()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
