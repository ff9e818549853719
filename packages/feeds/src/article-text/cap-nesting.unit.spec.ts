import { describe, expect, it } from 'vitest';
import { capNesting, flattenNesting, MAX_NESTING } from './cap-nesting';

describe('capNesting', () => {
  it('leaves ordinary pages alone, void and self-closed tags included', () => {
    const page = '<html><body>' + '<p>a<br><img src=x><span/>b</p>'.repeat(10_000) + '</body></html>';
    expect(capNesting(page)).toBe(page);
  });

  it('cuts where nesting would pass the limit', () => {
    const deep = '<div>'.repeat(MAX_NESTING + 10) + 'text';
    const capped = capNesting(deep);
    expect(capped).toBe('<div>'.repeat(MAX_NESTING));
  });

  it('flattens instead: drops only the tags past the limit and keeps their text', () => {
    const deep = `${'<div>'.repeat(MAX_NESTING + 10)}text${'</div>'.repeat(MAX_NESTING + 10)}<p>after</p>`;
    expect(flattenNesting(deep)).toBe(`${'<div>'.repeat(MAX_NESTING)}text${'</div>'.repeat(MAX_NESTING)}<p>after</p>`);
    const page = '<p>a<br><img src=x><span/>b</p>';
    expect(flattenNesting(page)).toBe(page);
  });
});
