import { EXTRACTOR_VERSION, extract } from '@wirelog/extraction';
import type { PipelineDeps } from './pipeline-deps';

const defaultExtractor = { version: EXTRACTOR_VERSION, extract };

/** The extractor the pipeline runs: `@wirelog/extraction` unless a test swaps in another version. */
export const extractorOf = (deps: Pick<PipelineDeps, 'extractor'>) => deps.extractor ?? defaultExtractor;
