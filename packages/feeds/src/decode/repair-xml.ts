import { decodeHTMLStrict } from 'entities';
import { decodeAs } from './decode-body';
import { scanProlog } from './xml-prolog';

/** Code points XML 1.0 forbids anywhere, plus unpaired surrogates left by broken encoders. */
const ILLEGAL_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Starts of markup whose content is literal (entities inside must stay as they are), with its end. */
const LITERAL_START = /<!\[CDATA\[|<!--/g;
const LITERAL_END: Record<string, string> = { '<![CDATA[': ']]>', '<!--': '-->' };

function escapeForXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function repairNumeric(codePoint: number): string {
  // HTML (and many feed generators) treat &#128;..&#159; as windows-1252 bytes: smart quotes, dashes, €.
  if (codePoint >= 0x80 && codePoint <= 0x9f) return `&#${decodeAs(Uint8Array.of(codePoint), 'windows-1252').codePointAt(0)};`;
  return isXmlChar(codePoint) ? `&#${codePoint};` : '';
}

function repairEntity(reference: string, body: string | undefined): string {
  if (body === undefined) return '&amp;';
  if (body.startsWith('#x') || body.startsWith('#X')) return repairNumeric(Number.parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return repairNumeric(Number.parseInt(body.slice(1), 10));
  if (XML_ENTITIES.has(body)) return reference;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? `&amp;${body};` : escapeForXml(decoded);
}

function repairMarkup(text: string): string {
  return text.replace(/&(?:(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});)?/g, repairEntity);
}

/** Applies `repair` outside CDATA sections and comments; an unterminated one runs to the end. */
function outsideLiterals(text: string, repair: (markup: string) => string): string {
  const parts: string[] = [];
  let position = 0;
  LITERAL_START.lastIndex = 0;
  for (let start = LITERAL_START.exec(text); start; start = LITERAL_START.exec(text)) {
    const endIndex = text.indexOf(LITERAL_END[start[0]]!, start.index + start[0].length);
    const end = endIndex < 0 ? text.length : endIndex + LITERAL_END[start[0]]!.length;
    parts.push(repair(text.slice(position, start.index)), text.slice(start.index, end));
    position = end;
    LITERAL_START.lastIndex = end;
  }
  parts.push(repair(text.slice(position)));
  return parts.join('');
}

/** A DOCTYPE before the first element, internal subset included: its DTD is never loaded. */
function stripDoctype(text: string): string {
  const doctype = scanProlog(text).doctype;
  if (!doctype) return text;
  const [start, end] = doctype;
  return text.slice(0, start) + (end < 0 ? '' : text.slice(end));
}

/** The XML declaration without its `encoding`: the text is already decoded. */
function rewriteDeclaration(text: string): string {
  return text.replace(/^<\?xml\b[^>]*?\?>/, (decl) => decl.replace(/\s+encoding\s*=\s*("[^"]*"|'[^']*'|[^\s?]+)/i, ''));
}

/**
 * Makes decoded feed text acceptable to a strict XML parser without changing what it says: drops
 * whatever precedes the first markup, characters illegal in XML 1.0 and the DOCTYPE (its DTD is never
 * loaded), turns HTML-only named entities into characters and escapes stray `&`. CDATA sections and
 * comments are left alone.
 */
export function repairXml(text: string): string {
  const firstMarkup = text.indexOf('<');
  const body = firstMarkup > 0 ? text.slice(firstMarkup) : text.replace(/^\uFEFF/, '');
  const cleaned = stripDoctype(rewriteDeclaration(body.replace(ILLEGAL_XML_CHARS, '')));
  return outsideLiterals(cleaned, repairMarkup);
}
