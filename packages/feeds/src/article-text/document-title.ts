import { byTags, type DomParent, textOf } from './dom';

const SEPARATOR = / [|\-\\/>»] /;
const HIERARCHICAL = / [\\/>»] /;
const HEADINGS = new Set(['h1', 'h2']);

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * The page <title> without its site-name part ("Story - Site", "Site: Story"),
 * falling back to the only <h1> when the title is implausibly short or long.
 */
export function documentTitle(root: DomParent): string {
  const titleElement = byTags(root, 'title')[0];
  const original = titleElement ? textOf(titleElement).trim() : '';
  let title = original;
  let hierarchical = false;
  if (SEPARATOR.test(title)) {
    hierarchical = HIERARCHICAL.test(title);
    const separators = [...original.matchAll(/ [|\-\\/>»] /g)];
    title = original.slice(0, separators[separators.length - 1]?.index ?? original.length);
    if (wordCount(title) < 3) title = original.replace(/^[^|\-\\/>»]*[|\-\\/>»]/, '');
  } else if (title.includes(': ')) {
    const trimmed = title.trim();
    const matchesHeading = byTags(root, HEADINGS).some((h) => textOf(h).trim() === trimmed);
    if (!matchesHeading) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1 = byTags(root, 'h1');
    if (h1.length === 1) title = textOf(h1[0] as DomParent);
  }
  title = title.trim().replace(/\s{2,}/g, ' ');
  const words = wordCount(title);
  if (words <= 4 && (!hierarchical || words !== wordCount(original.replace(/[|\-\\/>»]+/g, '')) - 1)) title = original;
  return title;
}
