import { costRatios } from '@wirelog/testing';
import { describe, expect, it } from 'vitest';
import { normalText, pathologicalTexts } from '../test/hostile-texts';
import { extract } from './extract';

const SIZE = 1_000_000;

describe('extract on pathological text (SPEC §9: input decides data, never cost)', () => {
  it('takes at most 3x the time of normal text of the same size (1 MB), for every pathological shape', async () => {
    extract(normalText(20_000)); // warm up
    const normal = normalText(SIZE);
    const cases = Object.fromEntries(Object.entries(pathologicalTexts(SIZE)).map(([name, text]) => [name, () => extract(text)]));
    const { baselineMs, slow } = await costRatios(3, () => extract(normal), cases);
    expect(slow, `normal text: ${baselineMs.toFixed(0)} ms for ${SIZE} characters`).toEqual([]);
  }, 120_000);
});
