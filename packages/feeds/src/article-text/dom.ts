/**
 * The node shape cheerio parses HTML into (domhandler's), reduced to what the
 * extractor reads and mutates, with small DOM-like helpers over it. Traversals
 * are iterative: hostile pages nest tens of thousands of elements deep.
 */
export interface DomNode {
  type: string;
  parent: DomParent | null;
  prev: DomNode | null;
  next: DomNode | null;
  data?: string;
}

export interface DomParent extends DomNode {
  children: DomNode[];
}

export interface DomElement extends DomParent {
  name: string;
  attribs: Record<string, string>;
}

export function isElement(node: DomNode | null | undefined): node is DomElement {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

export function isText(node: DomNode): boolean {
  return node.type === 'text';
}

export function createElement(name: string): DomElement {
  return { type: 'tag', name, attribs: {}, children: [], parent: null, prev: null, next: null };
}

export function attr(el: DomElement, name: string): string | undefined {
  return el.attribs[name];
}

/** `className + " " + id`, the string Readability's patterns test. */
export function matchString(el: DomElement): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
}

/*
 * Removing or inserting a child by array splice shifts every later sibling:
 * quadratic on pages with tens of thousands of siblings (runs of <br>, hidden
 * widgets). So edits go through the sibling links only, in O(1), and a
 * parent's `children` array is rebuilt from its links the next time it is
 * read through `kids`. Code here reads children only through `kids`.
 */
interface Ends {
  head: DomNode | null;
  tail: DomNode | null;
}
const edited = new WeakMap<DomParent, Ends>();

/** The parent's children, in order (rebuilt from the sibling links after edits). */
export function kids(parent: DomParent): DomNode[] {
  const ends = edited.get(parent);
  if (ends) {
    const children: DomNode[] = [];
    for (let node = ends.head; node; node = node.next) children.push(node);
    parent.children = children;
    edited.delete(parent);
  }
  return parent.children;
}

/** The parent's first and last child, tracked from its first edit on. */
function endsOf(parent: DomParent): Ends {
  let ends = edited.get(parent);
  if (!ends) edited.set(parent, (ends = { head: parent.children[0] ?? null, tail: parent.children[parent.children.length - 1] ?? null }));
  return ends;
}

export function elementChildren(el: DomParent): DomElement[] {
  return kids(el).filter(isElement);
}

/** textContent: every text and CDATA descendant, comments excluded. */
export function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  let out = '';
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as DomNode;
    if (current.type === 'text') out += current.data ?? '';
    else if (current.type !== 'comment' && 'children' in current) {
      const children = kids(current as DomParent);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
    }
  }
  return out;
}

/** Whether any descendant text is more than whitespace; stops at the first. */
export function hasText(node: DomNode): boolean {
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as DomNode;
    if (current.type === 'text') {
      if (/\S/.test(current.data ?? '')) return true;
    } else if (current.type !== 'comment' && 'children' in current) for (const child of kids(current as DomParent)) stack.push(child);
  }
  return false;
}

/** Trimmed text with runs of whitespace collapsed, as Readability measures it. */
export function innerText(node: DomNode): string {
  return textOf(node).trim().replace(/\s{2,}/g, ' ');
}

/** Descendant elements with one of the names, in document order. */
export function byTags(root: DomParent, names: ReadonlySet<string> | string): DomElement[] {
  const wanted = typeof names === 'string' ? new Set([names]) : names;
  const out: DomElement[] = [];
  const stack: DomNode[] = [...kids(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    if (wanted.has(node.name)) out.push(node);
    const children = kids(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
  return out;
}

export function remove(node: DomNode): void {
  const parent = node.parent;
  if (!parent) return;
  const ends = endsOf(parent);
  if (ends.head === node) ends.head = node.next;
  if (ends.tail === node) ends.tail = node.prev;
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = node.prev = node.next = null;
}

/** Inserts `node` into `parent` before `before` (a child of `parent`, or null for the end), detaching it first. */
export function insertBefore(parent: DomParent, node: DomNode, before: DomNode | null): void {
  remove(node);
  const ends = endsOf(parent);
  const after = before ? before.prev : ends.tail;
  node.parent = parent;
  node.prev = after;
  node.next = before;
  if (after) after.next = node;
  else ends.head = node;
  if (before) before.prev = node;
  else ends.tail = node;
}

/** Makes `children` the parent's children, in that order. */
export function setChildren(parent: DomParent, children: DomNode[]): void {
  edited.delete(parent);
  parent.children = children;
  children.forEach((child, i) => {
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  });
}

/**
 * Moves the children of `from` that `pick` accepts to the end of `to`, in order, in one
 * pass; returns them. One by one, each removal shifted the array: quadratic on wide pages.
 */
export function moveChildren(from: DomParent, to: DomParent, pick: (node: DomNode) => boolean = () => true): DomNode[] {
  const kept: DomNode[] = [];
  const moved: DomNode[] = [];
  for (const child of kids(from)) (pick(child) ? moved : kept).push(child);
  setChildren(from, kept);
  setChildren(to, [...kids(to), ...moved]);
  return moved;
}

export function appendChild(parent: DomParent, node: DomNode): void {
  insertBefore(parent, node, null);
}

export function replaceWith(old: DomNode, replacement: DomNode): void {
  const parent = old.parent;
  if (!parent) return;
  insertBefore(parent, replacement, old);
  remove(old);
}

export function nextElementSibling(node: DomNode): DomElement | null {
  let next = node.next;
  while (next && !isElement(next)) next = next.next;
  return next;
}

/** Depth-first successor; with `skipChildren`, the successor once `node`'s subtree is gone. */
export function nextNode(node: DomElement, skipChildren = false): DomElement | null {
  if (!skipChildren) {
    const ends = edited.get(node);
    let first = ends ? ends.head : (node.children[0] ?? null);
    while (first && !isElement(first)) first = first.next;
    if (first) return first;
  }
  let current: DomNode | null = node;
  while (current) {
    const sibling = nextElementSibling(current);
    if (sibling) return sibling;
    current = current.parent;
  }
  return null;
}

export function ancestors(node: DomNode, maxDepth = 0): DomElement[] {
  const out: DomElement[] = [];
  let current = node.parent;
  while (current && isElement(current)) {
    out.push(current);
    if (maxDepth && out.length === maxDepth) break;
    current = current.parent;
  }
  return out;
}

export function hasAncestorTag(node: DomNode, name: string, maxDepth = 3, accept?: (el: DomElement) => boolean): boolean {
  let depth = 0;
  let current = node.parent;
  while (current) {
    if (maxDepth > 0 && depth > maxDepth) return false;
    if (isElement(current) && current.name === name && (!accept || accept(current))) return true;
    current = current.parent;
    depth++;
  }
  return false;
}
