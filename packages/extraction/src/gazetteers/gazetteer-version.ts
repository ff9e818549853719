/** Bump on any change to a gazetteer file; it is part of EXTRACTOR_VERSION. */
export const GAZETTEER_VERSION = '2026-11-30';
