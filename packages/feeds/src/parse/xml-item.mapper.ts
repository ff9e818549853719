import type { FeedFormat, FeedItem } from './feed-item';
import { parseDate } from './parse-date';
import { plainText } from './plain-text';
import { resolveUrl } from './resolve-url';
import type { RawItem } from './rss-parser.adapter';
import { attr, children, firstText, markupOf, nonEmpty, type XmlElement } from './xml-node';

const DATE_FIELDS = [
  'pubDate', 'published', 'dc:date', 'issued', 'dcterms:issued', 'created', 'dcterms:created',
  'updated', 'modified', 'dcterms:modified', 'atom:updated', 'a10:updated',
];

/** Markup of the first non-empty child among `names`; Atom 0.3 may base64 it (`mode="base64"`). */
function content(element: XmlElement, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const node of children(element, name)) {
      const markup = markupOf(node).trim();
      const text = attr(node, 'mode') === 'base64' ? Buffer.from(markup, 'base64').toString('utf8').trim() : markup;
      if (text) return text;
    }
  }
  return undefined;
}

/** The page link of an Atom entry: `rel="alternate"` (the default), preferring HTML. */
function atomLink(element: XmlElement): string | undefined {
  const links = children(element, 'link').filter((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate');
  const html = links.find((link) => /html/i.test(attr(link, 'type') ?? 'text/html'));
  return attr(html ?? links[0], 'href') ?? nonEmpty(typeof links[0] === 'string' ? links[0] : undefined);
}

function rssLink(element: XmlElement, guid: string | undefined): string | undefined {
  const link = firstText(element, 'link') ?? atomLink({ link: element['atom:link'] });
  if (link) return link;
  const permalink = attr(children(element, 'guid')[0], 'isPermaLink') !== 'false';
  return permalink && guid && /^https?:\/\//i.test(guid) ? guid : undefined;
}

function author(element: XmlElement): string | undefined {
  const person = children(element, 'author')[0];
  const name = typeof person === 'object' ? firstText(person, 'name', 'email') : undefined;
  return name ?? firstText(element, 'dc:creator', 'author', 'itunes:author', 'dc:contributor');
}

function firstDate(element: XmlElement): string | undefined {
  for (const field of DATE_FIELDS) {
    const date = parseDate(firstText(element, field));
    if (date) return date;
  }
  return undefined;
}

/** Maps one item (or entry) element to a FeedItem; never throws. */
export function mapXmlItem({ element }: RawItem, format: FeedFormat, parentBase: string | undefined): FeedItem {
  const base = resolveUrl(attr(element, 'xml:base'), parentBase) ?? parentBase;
  const atom = format === 'atom';
  const guid = atom ? firstText(element, 'id') : (firstText(element, 'guid') ?? attr(element, 'rdf:about'));
  const link = atom ? atomLink(element) : rssLink(element, guid);
  const item: FeedItem = {
    guid,
    url: resolveUrl(link, base),
    title: plainText(atom ? content(element, 'title') : firstText(element, 'title', 'dc:title')),
    publishedAt: firstDate(element),
    author: plainText(author(element)),
    summary: atom ? content(element, 'summary') : content(element, 'description', 'dc:description'),
    contentHtml: content(element, atom ? 'content' : 'content:encoded'),
  };
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
}
