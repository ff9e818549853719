import { costRatios } from '@wirelog/testing';
import { describe, expect, it } from 'vitest';
import { htmlParagraphs } from './html-paragraphs';

describe('htmlParagraphs', () => {
  it('gives blocks as paragraphs and leaves scripts, styles and frames out', () => {
    expect(htmlParagraphs('<p>One  <b>bold</b></p><script>x()</script><div>Two<style>p{}</style></div><ul><li>Three</li></ul><iframe>f</iframe>')).toBe(
      'One bold\n\nTwo\n\nThree',
    );
    expect(htmlParagraphs('  ')).toBe('');
  });

  it('reads 20,000 nested divs without overflowing the stack', () => {
    expect(htmlParagraphs(`${'<div>'.repeat(20_000)}deep text${'</div>'.repeat(20_000)}`)).toBe('deep text');
  });

  it('costs as much for 50,000 nested divs as for 50,000 sibling divs (at most 3x)', async () => {
    const nested = `${'<div>'.repeat(50_000)}x${'</div>'.repeat(50_000)}`;
    const siblings = '<div>x</div>'.repeat(50_000);
    const { baselineMs, slow } = await costRatios(3, () => htmlParagraphs(siblings), { nested: () => htmlParagraphs(nested) });
    expect(slow, `siblings: ${baselineMs.toFixed(0)} ms`).toEqual([]);
  });
});
