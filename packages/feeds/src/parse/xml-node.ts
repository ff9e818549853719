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

/** The values inside an element or list, in order (`$` attributes excluded). */
function inner(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isElement(value)) return [];
  return Object.entries(value)
    .filter(([key]) => key !== '$')
    .map(([, child]) => child);
}

/** All text inside a value, child elements included (for xhtml titles and the like). Iterative: feeds nest at will. */
export function deepText(value: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') parts.push(node);
    else {
      const kids = inner(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return parts.join('');
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

/** Markup deeper than this is kept as its text: real feeds nest a few levels, hostile ones 100,000. */
const MAX_MARKUP_DEPTH = 64;

function startTag(name: string, child: unknown): string {
  const attributes = Object.entries(isElement(child) ? (child.$ ?? {}) : {})
    .map(([key, text]) => ` ${key}="${escapeXml(String(text))}"`)
    .join('');
  return `<${name}${attributes}>`;
}

/** Writes an element's content back as markup, with an explicit stack (closing tags are pushed as text). */
function serialise(root: XmlElement, escapeRootText: boolean): string {
  const parts: string[] = [];
  const stack: Array<string | { element: XmlElement; depth: number }> = [{ element: root, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop() as string | { element: XmlElement; depth: number };
    if (typeof next === 'string') {
      parts.push(next);
      continue;
    }
    const { element, depth } = next;
    if (element._ !== undefined) parts.push(depth > 0 || escapeRootText ? escapeXml(element._) : element._);
    const children = Object.entries(element).flatMap(([name, list]) =>
      name === '$' || name === '_' ? [] : (Array.isArray(list) ? list : [list]).map((child: unknown) => [name, child] as const),
    );
    for (let i = children.length - 1; i >= 0; i--) {
      const [name, child] = children[i] as readonly [string, unknown];
      stack.push(`</${name}>`);
      if (typeof child === 'string') stack.push(escapeXml(child));
      else if (isElement(child)) stack.push(depth + 1 >= MAX_MARKUP_DEPTH ? escapeXml(deepText(child)) : { element: child, depth: depth + 1 });
      stack.push(startTag(name, child));
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
