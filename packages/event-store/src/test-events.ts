import { randomUUID } from 'node:crypto';
import type { NewEvent } from './types';

/** A minimal valid event for store tests: its payload is irrelevant to the store. */
export function testEvent(label: string, eventId: string = randomUUID()): NewEvent {
  return { type: 'FeedRemoved', data: { feedId: label }, eventId };
}
