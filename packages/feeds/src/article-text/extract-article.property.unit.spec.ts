import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';

const token = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<div class="content">', '<div class="comment">', '</div>', '<br>', '<br/>', '<article>', '</article>',
    '<script>', '</script>', '<style>', '<table><tr><td>', '</td></tr></table>', '<a href="#x">', '</a>', '<ul><li>', '</li></ul>',
    '<h1>', '</h1>', '<!--', '-->', '<![CDATA[', ']]>', '<math>', '<svg>', '</svg>', '<noscript>', '<template>', '<font>',
    '<div hidden>', '<span style="display:none">', '<meta property="og:title" content="', '">', '<html lang="', '<title>', '</title>',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":', '}</script>',
    '&amp;', '&#0;', '&#xD800;', '&bogus;', '\u0000', '\uFFFF', ',', '.', ' ', '\n',
  ),
  fc.string(),
  fc.lorem({ maxCount: 30 }),
);

describe('extractArticle property', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (input) => {
        const result = extractArticle(input);
        expect(typeof result.text).toBe('string');
        expect(typeof result.title).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on HTML-ish token soups and always returns a string text', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 300 }), (tokens) => {
        const result = extractArticle(tokens.join(''));
        expect(typeof result.text).toBe('string');
        expect(result.text).not.toMatch(/\n{3,}/);
      }),
      { numRuns: 300 },
    );
  });
});
