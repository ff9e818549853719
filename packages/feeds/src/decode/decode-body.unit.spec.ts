import { readFileSync } from 'node:fs';
import { corpusPath, describeWithCorpus } from '@wirelog/testing';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from './decode-body';

const xml = (encoding: string, body: string): string => `<?xml version="1.0" encoding="${encoding}"?><rss>${body}</rss>`;
const bytesOf = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));

describe('decodeBody', () => {
  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
    ['utf-32le', [0xff, 0xfe, 0, 0]],
    ['utf-32be', [0, 0, 0xfe, 0xff]],
  ])('honours a %s byte order mark over any label', (encoding, bom) => {
    const body = bytesOf('<rss>Grüße 年</rss>', encoding);
    const result = decodeBody(Uint8Array.from([...bom, ...body]), 'text/xml; charset=iso-8859-1');
    expect(result).toEqual({ text: '<rss>Grüße 年</rss>', encoding });
  });

  it.each(['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'])('recognises %s without a BOM from the shape of <?xml', (encoding) => {
    const result = decodeBody(bytesOf('<?xml version="1.0"?><rss>Ж</rss>', encoding));
    expect(result).toEqual({ text: '<?xml version="1.0"?><rss>Ж</rss>', encoding });
  });

  it('prefers the HTTP charset over the XML declaration', () => {
    const bytes = bytesOf(xml('utf-8', 'Привет'), 'windows-1251');
    expect(decodeBody(bytes, 'application/rss+xml; charset="windows-1251"')).toEqual({ text: xml('utf-8', 'Привет'), encoding: 'windows-1251' });
  });

  it.each([
    ['big5', '中文新聞'],
    ['euc-kr', '한국어 뉴스'],
    ['gb2312', '中文新闻'],
    ['koi8-r', 'Новости'],
    ['shift_jis', '日本語のニュース'],
    ['euc-jp', '日本語'],
  ])('reads the XML declaration: %s', (label, words) => {
    const result = decodeBody(bytesOf(xml(label, words), label));
    expect(result.text).toContain(words);
  });

  it('maps latin1 and iso-8859-1 to windows-1252, as the WHATWG encoding spec does', () => {
    const bytes = Uint8Array.from([...Buffer.from('<rss>'), 0x80, 0x93, 0xe9, 0x94, ...Buffer.from('</rss>')]);
    expect(decodeBody(bytes, 'text/xml; charset=latin1')).toEqual({ text: '<rss>€“é”</rss>', encoding: 'windows-1252' });
    expect(decodeBody(bytes, 'text/xml; charset=ISO-8859-1').text).toBe('<rss>€“é”</rss>');
  });

  it('keeps valid multi-byte UTF-8 that is labelled ISO-8859-1', () => {
    const bytes = new TextEncoder().encode(xml('ISO-8859-1', 'Café € 테스트'));
    expect(decodeBody(bytes)).toMatchObject({ encoding: 'utf-8' });
    expect(decodeBody(bytes).text).toContain('Café € 테스트');
  });

  it('falls back past a bogus label', () => {
    expect(decodeBody(new TextEncoder().encode(xml('bogus-1', 'Café')), 'text/xml; charset=nonsense')).toMatchObject({ encoding: 'utf-8' });
    expect(decodeBody(bytesOf(xml('invalid', 'Café'), 'latin1')).text).toContain('Café');
  });

  it('ignores a UTF-16 declaration read through ASCII bytes', () => {
    expect(decodeBody(new TextEncoder().encode(xml('utf-16', 'é')))).toMatchObject({ encoding: 'utf-8' });
  });

  it('uses UTF-8 when unlabelled bytes are valid UTF-8, else windows-1252', () => {
    expect(decodeBody(new TextEncoder().encode('<rss>Ünïcödé</rss>'))).toEqual({ text: '<rss>Ünïcödé</rss>', encoding: 'utf-8' });
    expect(decodeBody(Uint8Array.from([0x3c, 0x61, 0x3e, 0xfc, 0x93]))).toEqual({ text: '<a>ü“', encoding: 'windows-1252' });
  });

  it('finds an HTML meta charset, also one placed after the first 1024 bytes', () => {
    const late = `<html><head><script>${'x'.repeat(3000)}</script><meta charset="windows-1251"></head><body>Привет</body></html>`;
    expect(decodeBody(bytesOf(late, 'windows-1251')).text).toContain('Привет');
    const httpEquiv = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>Привет</html>';
    expect(decodeBody(bytesOf(httpEquiv, 'koi8-r')).text).toContain('Привет');
  });

  it('turns C1 control characters into the windows-1252 punctuation they stood for', () => {
    expect(decodeBody(new TextEncoder().encode('<d>don\u0092t</d>')).text).toBe('<d>don’t</d>');
  });

  it('never throws on empty or random input', () => {
    expect(decodeBody(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeBody(Uint8Array.from([0xff, 0xfe, 0x00]), 'text/xml; charset=utf-32').encoding).toBe('utf-16le');
  });

  it('ignores a meta charset inside a feed item', () => {
    const feed = `<rss><channel><item><description><![CDATA[<html><meta charset="koi8-r"></html>]]></description><title>Café</title></item></channel></rss>`;
    expect(decodeBody(bytesOf(feed, 'latin1'))).toMatchObject({ encoding: 'windows-1252' });
    expect(decodeBody(bytesOf(feed, 'latin1')).text).toContain('Café');
  });
});

describeWithCorpus('decodeBody on captured pages', () => {
  it.each([
    ['iso-8859-1.html', 'windows-1252'],
    ['iso-8859-1-meta-after-1024.html', 'windows-1252'],
    ['utf8.html', 'utf-8'],
    ['utf8-meta-after-1024.html', 'utf-8'],
  ])('reads the meta charset of miniflux %s', (file, encoding) => {
    const decoded = decodeBody(readFileSync(corpusPath('pages/miniflux/encoding', file)));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).not.toContain('\ufffd');
    expect(decoded.text).not.toMatch(/Ã./);
    expect(decoded.text).toMatch(/Café|Frédéric/);
  });

});

describe('decodeBody and storable text', () => {
  it('turns raw NUL bytes and lone surrogates of a wide encoding into U+FFFD', () => {
    expect(decodeBody(new TextEncoder().encode('a\u0000b'), 'text/html; charset=utf-8').text).toBe('a\uFFFDb');
    expect(decodeBody(Uint8Array.of(0xff, 0xfe, 0x00, 0x00, 0x00, 0xd8, 0x00, 0x00)).text).toBe('\uFFFD');
  });
});
