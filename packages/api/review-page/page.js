// What every part of the review page shares: its state, building elements, the status line.
// Feeds are hostile input: every string the API returns reaches the page as a text node or
// an attribute value, never as markup (review-page.unit.spec.ts holds every script to it).

export const KINDS = ['country', 'money', 'hardware', 'org', 'place', 'capacity', 'quantity'];
export const $ = (id) => document.getElementById(id);

export const state = {
  queue: [],
  /** The filters of the queue shown: its next page must be asked with them. */
  queueQuery: null,
  nextCursor: null,
  article: null,
  /** The article's stream version when it was read: sent as expectedVersion. */
  version: 0,
  selected: -1,
  /** Where the selected text lies in the article text, when it does. */
  selection: null,
  /** Compensating corrections, the latest last. */
  undo: [],
  suggestions: new Map(),
};

/** An element with text content and plain properties; children are nodes or strings (text nodes). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else node[name] = value;
  }
  node.append(...children);
  return node;
}

export const kindClass = (kind) => (KINDS.includes(kind) ? kind : 'other');

export function say(message, error = false) {
  $('status').textContent = message;
  $('status').classList.toggle('error', error);
}

/** `2026-03-10T09:00:00.000Z` as `2026-03-10 09:00 UTC`. */
export const instant = (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Tells the parts that follow the article (queue, add form) that it was shown again. */
export const ARTICLE_SHOWN = 'wirelog:article-shown';
