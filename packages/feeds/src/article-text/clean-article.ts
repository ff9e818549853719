import { AD_WORDS, DIV_TO_P, HEADINGS, LOADING_WORDS, SHARE_ELEMENT, VIDEO } from './content-patterns';
import { byTags, type DomElement, elementChildren, hasAncestorTag, innerText, matchString, nextNode, remove, textOf } from './dom';
import type { ExtractionContext } from './extraction-context';
import { findDataTables } from './data-tables';
import { removeBoilerplateBoxes } from './page-boilerplate';
import { classWeight, linkDensity, textDensity } from './node-checks';

const EMBEDS = new Set(['object', 'embed', 'iframe']);
const PLACEHOLDER_HOSTS = new Set(['p', 'div', 'span', 'aside', 'section', 'figure']);
const LISTS = new Set(['ul', 'ol']);
const TEXTISH = new Set(['span', 'li', 'td', ...DIV_TO_P]);

function isVideo(el: DomElement): boolean {
  return Object.values(el.attribs).some((v) => VIDEO.test(v));
}

function removeAll(root: DomElement, name: string): void {
  for (const el of byTags(root, name)) if (!(EMBEDS.has(name) && isVideo(el))) remove(el);
}

/** Readability's "fishy" test: few commas plus too many images, links, inputs or embeds for the text. */
function looksFishy(node: DomElement, tag: string, ctx: ExtractionContext): boolean {
  const isDataTable = (t: DomElement): boolean => ctx.dataTables.has(t);
  let isList = tag === 'ul' || tag === 'ol';
  if (!isList) {
    const listLength = byTags(node, LISTS).reduce((sum, list) => sum + innerText(list).length, 0);
    isList = listLength / innerText(node).length > 0.9;
  }
  if (tag === 'table' && isDataTable(node)) return false;
  if (hasAncestorTag(node, 'table', -1, isDataTable) || hasAncestorTag(node, 'code')) return false;
  if (byTags(node, 'table').some(isDataTable)) return false;
  const weight = ctx.weightClasses ? classWeight(node) : 0;
  if (weight < 0) return true;
  if (innerText(node).split(',').length - 1 >= 10) return false;
  const p = byTags(node, 'p').length;
  const img = byTags(node, 'img').length;
  const li = byTags(node, 'li').length - 100;
  const input = byTags(node, 'input').length;
  const headingDensity = textDensity(node, HEADINGS);
  const embeds = byTags(node, EMBEDS);
  if (embeds.some((e) => isVideo(e) || (e.name === 'object' && VIDEO.test(textOf(e))))) return false;
  const text = innerText(node);
  if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;
  const length = text.length;
  const density = linkDensity(node);
  const figureChild = hasAncestorTag(node, 'figure');
  const remove =
    (!figureChild && img > 1 && p / img < 0.5) ||
    (!isList && li > p) ||
    input > Math.floor(p / 3) ||
    (!isList && !figureChild && headingDensity < 0.9 && length < 25 && (img === 0 || img > 2) && density > 0) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (embeds.length === 1 && length < 75) ||
    embeds.length > 1 ||
    (img === 0 && textDensity(node, TEXTISH) === 0);
  if (isList && remove) {
    // A plain list of images may stay.
    if (elementChildren(node).some((child) => elementChildren(child).length > 1)) return true;
    return img !== byTags(node, 'li').length;
  }
  return remove;
}

function cleanConditionally(root: DomElement, tag: string, ctx: ExtractionContext): void {
  if (!ctx.cleanConditionally) return;
  for (const node of byTags(root, tag).reverse()) if (node.parent && looksFishy(node, tag, ctx)) remove(node);
}

function removeShareBlocks(article: DomElement): void {
  for (const top of elementChildren(article)) {
    const end = nextNode(top, true);
    for (let next = nextNode(top); next && next !== end; ) {
      if (SHARE_ELEMENT.test(matchString(next)) && textOf(next).length < 500) {
        const after = nextNode(next, true);
        remove(next);
        next = after;
      } else next = nextNode(next);
    }
  }
}

/** Removes forms, embeds, asides, share widgets, page furniture and fishy blocks from the gathered article. */
export function cleanArticle(article: DomElement, ctx: ExtractionContext): void {
  ctx.dataTables = findDataTables(article);
  cleanConditionally(article, 'form', ctx);
  cleanConditionally(article, 'fieldset', ctx);
  for (const tag of ['object', 'embed', 'footer', 'link', 'aside']) removeAll(article, tag);
  removeShareBlocks(article);
  removeBoilerplateBoxes(article);
  for (const tag of ['iframe', 'input', 'textarea', 'select', 'button']) removeAll(article, tag);
  for (const h of byTags(article, new Set(['h1', 'h2']))) if (ctx.weightClasses && classWeight(h) < 0) remove(h);
  cleanConditionally(article, 'table', ctx);
  cleanConditionally(article, 'ul', ctx);
  cleanConditionally(article, 'div', ctx);
  // A block saying only "Advertisement" or "Loading…" is a placeholder, whatever its tag.
  for (const el of byTags(article, PLACEHOLDER_HOSTS).reverse()) {
    if (el.parent && byTags(el, PLACEHOLDER_HOSTS).length === 0 && (AD_WORDS.test(innerText(el)) || LOADING_WORDS.test(innerText(el)))) remove(el);
  }
  for (const p of byTags(article, 'p')) {
    if (byTags(p, new Set(['img', 'embed', 'object', 'iframe'])).length === 0 && !textOf(p).trim()) remove(p);
  }
}
