/** NUL and unpaired surrogates: PostgreSQL's text and jsonb refuse them. Single-character lookarounds: linear. */
const NOT_STORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text PostgreSQL (and PGlite) can store: NUL and lone surrogates become U+FFFD, as an HTML
 * parser does with NUL. The length stays the same, so offsets into the text stay valid.
 */
export function storableText(text: string): string {
  return text.replace(NOT_STORABLE, '\uFFFD');
}

/**
 * JSON.stringify writes NUL and lone surrogates as exactly these escapes (paired surrogates
 * stay raw). An escaped backslash followed by `u0000` matches too: cleaning is then a no-op.
 */
const UNSTORABLE_ESCAPE = /\\u(?:0000|d[89a-f])/i;

/** A copy of a plain value (a parsed feed, an event payload) with every string and key storable. */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (typeof value !== 'object' || value === null) return value;
  // records are typed shapes a few levels deep: the recursion depth is the type's, not the input's
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [storableText(key), storable(child)])) as T;
}

/**
 * JSON for a jsonb column that PostgreSQL always accepts. The common case costs one scan of
 * the serialised text; only JSON that holds an unstorable character is built again, cleaned.
 */
export function storableJson(value: unknown): string {
  const json = JSON.stringify(value);
  return UNSTORABLE_ESCAPE.test(json) ? JSON.stringify(storable(value)) : json;
}
