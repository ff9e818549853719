import { describe, expect, it } from 'vitest';
import { storableJson, storableText } from './storable-text';

describe('storableText', () => {
  it('replaces NUL and unpaired surrogates by U+FFFD, keeping pairs and the length', () => {
    const text = '\u0000x\ud800\udc00\ud800y\udc00';
    expect(storableText(text)).toBe('\uFFFDx\ud800\udc00\uFFFDy\uFFFD');
    expect(storableText(text)).toHaveLength(text.length);
    expect(storableText('plain')).toBe('plain');
  });
});

describe('storableJson', () => {
  it('writes ordinary values exactly as JSON.stringify does', () => {
    const value = { a: 'C:\\u0000', b: [1, null, '😀'], c: { d: true } };
    expect(storableJson(value)).toBe(JSON.stringify(value));
  });

  it('cleans strings and keys at any depth when the JSON holds an unstorable character', () => {
    expect(JSON.parse(storableJson({ 'k\u0000': ['\ud800', { deep: 'x\u0000' }] }))).toEqual({ 'k\uFFFD': ['\uFFFD', { deep: 'x\uFFFD' }] });
  });
});
