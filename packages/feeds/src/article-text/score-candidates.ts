import { COMMAS } from './content-patterns';
import { ancestors, type DomElement, innerText, isElement } from './dom';
import type { ExtractionContext } from './extraction-context';
import { classWeight, linkDensity } from './node-checks';

const TAG_SCORE: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

export function initializeScore(el: DomElement, ctx: ExtractionContext): number {
  const score = (TAG_SCORE[el.name] ?? 0) + (ctx.weightClasses ? classWeight(el) : 0);
  ctx.scores.set(el, score);
  return score;
}

/**
 * Scores each paragraph-like element by length and commas and credits its
 * ancestors (the parent fully, the grandparent half, further ones less), then
 * scales every candidate down by its link density. Returns the best five.
 */
export function scoreCandidates(toScore: DomElement[], ctx: ExtractionContext): DomElement[] {
  const candidates: DomElement[] = [];
  for (const el of toScore) {
    if (!isElement(el.parent)) continue;
    const text = innerText(el);
    if (text.length < 25) continue;
    const lineage = ancestors(el, 5);
    if (lineage.length === 0) continue;
    const score = 1 + text.split(COMMAS).length + Math.min(Math.floor(text.length / 100), 3);
    lineage.forEach((ancestor, level) => {
      if (!isElement(ancestor.parent)) return;
      if (!ctx.scores.has(ancestor)) {
        initializeScore(ancestor, ctx);
        candidates.push(ancestor);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      ctx.scores.set(ancestor, (ctx.scores.get(ancestor) ?? 0) + score / divider);
    });
  }
  const top: DomElement[] = [];
  for (const candidate of candidates) {
    const score = (ctx.scores.get(candidate) ?? 0) * (1 - linkDensity(candidate));
    ctx.scores.set(candidate, score);
    const at = top.findIndex((t) => score > (ctx.scores.get(t) ?? 0));
    if (at >= 0) top.splice(at, 0, candidate);
    else if (top.length < 5) top.push(candidate);
    if (top.length > 5) top.pop();
  }
  return top;
}
