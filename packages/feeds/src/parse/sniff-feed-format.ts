import { isBlankDocument, scanProlog } from '../decode/xml-prolog';
import type { FeedFormat } from './feed-item';
import { FeedParseError } from './feed-parse.error';

export interface RootElement {
  /** Qualified name as written, e.g. `rdf:RDF`, `atom:feed`. */
  qname: string;
  /** The root's start tag, for its namespace declarations. */
  startTag: string;
}

/** The document element, skipping the prolog (declaration, processing instructions, comments, DOCTYPE). */
export function rootElement(xml: string): RootElement | undefined {
  const start = /^<([A-Za-z_][\w:.-]*)(?:\s[^>]*)?\/?>?/.exec(xml.slice(scanProlog(xml).end));
  return start ? { qname: start[1]!, startTag: start[0] } : undefined;
}

const FORMAT_BY_ROOT: Record<string, FeedFormat> = { rss: 'rss', rdf: 'rdf', feed: 'atom', channel: 'cdf' };

/** Which XML feed format a document is, from its root element; throws FeedParseError for anything else. */
export function sniffXmlFeed(xml: string): { format: FeedFormat; root: RootElement } {
  const root = rootElement(xml);
  if (!root) {
    const reason = isBlankDocument(xml) ? 'empty document' : 'no XML or JSON content';
    throw new FeedParseError(`not a feed: ${reason}`);
  }
  const local = (root.qname.split(':').pop() ?? '').toLowerCase();
  const format = FORMAT_BY_ROOT[local];
  if (format) return { format, root };
  if (local === 'html' || local === 'body' || local === 'head') throw new FeedParseError('not a feed: HTML document');
  if (local === 'opml') throw new FeedParseError('not a feed: OPML subscription list');
  const name = root.qname.length > 64 ? `${root.qname.slice(0, 64)}…` : root.qname;
  throw new FeedParseError(`not a feed: XML document with root <${name}>`);
}
