import { type DomNode, type DomParent, isElement } from './dom';

/** Real pages nest under 40 deep (the Readability corpus peaks at 38). */
export const MAX_DEPTH = 64;

function descendantTexts(el: DomParent): DomNode[] {
  const texts: DomNode[] = [];
  const stack: DomNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') texts.push(node);
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode);
  }
  return texts;
}

/**
 * Flattens whatever lies deeper than MAX_DEPTH into its text, so every later pass
 * costs at most elements × MAX_DEPTH; returns the number of elements left.
 */
export function boundTree(root: DomParent): number {
  let elements = 0;
  const stack: [DomParent, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DomParent, number];
    if (depth >= MAX_DEPTH && node.children.some(isElement)) {
      const texts = descendantTexts(node);
      texts.forEach((text, i) => {
        text.parent = node;
        text.prev = texts[i - 1] ?? null;
        text.next = texts[i + 1] ?? null;
      });
      node.children = texts;
    }
    for (const child of node.children) {
      if (!isElement(child)) continue;
      elements++;
      stack.push([child, depth + 1]);
    }
  }
  return elements;
}
