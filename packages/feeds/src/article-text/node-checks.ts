import { DIV_TO_P, HASH_URL, NEGATIVE, PHRASING, POSITIVE } from './content-patterns';
import { byTags, type DomElement, type DomNode, hasText, innerText, isElement, textOf } from './dom';

export function isPhrasing(node: DomNode): boolean {
  if (node.type === 'text') return true;
  if (!isElement(node)) return false;
  if (PHRASING.has(node.name)) return true;
  return (node.name === 'a' || node.name === 'del' || node.name === 'ins') && node.children.every(isPhrasing);
}

export function isWhitespace(node: DomNode): boolean {
  if (node.type === 'text') return textOf(node).trim().length === 0;
  return isElement(node) && node.name === 'br';
}

/** Exactly one element child, named `name`, and no text beside it. */
export function hasSingleTagInside(el: DomElement, name: string): boolean {
  const kids = el.children.filter(isElement);
  if (kids.length !== 1 || kids[0]?.name !== name) return false;
  return !el.children.some((n) => n.type === 'text' && /\S$/.test(n.data ?? ''));
}

export function isWithoutContent(el: DomElement): boolean {
  if (hasText(el)) return false;
  const kids = el.children.filter(isElement).length;
  return kids === 0 || kids === byTags(el, 'br').length + byTags(el, 'hr').length;
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
