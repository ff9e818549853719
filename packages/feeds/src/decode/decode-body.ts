import { storableText } from '@wirelog/events';
import iconv from 'iconv-lite';
import { isUnicodeWide, resolveEncoding } from './encoding-label';
import { charsetFromContentType, declaredCharset, sniffBom, sniffWideEncoding } from './sniff-encoding';

export interface DecodedBody {
  text: string;
  /** Canonical WHATWG name of the encoding used (`utf-8`, `windows-1252`, `utf-32le`...). */
  encoding: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

/**
 * Node's TextDecoder decodes windows-1252 as ISO-8859-1 (0x80 becomes U+0080, not €), and lacks
 * UTF-32, so everything but UTF-8/16 goes through iconv-lite when it knows the encoding.
 */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (!encoding.startsWith('utf-8') && !encoding.startsWith('utf-16') && iconv.encodingExists(encoding)) {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  }
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * C1 control characters never appear in real text; they are windows-1252 punctuation (smart quotes,
 * dashes, €) that went through a Latin-1 or UTF-8 encoder, so they are mapped back as browsers do.
 */
function demoronize(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = iconv.decode(Buffer.of(c.charCodeAt(0)), 'windows-1252');
    return mapped === '\ufffd' ? c : mapped;
  });
}

/** The charset a label claims, unless the bytes prove it wrong. */
function trustLabel(bytes: Uint8Array, labelled: string): string {
  // Valid UTF-8 with multi-byte sequences is almost never legacy-encoded text by accident: servers
  // and templates often mislabel UTF-8 as ISO-8859-1 or windows-1252.
  if (labelled !== 'utf-8' && !isUnicodeWide(labelled) && hasHighBytes(bytes) && isValidUtf8(bytes)) return 'utf-8';
  return labelled;
}

/**
 * Bytes of a feed or page to text. Charset priority: byte order mark, UTF-16/32 shape of `<?xml`,
 * HTTP Content-Type charset, XML declaration or HTML meta, then UTF-8 if the bytes are valid UTF-8,
 * else windows-1252 (what browsers assume for unlabelled legacy text). Never throws. NUL and lone
 * surrogates (PostgreSQL stores neither) come out as U+FFFD: text is made storable once, here.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string): DecodedBody {
  const { text, encoding } = detectAndDecode(bytes, contentType);
  return { text: storableText(demoronize(text)), encoding };
}

function detectAndDecode(bytes: Uint8Array, contentType: string | undefined): DecodedBody {
  const bom = sniffBom(bytes) ?? sniffWideEncoding(bytes);
  if (bom) return { text: decodeAs(bytes, bom), encoding: bom };
  const labelled = resolveEncoding(charsetFromContentType(contentType)) ?? declaredCharset(bytes);
  // A wide label on bytes without a wide shape is a lie told through an ASCII-compatible encoding.
  if (labelled && !isUnicodeWide(labelled)) {
    const encoding = trustLabel(bytes, labelled);
    return { text: decodeAs(bytes, encoding), encoding };
  }
  if (labelled && bytes.includes(0)) return { text: decodeAs(bytes, labelled), encoding: labelled };
  const encoding = isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
  return { text: decodeAs(bytes, encoding), encoding };
}
