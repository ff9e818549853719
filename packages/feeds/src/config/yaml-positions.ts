import { isMap, isNode, LineCounter, type Document, type Node } from 'yaml';

export type Position = { line: number; col: number };

/** Where in the file a value (or, when it is missing, its nearest present parent) starts. */
export function positionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/** Where the key `key` of the mapping at `path` is written, for "unknown key" problems. */
export function keyPositionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key: string): Position {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(map)) {
    const pair = map.items.find((item) => isNode(item.key) && (item.key as Node & { value?: unknown }).value === key);
    const range = isNode(pair?.key) ? pair.key.range : undefined;
    if (range) return lines.linePos(range[0]);
  }
  return positionOf(doc, lines, path);
}
