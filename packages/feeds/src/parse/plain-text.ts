import { decodeHTML } from 'entities';

/** Titles and names are often escaped HTML ("AT&amp;amp;T", "<b>News</b>"); readers want plain text. */
export function plainText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = /[<&]/.test(value) ? decodeHTML(value.replace(/<[^>]*>/g, '')) : value;
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}
