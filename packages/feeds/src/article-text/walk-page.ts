import { MAYBE_CANDIDATE, TAGS_TO_SCORE, UNLIKELY_CANDIDATE, UNLIKELY_ROLES, BYLINE } from './content-patterns';
import {
  byTags,
  createElement,
  type DomElement,
  type DomNode,
  elementChildren,
  hasAncestorTag,
  kids,
  matchString,
  nextNode,
  remove,
  replaceWith,
  appendChild,
  textOf,
} from './dom';
import type { ExtractionContext } from './extraction-context';
import { hasChildBlock, hasSingleTagInside, isPhrasing, isProbablyVisible, isWhitespace, isWithoutContent, linkDensity, textSimilarity, trimTrailingWhitespace } from './node-checks';

const EMPTY_REMOVABLE = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function isByline(el: DomElement): boolean {
  if (el.attribs.rel !== 'author' && !(el.attribs.itemprop ?? '').includes('author') && !BYLINE.test(matchString(el))) return false;
  const length = textOf(el).trim().length;
  return length > 0 && length < 100;
}

function bylineText(el: DomElement): string {
  const end = nextNode(el, true);
  for (let next = nextNode(el); next && next !== end; next = nextNode(next)) {
    if ((next.attribs.itemprop ?? '').includes('name')) return textOf(next).trim();
  }
  return textOf(el).trim();
}

function removeAndNext(el: DomElement): DomElement | null {
  const next = nextNode(el, true);
  remove(el);
  return next;
}

/** Wraps runs of phrasing content directly inside a div into paragraphs. */
function wrapPhrasing(div: DomElement): void {
  let p: DomElement | null = null;
  for (let child: DomNode | null = kids(div)[0] ?? null; child; ) {
    const next: DomNode | null = child.next;
    if (isPhrasing(child)) {
      if (p) appendChild(p, child);
      else if (!isWhitespace(child)) {
        p = createElement('p');
        replaceWith(child, p);
        appendChild(p, child);
      }
    } else if (p) {
      trimTrailingWhitespace(p);
      p = null;
    }
    child = next;
  }
}

/**
 * One pass over the document: removes hidden, unlikely and empty nodes, the byline
 * and the heading repeating the title, turns text-only divs into paragraphs, and
 * returns the elements whose text will be scored.
 */
export function walkPage(start: DomElement, ctx: ExtractionContext): DomElement[] {
  const toScore: DomElement[] = [];
  let removeTitleHeader = true;
  let node: DomElement | null = start;
  while (node) {
    const match = matchString(node);
    if (!isProbablyVisible(node) || (node.attribs['aria-modal'] === 'true' && node.attribs.role === 'dialog')) {
      node = removeAndNext(node);
      continue;
    }
    if (!ctx.byline && isByline(node)) {
      ctx.byline = bylineText(node);
      node = removeAndNext(node);
      continue;
    }
    if (removeTitleHeader && (node.name === 'h1' || node.name === 'h2') && textSimilarity(ctx.title, textOf(node).trim()) > 0.75) {
      removeTitleHeader = false;
      node = removeAndNext(node);
      continue;
    }
    if (ctx.stripUnlikely) {
      const unlikely =
        UNLIKELY_CANDIDATE.test(match) &&
        !MAYBE_CANDIDATE.test(match) &&
        !hasAncestorTag(node, 'table') &&
        !hasAncestorTag(node, 'code') &&
        node.name !== 'body' &&
        node.name !== 'a' &&
        // MathML is content: widgets wrapping equations (MathJax's "CtxtMenu") are not menus.
        byTags(node, 'math').length === 0;
      if (unlikely || UNLIKELY_ROLES.has(node.attribs.role ?? '')) {
        node = removeAndNext(node);
        continue;
      }
    }
    if (EMPTY_REMOVABLE.has(node.name) && isWithoutContent(node)) {
      node = removeAndNext(node);
      continue;
    }
    if (TAGS_TO_SCORE.has(node.name)) toScore.push(node);
    if (node.name === 'div') {
      wrapPhrasing(node);
      const only = elementChildren(node)[0];
      if (only && hasSingleTagInside(node, 'p') && linkDensity(node) < 0.25) {
        replaceWith(node, only);
        node = only;
        toScore.push(node);
      } else if (!hasChildBlock(node)) {
        node.name = 'p';
        toScore.push(node);
      }
    }
    node = nextNode(node);
  }
  return toScore;
}
