export { EventStore } from './event-store';
export { WrongExpectedVersionError } from './errors';
export { appendToStreams, appendInTransaction, type StreamAppend } from './append';
export { readAll, readHead, readStream, cursorOf, readLastOfTypes, readLastOfTypesByPrefix, existingStreams } from './read';
export { readCheckpoint, saveCheckpoint, lockCheckpoint, initCheckpoint } from './checkpoints';
export { CatchUpTimeoutError, describeHolder, horizonHolder, logHead, type HorizonHolder } from './catch-up';
export { subscribe, processBatch, EVENTS_CHANNEL, type Subscription, type SubscriptionOptions } from './subscription';
export type { EventType } from '@wirelog/events';
export { LOG_START, type AppendResult, type EventMetadata, type ExpectedVersion, type LogCursor, type NewEvent, type StoredEvent } from './types';
