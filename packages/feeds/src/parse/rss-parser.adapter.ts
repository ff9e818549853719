import Parser from 'rss-parser';
import type { XmlElement } from './xml-node';

/** One `<item>` or `<entry>` element as xml2js read it. */
export interface RawItem {
  element: XmlElement;
}

export interface RawFeed {
  title?: unknown;
  link?: unknown;
  items: RawItem[];
  /** The `<feed>` or `<channel>` element, for xml:base and fields rss-parser does not map. */
  element?: XmlElement;
}

/**
 * rss-parser's per-document methods, replaced on each instance. Its item mappers are not used at all:
 * they throw on an invalid Atom date (losing the whole feed) and compute text snippets with a regex
 * that is quadratic on content with many `<p` and no `>` (60 KB took 2.7 s). rss-parser still parses
 * the XML and finds the channel and items; items are mapped from their elements (xml-item.mapper.ts).
 */
interface RssParserInternals {
  parseItemAtom(entry: XmlElement): RawItem;
  parseItemRss(item: XmlElement, fields: unknown[]): RawItem;
  buildAtomFeed(document: { feed: XmlElement }): RawFeed;
  buildRSS(channel: XmlElement, items: XmlElement[] | undefined): RawFeed;
  buildRSS0_9(document: Record<string, unknown>): RawFeed;
  buildRSS1(document: Record<string, unknown>): RawFeed;
  buildRSS2(document: Record<string, unknown>): RawFeed;
}

const RSS_BUILDERS = ['buildRSS0_9', 'buildRSS1', 'buildRSS2'] as const;

function guarded<T>(run: () => T): T | Record<string, unknown> {
  try {
    return run();
  } catch {
    return {};
  }
}

function asArray(value: unknown): XmlElement[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? v : { _: String(v) })) : [];
}

function firstElement(value: unknown): XmlElement {
  return asArray(value)[0] ?? {};
}

function isolated(parser: Parser): Parser {
  const self = parser as unknown as RssParserInternals;
  const buildAtomFeed = self.buildAtomFeed.bind(parser);
  const buildRSS = self.buildRSS.bind(parser);
  self.parseItemAtom = (element) => ({ element });
  self.parseItemRss = (element) => ({ element });
  self.buildAtomFeed = (document) => {
    const element = typeof document.feed === 'object' ? document.feed : {};
    const feed = guarded(() => buildAtomFeed(document)) as Partial<RawFeed>;
    const items = feed.items ?? asArray(element['entry']).map((e) => self.parseItemAtom(e));
    return { ...feed, items, element };
  };
  self.buildRSS = (channel, items) => {
    const element = typeof channel === 'object' && channel !== null ? channel : {};
    const feed = guarded(() => buildRSS(element, items)) as Partial<RawFeed>;
    return { ...feed, items: feed.items ?? asArray(items).map((i) => self.parseItemRss(i, [])), element };
  };
  // A version-specific builder that trips over a missing <channel> still yields the items it can reach.
  for (const name of RSS_BUILDERS) {
    const build = self[name].bind(parser);
    self[name] = (document) => {
      try {
        return build(document);
      } catch {
        const root = firstElement([document['rdf:RDF'] ?? document['rss']]);
        const channel = firstElement(root['channel']);
        return self.buildRSS(channel, asArray(root['item'] ?? channel['item']));
      }
    };
  }
  return parser;
}

/** Parses feed XML with rss-parser; rejects with xml2js's error on XML that is not well-formed. */
export function parseWithRssParser(xml: string, tagName: (name: string) => string): Promise<RawFeed> {
  const parser = isolated(new Parser({ defaultRSS: 2, xml2js: { tagNameProcessors: [tagName] } }));
  return parser.parseString(xml) as unknown as Promise<RawFeed>;
}
