import { type DomNode, type DomParent, isElement, kids, setChildren } from './dom';

/** Real pages nest under 40 deep (the Readability corpus peaks at 38). */
export const MAX_DEPTH = 64;

function descendantTexts(el: DomParent): DomNode[] {
  const texts: DomNode[] = [];
  const stack: DomNode[] = [...kids(el)].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') texts.push(node);
    else if (isElement(node)) for (let i = kids(node).length - 1; i >= 0; i--) stack.push(kids(node)[i] as DomNode);
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
    if (depth >= MAX_DEPTH && kids(node).some(isElement)) setChildren(node, descendantTexts(node));
    for (const child of kids(node)) {
      if (!isElement(child)) continue;
      elements++;
      stack.push([child, depth + 1]);
    }
  }
  return elements;
}
