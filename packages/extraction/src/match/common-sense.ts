import { COMMON_SENSES, HYPHEN_KEEPS } from '../gazetteers/common-senses';
import type { TextContext } from './text-context';

/** Tokens first..last read as an ordinary word, not a name: "Amazon rainforest", "Turkey dinner", "Meta-analysis". */
export function ruledOutBySense(ctx: TextContext, first: number, last: number): boolean {
  const toks = ctx.tokens;
  const next = toks[last + 1];
  if (!next || next.cap || next.sentence !== toks[last]?.sentence) return false;
  if (next.t === '-' && next.start === toks[last]?.end) {
    const word = toks[last + 2];
    return !!word && word.start === next.end && !word.cap && /^\p{L}/u.test(word.t) && !word.l.endsWith('ed') && !HYPHEN_KEEPS.has(word.l);
  }
  const name = first === last ? toks[first]?.l : undefined;
  return name !== undefined && ctx.adjacent(last, last + 1) && COMMON_SENSES.get(name)?.has(next.l) === true;
}
