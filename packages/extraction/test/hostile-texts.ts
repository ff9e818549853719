import { loadLabelled } from './load-labelled';

/** `unit` repeated to exactly `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Ordinary news prose of `size` characters: the labelled paragraphs, over and over. */
export function normalText(size: number): string {
  return fill(loadLabelled().map((d) => d.text).join('\n\n'), size);
}

/**
 * Texts of `size` characters built to make a backtracking pattern or a per-match rescan blow up:
 * long runs of sentence punctuation, markup, one endless word, digits and currency marks, and
 * constructs each matcher looks back or ahead from.
 */
export function pathologicalTexts(size: number): Record<string, string> {
  return {
    'dots': fill('.', size),
    'exclamation marks': fill('!', size),
    'mixed sentence marks': fill('?!.', size),
    'dots and spaces': fill('. ', size),
    'nested markup': fill('<div>', size),
    'one long word': fill('a', size),
    'capitalised long word': `A${fill('b', size - 1)}`,
    'no spaces': fill('IndiaAWSNvidia$2bn', size),
    'digits': fill('1', size),
    'digits and commas': fill('1,000', size),
    'digits and dots': fill('1.', size),
    'currency signs': fill('$€£¥₹', size),
    'currency and digits': fill('$1', size),
    'opening brackets before a name': `${fill('(', size - 20)} Jordan Smith said.`,
    'pound amounts': fill('5 million pounds ', size),
    'spaces after an amount': `$5${fill(' ', size - 2)}`,
    'capitalised words': fill('Ministry of Jordan ', size),
    'number words': fill('two hundred and ', size),
    'commas and roles': fill(', the operator ', size),
    'number words before a power unit': `${fill('two hundred and ', size - 3)} GW`,
    'power figures': fill('1-2 GW, ', size),
    'counts before products': fill('50,000 NVIDIA H200 GPUs and 18,000 GPUs ', size),
  };
}
