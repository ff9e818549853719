import { KEEP_TAG_ON_MERGE } from './content-patterns';
import { ancestors, appendChild, createElement, type DomElement, type DomNode, elementChildren, innerText, isElement, moveChildren } from './dom';
import type { ExtractionContext } from './extraction-context';
import { linkDensity } from './node-checks';
import { initializeScore } from './score-candidates';

function score(el: DomElement, ctx: ExtractionContext): number {
  return ctx.scores.get(el) ?? 0;
}

function parentElement(el: DomElement): DomElement | null {
  return isElement(el.parent) ? el.parent : null;
}

/** Moves up when several near-best candidates share an ancestor, or when a parent scores higher. */
function refineTop(top: DomElement, others: DomElement[], ctx: ExtractionContext): DomElement {
  const close = others.filter((c) => score(c, ctx) / score(top, ctx) >= 0.75).map((c) => ancestors(c));
  if (close.length >= 3) {
    for (let parent = parentElement(top); parent && parent.name !== 'body'; parent = parentElement(parent)) {
      if (close.filter((lineage) => lineage.includes(parent as DomElement)).length >= 3) {
        top = parent;
        break;
      }
    }
  }
  if (!ctx.scores.has(top)) initializeScore(top, ctx);
  let lastScore = score(top, ctx);
  const threshold = lastScore / 3;
  for (let parent = parentElement(top); parent && parent.name !== 'body'; parent = parentElement(parent)) {
    if (!ctx.scores.has(parent)) continue;
    const parentScore = score(parent, ctx);
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }
  for (let parent = parentElement(top); parent && parent.name !== 'body' && elementChildren(parent).length === 1; parent = parentElement(parent)) {
    top = parent;
  }
  if (!ctx.scores.has(top)) initializeScore(top, ctx);
  return top;
}

function siblingBelongs(sibling: DomElement, top: DomElement, threshold: number, ctx: ExtractionContext): boolean {
  const topClass = top.attribs.class ?? '';
  const bonus = topClass !== '' && (sibling.attribs.class ?? '') === topClass ? score(top, ctx) * 0.2 : 0;
  if (ctx.scores.has(sibling) && score(sibling, ctx) + bonus >= threshold) return true;
  if (sibling.name !== 'p') return false;
  const density = linkDensity(sibling);
  const text = innerText(sibling);
  if (text.length > 80) return density < 0.25;
  return text.length > 0 && density === 0 && /\.( |$)/.test(text);
}

/**
 * Builds the article container: the best candidate plus the siblings that look
 * like part of it (preambles, content split by removed ads). Without a candidate,
 * the whole body.
 */
export function gatherArticle(body: DomElement, top: DomElement[], ctx: ExtractionContext): DomElement {
  const article = createElement('div');
  const best = top[0];
  if (!best || best.name === 'body') {
    moveChildren(body, article);
    appendChild(body, article);
    initializeScore(article, ctx);
    return article;
  }
  const chosen = refineTop(best, top.slice(1), ctx);
  const parent = chosen.parent;
  if (!parent) return article;
  const threshold = Math.max(10, score(chosen, ctx) * 0.2);
  const belongs = (node: DomNode): boolean => isElement(node) && (node === chosen || siblingBelongs(node, chosen, threshold, ctx));
  for (const sibling of moveChildren(parent, article, belongs) as DomElement[]) {
    if (!KEEP_TAG_ON_MERGE.has(sibling.name)) sibling.name = 'div';
  }
  return article;
}
