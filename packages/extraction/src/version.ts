import { GAZETTEER_VERSION } from './gazetteers/gazetteer-version';

/** Rules version; bump on any behaviour change of the matchers. */
const RULES_VERSION = '1.3.0';

export const EXTRACTOR_VERSION = `wirelog-extract/${RULES_VERSION}+gaz.${GAZETTEER_VERSION}`;
