import { MAX_FEED_ID_LENGTH } from '@wirelog/events';
import { load, type CheerioAPI } from 'cheerio';
import { Document, isMap, isSeq } from 'yaml';
import { flattenNesting } from '../article-text/cap-nesting';
import { isBlankDocument } from '../decode/xml-prolog';
import { rootElement } from '../parse/sniff-feed-format';
import { slugify } from './slug';

interface ImportedFeed {
  id: string;
  url: string;
  tags?: string[];
}

export type OpmlImport =
  | { ok: true; yaml: string; /** What was left out and why, one line each (for stderr). */ notes: string[] }
  | { ok: false; message: string };

/** Room for the `-2`, `-3`… that keeps ids unique. */
const ID_BASE_LENGTH = MAX_FEED_ID_LENGTH - 8;

function uniqueId(base: string, used: Set<string>): string {
  let id = base || 'feed';
  for (let n = 2; used.has(id); n++) id = `${base || 'feed'}-${n}`;
  used.add(id);
  return id;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** `category="/News/Tech,Data centres"` (OPML 2.0) to tags. */
function categoryTags(category: string | undefined): string[] {
  return (category ?? '').split(',').flatMap((entry) => entry.split('/')).map((tag) => slugify(tag)).filter(Boolean);
}

/** Why the text is not an OPML subscription list, if it is not one. */
function notOpml(text: string, $: CheerioAPI): string | undefined {
  const root = rootElement(text.replace(/^\uFEFF/, ''));
  if (!root) return 'not an OPML file: no XML element found (is it a feeds.yaml?)';
  if ((root.qname.split(':').pop() ?? '').toLowerCase() !== 'opml') return `not an OPML file: its root element is <${root.qname.slice(0, 64)}>, not <opml>`;
  const close = text.toLowerCase().lastIndexOf('</opml');
  if (close < 0 || !isBlankDocument(text.slice(text.indexOf('>', close) + 1 || text.length))) {
    return 'malformed OPML: no closing </opml> at the end (truncated?)';
  }
  if ($('opml > body').length === 0) return 'malformed OPML: no <body> in <opml>';
  return undefined;
}

/**
 * An OPML subscription list as `feeds.yaml` text (SPEC §4 `wirelog feeds import-opml`): one feed per
 * outline with an `xmlUrl`, id from its title, enclosing outlines and `category` as tags. A URL seen
 * before, a URL that is not http(s) and an outline that is neither a feed nor a folder are left out
 * and listed in `notes`. Outlines are walked with a queue: an OPML file may nest at will.
 */
export function opmlToFeedsYaml(opmlText: string): OpmlImport {
  // the parser's cost grows with the square of the nesting: folders past the cap are dropped, their feeds kept
  const $ = load(flattenNesting(opmlText), { xml: true });
  const problem = notOpml(opmlText, $);
  if (problem) return { ok: false, message: problem };
  const used = new Set<string>();
  const seenUrls = new Map<string, string>();
  const feeds: ImportedFeed[] = [];
  const notes: string[] = [];
  // depth-first in document order, with an explicit stack: an OPML file may nest at will
  const topLevel = $('opml > body').first().children('outline');
  const stack = [{ outlines: topLevel, next: 0, tags: [] as string[] }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const element = frame.outlines.get(frame.next++);
    if (!element) {
      stack.pop();
      continue;
    }
    const outline = $(element);
    const label = (outline.attr('title') ?? outline.attr('text') ?? '').trim();
    const xmlUrl = (outline.attr('xmlUrl') ?? outline.attr('xmlurl') ?? '').trim();
    const tags = [...new Set([...frame.tags, ...categoryTags(outline.attr('category'))])];
    const children = outline.children('outline');
    if (xmlUrl === '') {
      if (children.length === 0) notes.push(`skipped outline "${label.slice(0, 80)}": no xmlUrl`);
      const groupTag = slugify(label);
      stack.push({ outlines: children, next: 0, tags: groupTag ? [...tags, groupTag] : tags });
      continue;
    }
    const url = parseUrl(xmlUrl);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      notes.push(`skipped ${xmlUrl.slice(0, 200)}: not an http(s) URL`);
      continue;
    }
    const earlier = seenUrls.get(url.href);
    if (earlier) {
      notes.push(`skipped ${url.href}: already imported as ${earlier}`);
      continue;
    }
    const id = uniqueId(slugify(label, ID_BASE_LENGTH) || slugify(url.hostname, ID_BASE_LENGTH), used);
    seenUrls.set(url.href, id);
    feeds.push({ id, url: xmlUrl, ...(tags.length > 0 ? { tags } : {}) });
  }
  const doc = new Document({ feeds });
  const list = doc.get('feeds', true);
  for (const item of isSeq(list) ? list.items : []) {
    const tags = isMap(item) ? item.get('tags', true) : undefined;
    if (isSeq(tags)) tags.flow = true;
  }
  return { ok: true, yaml: doc.toString({ lineWidth: 0 }), notes };
}
