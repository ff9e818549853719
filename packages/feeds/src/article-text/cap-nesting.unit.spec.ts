import { describe, expect, it } from 'vitest';
import { capNesting, MAX_NESTING } from './cap-nesting';

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
});
