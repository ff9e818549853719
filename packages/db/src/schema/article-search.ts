/**
 * The words of an article that `q` searches, as one SQL expression: the GIN
 * index `articles_search_idx` is built on it and queries must repeat it
 * verbatim for the planner to use that index. 'simple' keeps every language's
 * words as they are (no stemming). Only the first 1,000 characters of the title
 * and 100,000 of the text count: PostgreSQL refuses a tsvector over 1 MB, and
 * an error here would fail the projection's insert.
 */
export const articleSearchVector = `to_tsvector('simple'::regconfig, left(coalesce(title, ''), 1000) || ' ' || left(coalesce(text, ''), 100000))`;
