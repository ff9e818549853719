const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/** Real pages stay far below this (the Readability corpus peaks at 342, counting unclosed tags). */
export const MAX_NESTING = 5_000;

/**
 * Cuts the HTML where its tags would nest deeper than MAX_NESTING. The parser's
 * cost grows with the square of the depth: a few hundred KB of "<div><div>…"
 * would otherwise stall a worker for seconds.
 */
export function capNesting(html: string): string {
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!match[3] && !VOID.has((match[2] ?? '').toLowerCase()) && ++depth > MAX_NESTING) return html.slice(0, match.index);
  }
  return html;
}
