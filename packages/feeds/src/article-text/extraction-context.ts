import type { DomElement } from './dom';

/** State of one extraction: what the retries relax and what the passes share. */
export interface ExtractionContext {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
  title: string;
  /** A byline already known from metadata, or found (and removed) by a previous pass. */
  byline: string | undefined;
  scores: Map<DomElement, number>;
  dataTables: Set<DomElement>;
}
