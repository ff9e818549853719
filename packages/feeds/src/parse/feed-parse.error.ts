/** A document that is not a feed or cannot be read as one. Fetching it again would give the same answer. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
  readonly retryable = false;

  constructor(
    /** Short human reason: `not a feed: HTML document`, `XML syntax error at line 3: ...`, `truncated JSON`. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot parse feed: ${reason}`, options);
  }
}
