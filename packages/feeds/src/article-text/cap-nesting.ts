const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
/** `<name` or `</name`, read at a `<` only: the rest of the tag is found with indexOf, never by backtracking. */
const TAG_START = /<(\/?)([a-zA-Z][^\s/>]*)/y;

/** Real pages stay far below this (the Readability corpus peaks at 342, counting unclosed tags). */
export const MAX_NESTING = 5_000;

interface Tag {
  start: number;
  /** Just past its `>`. */
  end: number;
  closing: boolean;
  /** An opening tag that nests (not void, not self-closed). */
  opens: boolean;
}

/**
 * The tags of the HTML in order, in one pass: each character is read at most twice
 * (one regex for the whole tag backtracked cubically on `<a<a<a…`).
 */
function* tags(html: string): Generator<Tag> {
  for (let lt = html.indexOf('<'); lt >= 0; ) {
    TAG_START.lastIndex = lt;
    const start = TAG_START.exec(html);
    if (!start) {
      lt = html.indexOf('<', lt + 1);
      continue;
    }
    const gt = html.indexOf('>', lt + start[0].length);
    if (gt < 0) return; // no tag is closed after this point
    const closing = start[1] === '/';
    yield { start: lt, end: gt + 1, closing, opens: !closing && html[gt - 1] !== '/' && !VOID.has((start[2] ?? '').toLowerCase()) };
    lt = html.indexOf('<', gt + 1);
  }
}

/**
 * Cuts the HTML where its tags would nest deeper than MAX_NESTING. The parser's
 * cost grows with the square of the depth: a few hundred KB of "<div><div>…"
 * would otherwise stall a worker for seconds.
 */
export function capNesting(html: string): string {
  let depth = 0;
  for (const tag of tags(html)) {
    if (tag.closing) depth = Math.max(0, depth - 1);
    else if (tag.opens && ++depth > MAX_NESTING) return html.slice(0, tag.start);
  }
  return html;
}

/** Like capNesting, but drops only the tags past MAX_NESTING (and their closing tags): the text inside them stays. */
export function flattenNesting(html: string): string {
  const parts: string[] = [];
  let from = 0;
  let depth = 0;
  let dropped = 0;
  for (const tag of tags(html)) {
    let drop = false;
    if (tag.closing) {
      drop = dropped > 0;
      if (drop) dropped--;
      else depth = Math.max(0, depth - 1);
    } else if (tag.opens) {
      drop = depth >= MAX_NESTING;
      if (drop) dropped++;
      else depth++;
    }
    if (drop) {
      parts.push(html.slice(from, tag.start));
      from = tag.end;
    }
  }
  parts.push(html.slice(from));
  return parts.join('');
}
