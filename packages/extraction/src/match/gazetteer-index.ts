import { HARDWARE_ALIASES, ORG_ALIASES } from '../gazetteers/domain.gazetteer';
import { ALL_PLACE_ALIASES } from '../gazetteers/places.gazetteer';
import type { PhraseMatch } from './phrase-index';
import { PhraseIndex } from './phrase-index';
import type { TextContext } from './text-context';

/** One index over every gazetteer, built once at module load. */
const INDEX = new PhraseIndex([...ALL_PLACE_ALIASES, ...HARDWARE_ALIASES, ...ORG_ALIASES]);

export function matchGazetteers(ctx: TextContext): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) INDEX.matchAt(ctx.tokens, i, out);
  return out;
}
