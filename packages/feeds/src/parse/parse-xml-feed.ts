import { load } from 'cheerio';
import { boundTree } from '../article-text/bound-tree';
import { capNesting } from '../article-text/cap-nesting';
import type { DomParent } from '../article-text/dom';
import { canonicalTagNames } from './canonical-tag-names';
import type { FeedFormat, ParsedFeed } from './feed-item';
import { FeedParseError } from './feed-parse.error';
import { parseCdf } from './parse-cdf';
import { plainText } from './plain-text';
import { resolveUrl } from './resolve-url';
import { parseWithRssParser, type RawFeed } from './rss-parser.adapter';
import type { RootElement } from './sniff-feed-format';
import { attr, firstText, nonEmpty } from './xml-node';
import { mapXmlItem } from './xml-item.mapper';

/** sax reports `message\nLine: n\nColumn: n\nChar: c`, lines counted from 0. */
function syntaxReason(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  return match ? `XML syntax error at line ${Number(match[2]) + 1}: ${match[1]}` : undefined;
}

/**
 * Re-serialises through a forgiving parser: closes open elements, quotes attributes, drops stray `<`.
 * That parser's cost grows with the square of the nesting, so the document is cut where it nests
 * absurdly deep; its serialiser recurses, so whatever nests deeper than real feeds is flattened to text.
 */
function recoverXml(xml: string): string {
  const $ = load(capNesting(xml), { xml: true });
  boundTree($.root()[0] as unknown as DomParent);
  return $.xml();
}

async function readStrictThenLenient(xml: string, root: RootElement): Promise<{ raw: RawFeed; recoveredFrom?: string }> {
  const tagName = canonicalTagNames(root);
  try {
    return { raw: await parseWithRssParser(xml, tagName) };
  } catch (error) {
    const reason = syntaxReason(error);
    if (!reason) throw error;
    try {
      return { raw: await parseWithRssParser(recoverXml(xml), tagName), recoveredFrom: reason };
    } catch {
      throw new FeedParseError(reason, { cause: error });
    }
  }
}

/** xml:base on the root's start tag (`<rss xml:base="…">`): rss-parser hands over only the channel. */
function rootBase(root: RootElement): string | undefined {
  return /\sxml:base\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(root.startTag)?.slice(1).find((v) => v !== undefined);
}

function mapFeed(raw: RawFeed, format: FeedFormat, root: RootElement, feedUrl: string | undefined): ParsedFeed {
  const element = raw.element ?? {};
  const link = resolveUrl(nonEmpty(raw.link) ?? firstText(element, 'link'), feedUrl);
  // relative item links resolve against xml:base (channel, then root), then the feed's own URL: the
  // channel's <link> names the site, and a local feed's pages are not on it
  const documentBase = resolveUrl(rootBase(root), feedUrl) ?? feedUrl;
  const base = resolveUrl(attr(element, 'xml:base'), documentBase) ?? documentBase;
  const title = plainText(nonEmpty(raw.title) ?? firstText(element, 'title'));
  const items = raw.items.map((item) => mapXmlItem(item, format, base));
  return { format, ...(title ? { title } : {}), ...(link ? { link } : {}), items };
}

/** RSS, RDF and Atom through rss-parser (CDF through cheerio), after decoding and repair. */
export async function parseXmlFeed(xml: string, format: FeedFormat, root: RootElement, feedUrl?: string): Promise<ParsedFeed> {
  if (format === 'cdf') return parseCdf(xml, feedUrl);
  try {
    const { raw, recoveredFrom } = await readStrictThenLenient(xml, root);
    const feed = mapFeed(raw, format, root, feedUrl);
    return recoveredFrom ? { ...feed, recoveredFrom } : feed;
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // rss-parser refuses an empty <rss/> or <rdf:RDF/>: a feed with nothing in it yet, not an error.
    if (/not recognized/i.test(message)) return { format, items: [] };
    throw new FeedParseError(`unreadable ${format} feed: ${message}`, { cause: error });
  }
}
