import { DIV_TO_P, HASH_URL, NEGATIVE, PHRASING, POSITIVE } from './content-patterns';
import { byTags, type DomElement, type DomNode, type DomParent, hasText, innerText, isElement, kids, remove, textOf } from './dom';

export function isPhrasing(node: DomNode): boolean {
  if (node.type === 'text') return true;
  if (!isElement(node)) return false;
  if (PHRASING.has(node.name)) return true;
  return (node.name === 'a' || node.name === 'del' || node.name === 'ins') && kids(node).every(isPhrasing);
}

export function isWhitespace(node: DomNode): boolean {
  if (node.type === 'text') return textOf(node).trim().length === 0;
  return isElement(node) && node.name === 'br';
}

/** Exactly one element child, named `name`, and no text beside it. */
export function hasSingleTagInside(el: DomElement, name: string): boolean {
  const elements = kids(el).filter(isElement);
  if (elements.length !== 1 || elements[0]?.name !== name) return false;
  return !kids(el).some((n) => n.type === 'text' && /\S$/.test(n.data ?? ''));
}

export function isWithoutContent(el: DomElement): boolean {
  if (hasText(el)) return false;
  const elements = kids(el).filter(isElement).length;
  return elements === 0 || elements === byTags(el, 'br').length + byTags(el, 'hr').length;
}

export function hasChildBlock(el: DomElement): boolean {
  return byTags(el, DIV_TO_P).length > 0;
}

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;
const VISIBILITY_HIDDEN = /(?:^|;)\s*visibility\s*:\s*hidden\b/i;

export function isProbablyVisible(el: DomElement): boolean {
  const style = el.attribs.style ?? '';
  if (DISPLAY_NONE.test(style) || VISIBILITY_HIDDEN.test(style)) return false;
  if ('hidden' in el.attribs) return false;
  // Wikimedia marks its math fallback images aria-hidden, yet they carry the formula.
  return el.attribs['aria-hidden'] !== 'true' || (el.attribs.class ?? '').includes('fallback-image');
}

export function classWeight(el: DomElement): number {
  let weight = 0;
  for (const value of [el.attribs.class, el.attribs.id]) {
    if (!value) continue;
    if (NEGATIVE.test(value)) weight -= 25;
    if (POSITIVE.test(value)) weight += 25;
  }
  return weight;
}

/** Share of the text inside links; in-page (#) links count for less. */
export function linkDensity(el: DomElement): number {
  const length = innerText(el).length;
  if (length === 0) return 0;
  let linked = 0;
  for (const a of byTags(el, 'a')) {
    const href = a.attribs.href;
    linked += innerText(a).length * (href && HASH_URL.test(href) ? 0.3 : 1);
  }
  return linked / length;
}

export function textDensity(el: DomElement, names: ReadonlySet<string>): number {
  const length = innerText(el).length;
  if (length === 0) return 0;
  let inside = 0;
  for (const child of byTags(el, names)) inside += innerText(child).length;
  return inside / length;
}

/** Readability's word-overlap similarity: 1 when every word of `b` also appears in `a`. */
export function textSimilarity(a: string, b: string): number {
  const tokensA = a.toLowerCase().split(/\W+/g).filter(Boolean);
  const tokensB = b.toLowerCase().split(/\W+/g).filter(Boolean);
  if (tokensA.length === 0 || tokensB.length === 0) return 0;
  const inA = new Set(tokensA);
  const unique = tokensB.filter((t) => !inA.has(t));
  return 1 - unique.join(' ').length / tokensB.join(' ').length;
}

/** Drops whitespace-only text at the end of `parent`. */
export function trimTrailingWhitespace(parent: DomParent): void {
  let last = kids(parent).at(-1);
  while (last && isWhitespace(last)) {
    const previous: DomNode | null = last.prev;
    remove(last);
    last = previous ?? undefined;
  }
}
