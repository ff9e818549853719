import { articleParagraphs } from './article-paragraphs';
import { flattenNesting } from './cap-nesting';
import { loadHtml, rootOf } from './grab-article';

const NOT_TEXT = new Set(['script', 'style', 'iframe', 'noscript', 'template']);

/**
 * All the text of an HTML fragment (a feed item's content), paragraphs separated by blank lines.
 * Bounded like page extraction: tags past the nesting cap dropped before parsing, deep subtrees flattened, walked
 * iteratively, so 50,000 nested divs cost what 50,000 siblings do.
 */
export function htmlParagraphs(html: string): string {
  if (!html.trim()) return '';
  return articleParagraphs(rootOf(loadHtml(flattenNesting(html))), NOT_TEXT).join('\n\n');
}
