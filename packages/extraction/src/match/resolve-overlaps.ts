import type { HardwareValue, MentionKind } from '../types';

/** A possible mention before overlaps are resolved; `none` candidates win their span and yield nothing. */
export interface Candidate {
  kind: MentionKind | 'none';
  start: number;
  end: number;
  key: string;
  name: string;
  confidence: number;
  /** breaks ties between equally long candidates (gazetteer over guessed) */
  priority: number;
  value?: HardwareValue;
  /** place: its country, which becomes a country mention of its own */
  country?: string;
}

/** Longest first, then priority, then leftmost: each accepted candidate blocks the characters it covers. */
export function resolveOverlaps(candidates: Candidate[], textLength: number): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken = new Uint8Array(textLength + 1);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept;
}
