import { load } from 'cheerio';
import { Document, isMap, isSeq } from 'yaml';
import { slugify } from './slug';

interface ImportedFeed {
  id: string;
  url: string;
  tags?: string[];
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base || 'feed';
  for (let n = 2; used.has(id); n++) id = `${base || 'feed'}-${n}`;
  used.add(id);
  return id;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** `category="/News/Tech,Data centres"` (OPML 2.0) to tags. */
function categoryTags(category: string | undefined): string[] {
  return (category ?? '').split(',').flatMap((entry) => entry.split('/')).map((tag) => slugify(tag)).filter(Boolean);
}

/**
 * An OPML subscription list as `feeds.yaml` text (SPEC §4 `wirelog feeds import-opml`): one feed per
 * outline with an `xmlUrl`, id from its title, enclosing outlines and `category` as tags. Outlines
 * whose URL is not http(s) are listed in a comment instead.
 */
export function opmlToFeedsYaml(opmlText: string): string {
  const $ = load(opmlText, { xml: true });
  const used = new Set<string>();
  const feeds: ImportedFeed[] = [];
  const skipped: string[] = [];
  const topLevel = $('body').first().children('outline');
  const visit = (outlines: typeof topLevel, parentTags: string[]): void => {
    outlines.each((_, element) => {
      const outline = $(element);
      const label = (outline.attr('title') ?? outline.attr('text') ?? '').trim();
      const xmlUrl = (outline.attr('xmlUrl') ?? outline.attr('xmlurl') ?? '').trim();
      const tags = [...new Set([...parentTags, ...categoryTags(outline.attr('category'))])];
      if (xmlUrl === '') {
        const groupTag = slugify(label);
        visit(outline.children('outline'), groupTag ? [...tags, groupTag] : tags);
      } else if (/^https?:\/\//i.test(xmlUrl)) {
        const id = uniqueId(slugify(label) || slugify(hostOf(xmlUrl)), used);
        feeds.push({ id, url: xmlUrl, ...(tags.length > 0 ? { tags } : {}) });
      } else {
        skipped.push(xmlUrl);
      }
    });
  };
  visit(topLevel, []);
  const doc = new Document({ feeds });
  const list = doc.get('feeds', true);
  for (const item of isSeq(list) ? list.items : []) {
    const tags = isMap(item) ? item.get('tags', true) : undefined;
    if (isSeq(tags)) tags.flow = true;
  }
  if (skipped.length > 0) doc.commentBefore = ` skipped (not http/https): ${skipped.join(', ')}`;
  return doc.toString({ lineWidth: 0 });
}
