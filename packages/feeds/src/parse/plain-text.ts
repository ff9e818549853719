import { decodeHTML } from 'entities';

/**
 * Drops every `<…>` (what `/<[^>]*>/g` removed), in one pass: the regex rescanned
 * to the end of the text from every `<` that had no `>` after it.
 */
function stripTags(value: string): string {
  let out = '';
  let from = 0;
  for (let lt = value.indexOf('<'); lt >= 0; lt = value.indexOf('<', from)) {
    const gt = value.indexOf('>', lt + 1);
    if (gt < 0) break;
    out += value.slice(from, lt);
    from = gt + 1;
  }
  return out + value.slice(from);
}

/** Titles and names are often escaped HTML ("AT&amp;amp;T", "<b>News</b>"); readers want plain text. */
export function plainText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = /[<&]/.test(value) ? decodeHTML(stripTags(value)) : value;
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}
