import type { FeedFormat, FeedItem } from './feed-item';
import { parseDate } from './parse-date';
import { plainText } from './plain-text';
import { resolveUrl } from './resolve-url';
import type { RawItem } from './rss-parser.adapter';
import { attr, children, deepText, firstText, nonEmpty, type XmlElement } from './xml-node';

const DATE_FIELDS = [
  'pubDate', 'published', 'dc:date', 'issued', 'dcterms:issued', 'created', 'dcterms:created',
  'updated', 'modified', 'dcterms:modified', 'atom:updated', 'a10:updated', 'lastBuildDate',
];

/** Atom text constructs: rss-parser's rendering (it keeps xhtml markup), else base64 (Atom 0.3) or text. */
function atomText(element: XmlElement, name: string, rendered: unknown): string | undefined {
  const node = children(element, name)[0];
  if (node === undefined) return undefined;
  const text = deepText(node).trim();
  if (attr(node, 'mode') === 'base64') return nonEmpty(Buffer.from(text, 'base64').toString('utf8'));
  return nonEmpty(rendered) ?? nonEmpty(text);
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

/** Maps one rss-parser item plus its XML element to a FeedItem; never throws. */
export function mapXmlItem(raw: RawItem, format: FeedFormat, parentBase: string | undefined): FeedItem {
  const { parsed, element } = raw;
  const base = resolveUrl(attr(element, 'xml:base'), parentBase) ?? parentBase;
  const atom = format === 'atom';
  const guid = atom ? firstText(element, 'id') : (firstText(element, 'guid') ?? attr(element, 'rdf:about'));
  const link = atom ? atomLink(element) : rssLink(element, guid);
  const item: FeedItem = {
    guid,
    url: resolveUrl(link, base),
    title: plainText(atom ? atomText(element, 'title', undefined) : firstText(element, 'title', 'dc:title')),
    publishedAt: firstDate(element),
    author: plainText(author(element)),
    summary: atom
      ? atomText(element, 'summary', parsed['summary'])
      : (nonEmpty(parsed['content']) ?? firstText(element, 'description')),
    contentHtml: atom
      ? atomText(element, 'content', parsed['content'])
      : (nonEmpty(parsed['content:encoded']) ?? firstText(element, 'content:encoded')),
  };
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
}
