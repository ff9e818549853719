import { BOILERPLATE_CLASS, BOILERPLATE_HEADING, BOILERPLATE_TEXT, PHRASING } from './content-patterns';
import { byTags, type DomElement, type DomNode, type DomParent, innerText, isElement, kids, matchString, nextElementSibling, nextNode, remove } from './dom';

/** A banner or sign-up box is short; anything longer is taken for content. */
const MAX_CHARS = 700;
/** A notice without a button is shorter still. */
const MAX_NOTICE = 300;
/** How far above a button its box may start. */
const MAX_LEVELS = 5;
/** Pages with more controls than this are forms, not articles with a banner; the rest are left to scoring. */
const MAX_CONTROLS = 200;
const CONTROLS = new Set(['button', 'input', 'select', 'form']);
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
const LIST_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Characters of text under `el`, and how many of them are inside links, reading at most about `limit` characters. */
function sample(el: DomElement, limit: number): { chars: number; linked: number; text: string } {
  let text = '';
  let linked = 0;
  let visited = 0;
  const stack: Array<[DomNode, boolean]> = [[el, false]];
  while (stack.length > 0 && text.length <= limit && visited++ < 4 * limit) {
    const [node, inLink] = stack.pop() as [DomNode, boolean];
    if (node.type === 'text') {
      const data = (node.data ?? '').replace(/\s+/g, ' ');
      text += data;
      if (inLink) linked += data.length;
    } else if (isElement(node)) {
      // blocks separate words: "Get the briefing</h3><p>Sign up" must not read "briefingSign"
      if (!PHRASING.has(node.name)) text += ' ';
      const link = inLink || node.name === 'a' || node.name === 'button';
      for (let i = kids(node).length - 1; i >= 0; i--) stack.push([kids(node)[i] as DomNode, link]);
    }
  }
  return { chars: stack.length > 0 ? Infinity : text.length, linked, text };
}

/** The highest box above a control that is still short and reads like a consent banner or a newsletter sign-up. */
function bannerAbove(control: DomElement): DomElement | undefined {
  let found: DomElement | undefined;
  let el: DomParent | null = control.parent;
  for (let level = 0; level < MAX_LEVELS && isElement(el) && !CONTAINERS.has(el.name); level++, el = el.parent) {
    const { chars, text } = sample(el, MAX_CHARS);
    if (chars > MAX_CHARS) break;
    if (BOILERPLATE_TEXT.test(text)) found = el;
  }
  return found;
}

/** A short box (a list of other stories, not a page wrapper that opens with its menu) that is mostly links. */
const mostlyLinks = (el: DomElement): boolean => {
  const { chars, linked } = sample(el, 5 * MAX_CHARS);
  return chars <= 5 * MAX_CHARS && linked > 0.5 * chars;
};

/** A "Related stories" or "Most read" heading with the list of links it heads: their box, or the heading and the list. */
function linkListUnder(heading: DomElement): DomElement[] {
  const box = heading.parent;
  if (!isElement(box) || !BOILERPLATE_HEADING.test(sample(heading, 80).text.trim())) return [];
  if (!CONTAINERS.has(box.name) && mostlyLinks(box)) return [box];
  const list = nextElementSibling(heading);
  return list && mostlyLinks(list) ? [heading, list] : [];
}

/**
 * Removes what no article contains however a site names its classes: cookie and
 * consent banners and newsletter boxes (short text of that kind around a button or
 * form) and link lists under a "Related"/"Most read" heading.
 */
export function removeBoilerplate(root: DomParent): void {
  const controls = byTags(root, CONTROLS);
  const found = controls.length > MAX_CONTROLS ? [] : controls.map(bannerAbove);
  for (const heading of byTags(root, LIST_HEADINGS)) found.push(...linkListUnder(heading));
  for (const el of found) if (el) remove(el);
}

/**
 * Named like furniture (`cookie-banner`, `newsletter-signup`, `related-stories`) and
 * short or mostly links, or a short notice of that kind with a link. Never most of the
 * article: a body that happens to carry such a class is neither.
 */
function isBoilerplateBox(el: DomElement, articleChars: number): boolean {
  if (CONTAINERS.has(el.name) || PHRASING.has(el.name)) return false;
  if (BOILERPLATE_CLASS.test(matchString(el))) {
    const { chars } = sample(el, MAX_CHARS);
    return (chars <= MAX_CHARS && chars < articleChars / 2) || mostlyLinks(el);
  }
  // a notice with a link to act on, whatever its class: "We use cookies… Learn more"
  const { chars, text, linked } = sample(el, MAX_NOTICE);
  return chars <= MAX_NOTICE && linked > 0 && BOILERPLATE_TEXT.test(text);
}

/** Drops furniture boxes from the chosen content; done after scoring, so they do not change which block is chosen. */
export function removeBoilerplateBoxes(article: DomElement): void {
  const articleChars = innerText(article).length;
  const end = nextNode(article, true);
  for (let next = nextNode(article); next && next !== end; ) {
    if (isBoilerplateBox(next, articleChars)) {
      const after = nextNode(next, true);
      remove(next);
      next = after;
    } else next = nextNode(next);
  }
}
