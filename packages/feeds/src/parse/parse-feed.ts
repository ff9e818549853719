import { storable } from '@wirelog/events';
import { decodeBody } from '../decode/decode-body';
import { repairXml } from '../decode/repair-xml';
import type { ParsedFeed } from './feed-item';
import { FeedParseError } from './feed-parse.error';
import { parseJsonFeed } from './parse-json-feed';
import { parseXmlFeed } from './parse-xml-feed';
import { sniffXmlFeed } from './sniff-feed-format';

export interface ParseFeedOptions {
  /** The HTTP Content-Type header, for its charset. */
  contentType?: string;
  /** The feed's own URL: base for relative links when the feed gives none. */
  url?: string;
}

/**
 * Bytes of a feed to its items. The format is read from the content, never the file name or type.
 * Rejects only with FeedParseError (never retryable): an unreadable date or item costs that field or
 * that item, never the feed. Every string is storable: a JSON feed can spell NUL and lone surrogates
 * as escapes the decoded body did not have.
 */
export async function parseFeed(bytes: Uint8Array, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
  return storable(await parseAny(bytes, options));
}

async function parseAny(bytes: Uint8Array, options: ParseFeedOptions): Promise<ParsedFeed> {
  try {
    const { text } = decodeBody(bytes, options.contentType);
    const start = text.replace(/^[\uFEFF\s]+/, '');
    if (start.startsWith('{') || start.startsWith('[')) return parseJsonFeed(start, options.url);
    const xml = repairXml(text);
    const { format, root } = sniffXmlFeed(xml);
    return await parseXmlFeed(xml, format, root, options.url);
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    throw new FeedParseError(`unexpected parser failure: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
