const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
/** `<name` or `</name`, read at a `<` only: the rest of the tag is found with indexOf, never by backtracking. */
const TAG_START = /<(\/?)([a-zA-Z][^\s/>]*)/y;

/** Real pages stay far below this (the Readability corpus peaks at 342, counting unclosed tags). */
export const MAX_NESTING = 5_000;

/**
 * Cuts the HTML where its tags would nest deeper than MAX_NESTING. The parser's
 * cost grows with the square of the depth: a few hundred KB of "<div><div>…"
 * would otherwise stall a worker for seconds. One pass, each character read at
 * most twice (a single regex for the whole tag backtracked cubically on `<a<a<a…`).
 */
export function capNesting(html: string): string {
  let depth = 0;
  for (let lt = html.indexOf('<'); lt >= 0; ) {
    TAG_START.lastIndex = lt;
    const start = TAG_START.exec(html);
    if (!start) {
      lt = html.indexOf('<', lt + 1);
      continue;
    }
    const gt = html.indexOf('>', lt + start[0].length);
    if (gt < 0) break; // no tag is closed after this point
    const selfClosing = html[gt - 1] === '/';
    if (start[1]) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID.has((start[2] ?? '').toLowerCase()) && ++depth > MAX_NESTING) return html.slice(0, lt);
    lt = html.indexOf('<', gt + 1);
  }
  return html;
}
