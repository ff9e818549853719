import * as cheerio from 'cheerio';

const BLOCK = 'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul';

/** All text of an HTML fragment, with a space wherever a block boundary would separate words. */
export function visibleText(html: string): string {
  const $ = cheerio.load(html);
  $('script,style,noscript,template').remove();
  $(BLOCK).each((_, el) => {
    $(el).before(' ').after(' ');
  });
  return $.root().text().replace(/\s+/g, ' ').trim();
}
