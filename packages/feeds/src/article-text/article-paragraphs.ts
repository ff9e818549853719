import { type DomNode, type DomParent, isElement, kids } from './dom';

/** Elements that end one paragraph and start the next. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const NOTHING: ReadonlySet<string> = new Set();

function normalise(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The text of a content tree as paragraphs: block elements break, <br> is a line break; `skip` elements are left out. */
export function articleParagraphs(root: DomParent, skip: ReadonlySet<string> = NOTHING): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = normalise(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  // Iterative walk; a block's end is marked by a sentinel so it can flush.
  const END = { type: 'end', parent: null, prev: null, next: null } as DomNode;
  const stack: DomNode[] = [...kids(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node === END) flush();
    else if (node.type === 'text') current += (node.data ?? '').replace(/\n/g, ' ');
    else if (isElement(node) && !skip.has(node.name)) {
      if (node.name === 'br') current += '\n';
      else if (BLOCKS.has(node.name)) {
        flush();
        stack.push(END);
      }
      for (let i = kids(node).length - 1; i >= 0; i--) stack.push(kids(node)[i] as DomNode);
    }
  }
  flush();
  return paragraphs;
}
