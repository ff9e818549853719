import { eventCatalog, isEventType, type EventType, type WirelogEvent } from './catalog';
import { withoutCredentials } from './without-credentials';

/** `(type, fromVersion) → data of fromVersion + 1`. */
type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/** v1 kept a feed URL's `user:pw@` (still in old logs): read as v2, the URL without them and that it had some. */
const feedSettingsV2: Upcaster = (data) => {
  const url = withoutCredentials(data.url as string);
  return { ...data, url, credentials: url !== data.url };
};

/** v2 of the mention-carrying events only adds mention kinds (`capacity`, `quantity`): every v1 payload is a v2 payload. */
const moreMentionKinds: Upcaster = (data) => data;

const upcasters: Partial<Record<EventType, Record<number, Upcaster>>> = {
  FeedRegistered: { 1: feedSettingsV2 },
  FeedChanged: { 1: feedSettingsV2 },
  EntitiesExtracted: { 1: moreMentionKinds },
  EntityConfirmed: { 1: moreMentionKinds },
  EntityRejected: { 1: moreMentionKinds },
  EntityRelabelled: { 1: moreMentionKinds },
  EntityAdded: { 1: moreMentionKinds },
};

export class UnknownEventError extends Error {
  readonly retryable = false;
  constructor(readonly type: string, readonly schemaVersion: number) {
    super(`unknown event ${type} v${schemaVersion}`);
    this.name = 'UnknownEventError';
  }
}

/** Brings a stored payload to the current schema and validates it. */
export function upcast(type: string, schemaVersion: number, data: unknown): WirelogEvent {
  if (!isEventType(type)) throw new UnknownEventError(type, schemaVersion);
  const { schema, version } = eventCatalog[type];
  if (schemaVersion > version) throw new UnknownEventError(type, schemaVersion);
  let current = data as Record<string, unknown>;
  for (let v = schemaVersion; v < version; v++) {
    const step = upcasters[type]?.[v];
    if (!step) throw new UnknownEventError(type, v);
    current = step(current);
  }
  return { type, data: schema.parse(current) } as WirelogEvent;
}

/** Validates a new event's payload; the store records the catalog's schema version. */
export function validateEvent<E extends WirelogEvent>(event: E): E {
  const parsed = eventCatalog[event.type].schema.parse(event.data);
  return { ...event, data: parsed };
}

export function schemaVersionOf(type: EventType): number {
  return eventCatalog[type].version;
}
