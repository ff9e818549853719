import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';

const body = (n: number, topic: string): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} about ${topic}: the operator said the site, which draws 200 megawatts, will open next year, and that cooling, power and land were secured.</p>`,
  ).join('\n');

const NEWS_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <title>India backs sovereign AI cloud | Example News</title>
  <meta property="og:title" content="OG title loses to JSON-LD">
  <meta property="article:published_time" content="2026-03-01T08:00:00Z">
  <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "India backs sovereign AI cloud",
     "author": [{"@type": "Person", "name": "Asha Rao"}, {"@type": "Person", "name": "Li Wei"}],
     "datePublished": "2026-03-02T09:30:00+05:30"}
  </script>
  <style>.x { color: red }</style>
</head>
<body>
  <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a></nav></header>
  <div class="layout">
    <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Sidebar story one</a></li><li><a href="/b">Sidebar story two</a></li></ul></aside>
    <article class="article-body">
      <h1>India backs sovereign AI cloud</h1>
      <div class="share-tools"><a href="#">Share on social</a></div>
      ${body(6, 'the Mumbai campus')}
      <h2>What comes next</h2>
      <ul><li>A second phase doubles capacity, according to the filing.</li><li>Hiring starts in the spring at the Pune office.</li></ul>
      <div class="ad-slot promo"><p>Advertisement</p></div>
      <script>trackPageView()</script>
      <p style="display:none">Hidden teaser text never shown</p>
    </article>
    <section class="related-stories"><h2>Related</h2><a href="/c">Another data centre story you might like</a></section>
    <div id="comments" class="comments"><p>First comment: great article, thanks, really.</p></div>
  </div>
  <footer class="site-footer"><p>Copyright Example News. All rights reserved.</p><form><input name="email"><button>Subscribe</button></form></footer>
</body>
</html>`;

describe('extractArticle', () => {
  it('keeps the article body, headings and list items as paragraphs and drops the chrome', () => {
    const result = extractArticle(NEWS_PAGE, { url: 'https://news.example/india' });
    expect(result.text).toContain('Paragraph 1 about the Mumbai campus');
    expect(result.text).toContain('Paragraph 6 about the Mumbai campus');
    expect(result.text).toContain('\n\nWhat comes next\n\n');
    expect(result.text).toContain('\n\nA second phase doubles capacity, according to the filing.\n\nHiring starts');
    for (const junk of ['Home', 'Sidebar story', 'Share on social', 'Advertisement', 'trackPageView', 'Hidden teaser', 'Another data centre', 'First comment', 'Copyright', 'Subscribe']) {
      expect(result.text).not.toContain(junk);
    }
    expect(result.text).not.toMatch(/\n{3,}|[ \t]{2,}|^\s|\s$/);
    expect(result.paragraphs).toBe(result.text.split('\n\n').length);
  });

  it('reads title, authors and date from JSON-LD, language from <html lang>', () => {
    const result = extractArticle(NEWS_PAGE);
    expect(result.title).toBe('India backs sovereign AI cloud');
    expect(result.byline).toBe('Asha Rao, Li Wei');
    expect(result.publishedAt).toBe('2026-03-02T04:00:00.000Z');
    expect(result.lang).toBe('en-GB');
  });

  it('falls back to meta tags, <time datetime> and the page title', () => {
    const page = `<html><head><title>Chip plant approved in Texas - The Daily Wire Service</title>
      <meta name="author" content="Jo Smith"></head>
      <body><div class="post"><time datetime="2025-12-24T10:00:00Z">Dec 24</time>${body(5, 'the fab')}</div></body></html>`;
    const result = extractArticle(page);
    expect(result).toMatchObject({ title: 'Chip plant approved in Texas', byline: 'Jo Smith', publishedAt: '2025-12-24T10:00:00.000Z' });
    expect(result.lang).toBeUndefined();
    expect(result.text).toContain('Paragraph 5 about the fab');
  });

  it('takes og:title and article:published_time when there is no JSON-LD, and finds an in-page byline', () => {
    const page = `<html><head><meta property="og:title" content="Gulf fund invests"><meta property="article:published_time" content="2026-01-05T12:00:00Z"></head>
      <body><main><p class="byline">By Sam Ortiz</p>${body(5, 'the fund')}</main></body></html>`;
    const result = extractArticle(page);
    expect(result).toMatchObject({ title: 'Gulf fund invests', byline: 'Sam Ortiz', publishedAt: '2026-01-05T12:00:00.000Z' });
    expect(result.text).not.toContain('Sam Ortiz');
  });

  it('handles fragments without <html> or <body>, and <br> runs as paragraph breaks', () => {
    const result = extractArticle(`<div>${'First block of prose, long enough to count as content here. '.repeat(6)}<br><br>${'Second block, also prose. '.repeat(12)}</div>`);
    expect(result.text.split('\n\n')).toHaveLength(2);
    expect(result.text).toMatch(/^First block/);
  });

  it('returns empty text, not an error, for empty or non-HTML input', () => {
    for (const input of ['', '   ', 'plain words only', '<<<>>>', '<html><body></body></html>', undefined as unknown as string]) {
      const result = extractArticle(input);
      expect(typeof result.text).toBe('string');
      expect(typeof result.title).toBe('string');
    }
    expect(extractArticle('').text).toBe('');
  });

  it('survives pathological nesting', () => {
    const deep = '<div>'.repeat(50_000) + 'deep text' + '</div>'.repeat(50_000);
    expect(typeof extractArticle(deep).text).toBe('string');
    const prose = 'Words nested far below any real page still reach the text. '.repeat(12);
    expect(extractArticle('<div>'.repeat(3_000) + `<p>${prose}</p>` + '</div>'.repeat(3_000)).text).toBe(prose.trim());
    const links = '<a>'.repeat(20_000) + 'x';
    expect(typeof extractArticle(links).text).toBe('string');
  });
});
