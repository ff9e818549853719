import { costGrowth } from '@wirelog/testing';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';

const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('extractArticle on hostile pages', () => {
  it('takes time linear in the page size for every pathological shape (4x the bytes: at most 10x the time; quadratic is 16x)', async () => {
    const words = (size: number) => fill('lorem ipsum dolor sit amet ', size);
    const shapes: Record<string, (size: number) => string> = {
      'tags that never close': (size) => fill('<a', size),
      'tags with attributes that never close': (size) => fill('<a x', size),
      'nested divs': (size) => `<body>${fill('<div>', size)}text`,
      'paragraphs without html or body': (size) => fill('<p>Some words of text.</p>', size),
      'a meta property of spaces': (size) => `<head><meta property="${fill(' ', size)}" content="x"></head><body><p>text</p></body>`,
      'a huge title repeated as the heading': (size) => `<title>${words(size / 2)}</title><body><h1>${words(size / 2)}</h1></body>`,
      // each of these removes or moves tens of thousands of siblings of one parent
      'runs of <br> in one div': (size) => `<body><div>${fill('a<br><br>', size)}</div></body>`,
      'hidden siblings': (size) => `<body><article><p>${words(2000)}</p>${fill('<div style="display:none">x</div>', size)}</article></body>`,
      'inline siblings wrapped into paragraphs': (size) => `<body><div>${fill('<span>word</span> ', size)}</div></body>`,
      // furniture checks look around every button, "Related" heading and furniture-like class
      'buttons deep in short boxes': (size) => `<body><article><p>${words(2000)}</p>${fill('<div><div><div><p>We use cookies</p><button>ok</button></div></div></div>', size)}</article></body>`,
      '"Related" headings over link lists': (size) => `<body><div><p>${words(2000)}</p>${fill('<div><h3>Related</h3><ul><li><a href="/x">other story</a></li></ul></div>', size)}</div></body>`,
      'nested furniture-like classes': (size) => `<body><article><p>${words(2000)}</p>${fill('<div class="related">', size)}${words(3000)}</article></body>`,
    };
    const cases = Object.fromEntries(
      Object.entries(shapes).map(([name, shape]) => [name, (size: number) => {
        const html = shape(size);
        return () => extractArticle(html);
      }]),
    );
    expect(await costGrowth(10, [100_000, 400_000], cases)).toEqual([]);
  }, 180_000);
});
