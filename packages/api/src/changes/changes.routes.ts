import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { z } from 'zod';
import { projections } from '@wirelog/projections';
import type { LogCursor } from '@wirelog/event-store';
import { ApiError, quote } from '../api-error';
import { entitiesOf } from '../articles.queries';
import { resolveEntityFilters } from '../entity-filters';
import { parseQuery } from '../parse-query';
import { queryText } from '../query-values';
import { articleEntityJson } from '../serialize';
import type { ApiDeps } from '../api-deps';
import { CHANGE_TYPES, EVENT_TYPES, changeOf, type Change, type ChangeType } from './change-messages';
import { ChangeSignal } from './change-signal';
import { articlesWithAnyEntity, cursorAt, projectedCursor, readProjectedEvents } from './read-changes';

/** A comment line this often keeps proxies and clients from timing out an idle stream. */
const HEARTBEAT_MS = 15_000;
/** A stream looks at the log at least this often even if no notification came. */
const RECHECK_MS = 1_000;
const BATCH = 500;
const PROJECTIONS = projections.map((p) => p.name);

const position = z.string().regex(/^(0|[1-9][0-9]{0,18})$/, 'a log position (the id of a change)').transform(BigInt);
const changesQuery = z.object({
  types: z.array(queryText(100)).max(CHANGE_TYPES.length * 2).optional(),
  country: z.array(queryText(100)).max(20, 'at most 20 values').optional(),
  after: position.optional(),
});

/** `?types=article,entities` or `?types=article&types=entities`. */
function changeTypes(values: string[] | undefined): ChangeType[] {
  if (!values) return [...CHANGE_TYPES];
  const asked = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  const unknown = asked.filter((t) => !(CHANGE_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) throw new ApiError(400, 'bad_request', `types: ${unknown.map((t) => quote(t)).join(', ')} unknown (known: ${CHANGE_TYPES.join(', ')})`);
  return [...new Set(asked)] as ChangeType[];
}

/**
 * `GET /api/changes`: server-sent events of projected changes, each with its
 * log position as SSE id. Resumes after `Last-Event-ID` (or `?after=`), else
 * starts at what is projected now. Only changes already in the read tables are
 * sent, in log order, so a client that reads a table after a change sees it.
 */
export function changesRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  const signal = new ChangeSignal(deps.database);

  app.get('/', async (c) => {
    const query = parseQuery(changesQuery, c.req.queries(), ['types', 'country']);
    const types = changeTypes(query.types);
    const countries = query.country ? (await resolveEntityFilters(deps.database, { country: query.country }))[0]! : undefined;
    const lastEventId = c.req.header('Last-Event-ID');
    const resume = lastEventId !== undefined && lastEventId !== '' ? position.safeParse(lastEventId) : undefined;
    if (resume && !resume.success) throw new ApiError(400, 'bad_request', `Last-Event-ID: ${quote(lastEventId!)} is not a log position`);
    const after = resume?.data ?? query.after;
    let cursor: LogCursor;
    if (after === undefined) cursor = await projectedCursor(deps.database, PROJECTIONS);
    else {
      const found = await cursorAt(deps.database, after);
      if (!found) throw new ApiError(400, 'bad_request', `after: no change has id ${after}`);
      cursor = found;
    }
    const eventTypes = types.flatMap((t) => EVENT_TYPES[t]);

    return streamSSE(c, async (stream) => {
      const closed = new AbortController();
      const stop = () => closed.abort();
      stream.onAbort(stop);
      deps.shutdown?.addEventListener('abort', stop);
      await signal.join();
      try {
        await stream.write(`retry: 2000\n\n`);
        let quietSince = Date.now();
        while (!closed.signal.aborted) {
          const upTo = await projectedCursor(deps.database, PROJECTIONS);
          const batch = await readProjectedEvents(deps.database, { after: cursor, upTo, types: eventTypes, limit: BATCH });
          const changes = await withEntities(deps, await filterByCountry(deps, batch.events.map(changeOf).filter((x): x is Change => x !== undefined), countries));
          for (const change of changes) await send(stream, change);
          cursor = batch.next;
          if (changes.length > 0) quietSince = Date.now();
          if (batch.full) continue;
          if (Date.now() - quietSince >= HEARTBEAT_MS) {
            await stream.write(': heartbeat\n\n');
            quietSince = Date.now();
          }
          await signal.wait(RECHECK_MS, closed.signal);
        }
      } catch (error) {
        // the client reconnects with its Last-Event-ID and misses nothing
        if (!closed.signal.aborted) deps.logger.error({ err: error }, 'change feed stream failed');
      } finally {
        deps.shutdown?.removeEventListener('abort', stop);
        await signal.leave();
      }
    });
  });
  return app;
}

/** With `?country=`: only changes of articles whose active entities include one of them (no feed changes). */
async function filterByCountry(deps: ApiDeps, changes: Change[], countries: string[] | undefined): Promise<Change[]> {
  if (!countries) return changes;
  const articleIds = [...new Set(changes.flatMap((ch) => (ch.articleId ? [ch.articleId] : [])))];
  const matching = await articlesWithAnyEntity(deps.database, articleIds, countries);
  return changes.filter((ch) => ch.articleId !== undefined && matching.has(ch.articleId));
}

/** `entities` changes carry the article's entities as projected now. */
async function withEntities(deps: ApiDeps, changes: Change[]): Promise<Change[]> {
  const ids = [...new Set(changes.filter((ch) => ch.type === 'entities').map((ch) => ch.articleId!))];
  if (ids.length === 0) return changes;
  const rows = await entitiesOf(deps.database, ids);
  return changes.map((ch) =>
    ch.type === 'entities' ? { ...ch, data: { ...ch.data, entities: rows.filter((r) => r.article_id === ch.articleId).map(articleEntityJson) } } : ch,
  );
}

function send(stream: SSEStreamingApi, change: Change): Promise<void> {
  return stream.writeSSE({ id: String(change.position), event: change.type, data: JSON.stringify(change.data) });
}
