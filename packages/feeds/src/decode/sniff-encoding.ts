import { isUnicodeWide, resolveEncoding } from './encoding-label';

/** Byte order marks, longest first (UTF-32 LE starts like UTF-16 LE). */
const BOMS: Array<[number[], string]> = [
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** `<?xml` (or any `<`) as the first character in a wide encoding, per XML 1.0 appendix F. */
const WIDE_PATTERNS: Array<[number[], string]> = [
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be'],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

export function sniffBom(bytes: Uint8Array): string | undefined {
  return BOMS.find(([prefix]) => startsWith(bytes, prefix))?.[1];
}

export function sniffWideEncoding(bytes: Uint8Array): string | undefined {
  return WIDE_PATTERNS.find(([prefix]) => startsWith(bytes, prefix))?.[1];
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;\s]+)/i.exec(contentType ?? '');
  return match?.[1];
}

/** How far to look for a `<meta>` charset: pages put long scripts and styles before it. */
const HTML_SNIFF_BYTES = 16 * 1024;

/** A `<meta>` charset counts only in HTML, not in HTML pages quoted inside a feed's CDATA. */
function htmlMetaCharset(head: string): string | undefined {
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(head);
  if (!meta) return undefined;
  const before = head.slice(0, meta.index);
  return /<(?:rss|feed|rdf:RDF|CHANNEL)[\s>]/i.test(before) ? undefined : meta[1];
}

/**
 * The charset a document declares about itself: the XML declaration (first 1024 bytes), else an HTML
 * `<meta charset>` or `<meta http-equiv="content-type">`. A declaration read through ASCII cannot
 * truly name a UTF-16/32 encoding, so such a label is ignored.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, HTML_SNIFF_BYTES));
  const xmlDecl = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']?([^"'\s?>]+)/i.exec(head.slice(0, 1024));
  const encoding = resolveEncoding(xmlDecl?.[1] ?? htmlMetaCharset(head));
  return encoding && !isUnicodeWide(encoding) ? encoding : undefined;
}
