/** xml2js output: an element is a string (text only) or an object with `_` text, `$` attributes, children. */
export type XmlValue = string | XmlElement;
export interface XmlElement {
  _?: string;
  $?: Record<string, string>;
  [child: string]: unknown;
}

export function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function children(node: unknown, name: string): XmlValue[] {
  if (!isElement(node)) return [];
  const list = node[name];
  return Array.isArray(list) ? (list.filter((v) => typeof v === 'string' || isElement(v)) as XmlValue[]) : [];
}

export function attr(value: unknown, name: string): string | undefined {
  return isElement(value) ? value.$?.[name] : undefined;
}

/** All text inside a value, child elements included (for xhtml titles and the like). */
export function deepText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(deepText).join('');
  if (!isElement(value)) return '';
  return Object.entries(value)
    .filter(([key]) => key !== '$')
    .map(([, child]) => deepText(child))
    .join('');
}

/** Trimmed text of the first non-empty child among `names`. */
export function firstText(node: unknown, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const child of children(node, name)) {
      const text = deepText(child).trim();
      if (text) return text;
    }
  }
  return undefined;
}

export function nonEmpty(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function serialise(element: XmlElement, escapeText: boolean): string {
  const parts: string[] = element._ === undefined ? [] : [escapeText ? escapeXml(element._) : element._];
  for (const [name, list] of Object.entries(element)) {
    if (name === '$' || name === '_') continue;
    for (const child of Array.isArray(list) ? list : [list]) {
      const attributes = Object.entries(isElement(child) ? (child.$ ?? {}) : {})
        .map(([key, text]) => ` ${key}="${escapeXml(String(text))}"`)
        .join('');
      const inner = typeof child === 'string' ? escapeXml(child) : isElement(child) ? serialise(child, true) : '';
      parts.push(`<${name}${attributes}>${inner}</${name}>`);
    }
  }
  return parts.join('');
}

/**
 * An element's content as markup: its text if it has no child elements (escaped HTML arrives as text),
 * else the children serialised back (xhtml content, raw HTML in a description). xml2js keeps no order
 * between text and child elements, so mixed content comes out text first.
 */
export function markupOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!isElement(value)) return '';
  const hasChildren = Object.keys(value).some((key) => key !== '$' && key !== '_');
  return serialise(value, hasChildren);
}
