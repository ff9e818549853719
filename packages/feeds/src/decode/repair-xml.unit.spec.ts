import { describe, expect, it } from 'vitest';
import { repairXml } from './repair-xml';

describe('repairXml', () => {
  it('drops whatever precedes the first markup, and a BOM', () => {
    expect(repairXml('\n\n  <?xml version="1.0"?><rss/>')).toBe('<?xml version="1.0"?><rss/>');
    expect(repairXml('\uFEFF<rss/>')).toBe('<rss/>');
    expect(repairXml('junk<rss/>')).toBe('<rss/>');
  });

  it('removes the encoding declaration of already decoded text', () => {
    expect(repairXml(`<?xml version="1.0" encoding='big5' standalone="yes"?><rss/>`)).toBe('<?xml version="1.0" standalone="yes"?><rss/>');
  });

  it('removes characters illegal in XML 1.0', () => {
    expect(repairXml('<t>a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\u0009g</t>')).toBe('<t>abcdef\u0009g</t>');
    expect(repairXml('<t>😀</t>')).toBe('<t>😀</t>');
  });

  it('escapes bare ampersands but keeps valid references', () => {
    expect(repairXml('<a href="?a=1&b=2">AT&T &amp; &lt;x&gt; &#169; &#xA9; & more</a>')).toBe(
      '<a href="?a=1&amp;b=2">AT&amp;T &amp; &lt;x&gt; &#169; &#169; &amp; more</a>',
    );
  });

  it('replaces HTML-only named entities by their characters', () => {
    expect(repairXml('<t>&nbsp;caf&eacute; &hellip; &unknown; &copy</t>')).toBe('<t>\u00a0café … &amp;unknown; &amp;copy</t>');
    expect(repairXml('<t a="&QUOT;">x</t>')).toBe('<t a="&#34;">x</t>');
  });

  it('maps numeric references in the C1 range to windows-1252 and drops illegal ones', () => {
    expect(repairXml('<t>don&#146;t&#0;</t>')).toBe('<t>don&#8217;t</t>');
  });

  it('leaves CDATA sections and comments alone', () => {
    const text = '<t><![CDATA[a & b &nbsp;]]><!-- & --> & </t>';
    expect(repairXml(text)).toBe('<t><![CDATA[a & b &nbsp;]]><!-- & --> &amp; </t>');
  });

  it('strips the DOCTYPE, whose DTD is never loaded', () => {
    const doctype = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">';
    expect(repairXml(`<?xml version="1.0"?>${doctype}<rss/>`)).toBe('<?xml version="1.0"?><rss/>');
    expect(repairXml('<!DOCTYPE rss [<!ENTITY x "y">]><rss/>')).toBe('<rss/>');
  });
});
