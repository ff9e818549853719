import { byTags, createElement, type DomElement, type DomNode, type DomParent, isElement, remove, replaceWith, appendChild } from './dom';
import { removeBoilerplate } from './page-boilerplate';
import { isPhrasing, trimTrailingWhitespace } from './node-checks';

const DROP = new Set(['script', 'noscript', 'style', 'template']);

/** Skips whitespace-only text and comments; returns the next element or meaningful text. */
function nextMeaningful(node: DomNode | null): DomNode | null {
  let next = node;
  while (next && !isElement(next) && /^\s*$/.test(next.data ?? '')) next = next.next;
  return next;
}

function isBr(node: DomNode | null): boolean {
  return isElement(node) && node.name === 'br';
}

/** Two or more <br> in a row become a paragraph break: <div>a<br><br>b</div> → <div>a<p>b</p></div>. */
function replaceBrs(root: DomParent): void {
  for (const br of byTags(root, 'br')) {
    if (!br.parent) continue;
    let next = br.next;
    let replaced = false;
    while ((next = nextMeaningful(next)) && isBr(next)) {
      replaced = true;
      const sibling: DomNode | null = next.next;
      remove(next);
      next = sibling;
    }
    if (!replaced) continue;
    const p = createElement('p');
    replaceWith(br, p);
    next = p.next;
    while (next) {
      if (isBr(next) && isBr(nextMeaningful(next.next))) break;
      if (!isPhrasing(next)) break;
      const sibling: DomNode | null = next.next;
      appendChild(p, next);
      next = sibling;
    }
    trimTrailingWhitespace(p);
    if (isElement(p.parent) && p.parent.name === 'p') p.parent.name = 'div';
  }
}

/** Drops scripts, styles and page furniture, turns <br> runs into paragraphs and <font> into <span>. */
export function preparePage(root: DomParent): void {
  for (const el of byTags(root, DROP)) remove(el);
  removeBoilerplate(root);
  const body = byTags(root, 'body')[0];
  if (body) replaceBrs(body);
  for (const font of byTags(root, 'font')) (font as DomElement).name = 'span';
}
