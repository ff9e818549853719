import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';

const story = [
  "Kenya's cabinet approved a hyperscale data centre in Naivasha on Tuesday, the first of its size in East Africa, officials said, with construction due to start early next year.",
  'The site will draw on geothermal power from the Olkaria fields and host GPUs for local cloud providers, according to the energy ministry, which expects the first phase to run on 100 megawatts.',
  'Investors from the Gulf and Europe have been courting Kenyan regulators for two years, and several deals are expected to follow before the end of the year, analysts told reporters in Nairobi.',
  'The government said the project would create thousands of jobs and train engineers at local universities, while critics questioned the water use of the cooling plant in a dry region.',
];
const p = (i: number): string => `<p>${story[i]}</p>`;
const JUNK = ['cookies', 'Accept', 'newsletter', 'Subscribe', 'briefing', 'Related', 'Nigeria plans', 'grid strains'];

/** The same furniture with telling class names (`named`) or with meaningless ones. */
function page(named: boolean): string {
  const cls = (name: string): string => (named ? name : 'x');
  return `<!doctype html><html lang="en"><head><title>Kenya approves data centre</title></head><body>
    <div class="${cls('consent-overlay')}"><p>We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.</p><button>Accept all cookies</button><button>Manage preferences</button></div>
    <header><nav><a href="/">Home</a><a href="/tech">Tech</a></nav></header>
    <main><article>
      <h1>Kenya approves data centre</h1>
      <div class="article-meta"><span class="author">By Peter Otieno · 11 November 2026</span></div>
      ${p(0)}${p(1)}
      <div class="${cls('newsletter-signup')}"><h3>Get the daily briefing</h3><p>Sign up for our newsletter to receive the top technology stories in your inbox every morning.</p><form><input type="email"><button>Subscribe</button></form></div>
      ${p(2)}${p(3)}
    </article>
    <aside class="${cls('related')}"><h2>Related stories</h2><ul><li><a href="/a">Nigeria plans AI hub in Lagos with new fibre links</a></li><li><a href="/b">South Africa grid strains as data centres grow</a></li></ul></aside>
    </main>
    <div class="${cls('cookie-banner')}"><p>This website uses cookies to ensure you get the best experience.</p><a href="/privacy">Learn more</a></div>
  </body></html>`;
}

describe('extractArticle: page furniture', () => {
  it.each([
    ['with telling class names', true],
    ['with meaningless class names', false],
  ])('a cookie banner outside <article> never leads the text, nor do newsletter boxes or related lists come along (%s)', (_, named) => {
    const result = extractArticle(page(named));
    expect(result.text).toBe(story.join('\n\n'));
    for (const junk of JUNK) expect(result.text).not.toContain(junk);
  });

  it('drops a consent notice, a sign-up line and a "Related" list inside the content block itself', () => {
    const html = `<html><body><div class="content">
      <div class="n1"><p>We use cookies to personalise content. <a href="/privacy">Learn more</a></p></div>
      ${p(0)}${p(1)}${p(2)}
      <p>Sign up for our weekly newsletter. <a href="/nl">Subscribe</a></p>
      <h3>Related</h3><ul><li><a href="/a">Nigeria plans AI hub in Lagos with new fibre links</a></li><li><a href="/b">South Africa grid strains as data centres grow</a></li></ul>
    </div></body></html>`;
    expect(extractArticle(html).text).toBe(story.slice(0, 3).join('\n\n'));
  });

  it('keeps an article body that carries a furniture-like class, and prose that talks about cookies', () => {
    const prose = 'Regulators said the site uses cookies to track readers, and the company must now ask before it does so, the ruling says.';
    const html = `<html><body><div class="story-body related-links-enabled">${p(0)}${p(1)}<p>${prose}</p>${p(2)}</div></body></html>`;
    expect(extractArticle(html).text).toBe([story[0], story[1], prose, story[2]].join('\n\n'));
  });
});

describe('extractArticle: bylines are names only', () => {
  it.each([
    ['By Peter Otieno · 11 November 2026', 'Peter Otieno'],
    ['By Peter Otieno, 11 November 2026', 'Peter Otieno'],
    ['by Lucas Nolan22 Dec 2016', 'Lucas Nolan'],
    ['By Nathan Willis\n March 25, 2015', 'Nathan Willis'],
    ['Written by Rob Ewaschuk\n Edited by Betsy Beyer', 'Rob Ewaschuk'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Asha Rao | Updated 2 hours ago', 'Asha Rao'],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
    ['Jong, Michiel de', 'Jong, Michiel de'],
    ['Last Updated: January 7, 2025', undefined],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', undefined],
  ])('%j → %j', (written, byline) => {
    const html = `<html><body><article><p class="byline">${written}</p>${p(0)}${p(1)}${p(2)}</article></body></html>`;
    const result = extractArticle(html);
    expect(result.byline).toBe(byline);
    expect(result.text).toBe(story.slice(0, 3).join('\n\n'));
  });

  it('cleans a byline from metadata the same way', () => {
    const html = `<html><head><meta name="author" content="By Peter Otieno · 11 November 2026"></head><body><article>${p(0)}${p(1)}${p(2)}</article></body></html>`;
    expect(extractArticle(html).byline).toBe('Peter Otieno');
  });
});
