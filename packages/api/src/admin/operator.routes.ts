import { Hono } from 'hono';
import { z } from 'zod';
import type { AgreementCounts, LabelledLine, ReviewQuality } from '@wirelog/quality';
import { ApiError } from '../api-error';
import { parseQuery } from '../parse-query';

/** One event as `wirelog events tail` prints it. */
export interface EventLine {
  position: string;
  stream: string;
  version: number;
  type: string;
  eventId: string;
  data: unknown;
  metadata: unknown;
  recordedAt: string;
}

/**
 * What the operator commands do (`projections status|rebuild|retry`,
 * `reextract`, `events tail`, `quality`, `corrections export`), in
 * JSON-ready shapes, so that the CLI runs them on the database itself or,
 * when an embedded instance holds the data folder, asks that instance over
 * HTTP, with the same results.
 */
export interface OperatorActions {
  projectionsStatus(): Promise<{
    projections: { name: string; position: string; lagEvents: number; lagSeconds: number; parkedEvents: number }[];
    /** Who holds the log's horizon back, or null. */
    horizon: string | null;
  }>;
  rebuild(name?: string): Promise<{ projection: string; events: number; seconds: number }[]>;
  retry(name?: string): Promise<{ projection: string; applied: number; stillParked: number }[]>;
  /** `corrections`: how the reviewed articles' corrections fare against their extraction now. */
  reextract(target: { articleId: string } | { all: true }): Promise<{ articles: number; extracted: number; unchanged: number; corrections: AgreementCounts }>;
  /** Events after the one at position `after` (`0`: from the start), in log order. */
  events(options: { after: string; stream?: string; limit: number }): Promise<{ events: EventLine[]; next: string }>;
  /** What `GET /api/quality` answers. */
  quality(): Promise<ReviewQuality>;
  /** Reviewed articles as labelled lines, by article id after `after`; `next`: the `after` of the next page, null after the last. */
  correctionsExport(options: { after?: string; limit: number }): Promise<{ lines: LabelledLine[]; next: string | null }>;
}

/** A refusal an operator action reports as 400 (bad name) or 404 (no such article). */
export class OperatorError extends Error {
  readonly retryable = false;
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
    this.name = 'OperatorError';
  }
}

const named = z.object({ name: z.string().min(1).max(100).optional() });
const reextractQuery = z.object({ article: z.string().min(1).max(100).optional(), all: z.literal('true').optional() });
const eventsQuery = z.object({
  after: z.string().regex(/^(0|[1-9][0-9]{0,18})$/, 'a log position').default('0'),
  stream: z.string().min(1).max(300).optional(),
  limit: z.string().regex(/^[1-9][0-9]{0,3}$/, 'a whole number from 1 to 5000').transform(Number).refine((n) => n <= 5000, 'at most 5000').default(500),
});
const exportQuery = z.object({
  after: z.string().min(1).max(100).optional(),
  limit: z.string().regex(/^[1-9][0-9]{0,2}$/, 'a whole number from 1 to 500').transform(Number).refine((n) => n <= 500, 'at most 500').default(100),
});

async function answer<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof OperatorError) throw new ApiError(error.status, error.status === 404 ? 'not_found' : 'bad_request', error.message);
    throw error;
  }
}

/** `/admin/ops/…`: the operator commands over HTTP, for admin tokens (`/admin/*` is guarded in the app). */
export function operatorRoutes(actions: OperatorActions): Hono {
  const app = new Hono();
  app.get('/projections', async (c) => c.json(await actions.projectionsStatus()));
  app.post('/projections/rebuild', async (c) => c.json(await answer(() => actions.rebuild(parseQuery(named, c.req.queries()).name))));
  app.post('/projections/retry', async (c) => c.json(await answer(() => actions.retry(parseQuery(named, c.req.queries()).name))));
  app.post('/reextract', async (c) => {
    const { article, all } = parseQuery(reextractQuery, c.req.queries());
    if ((article === undefined) === (all === undefined)) throw new ApiError(400, 'bad_request', 'give either article=ID or all=true');
    return c.json(await answer(() => actions.reextract(article === undefined ? { all: true } : { articleId: article })));
  });
  app.get('/events', async (c) => c.json(await answer(() => actions.events(parseQuery(eventsQuery, c.req.queries())))));
  app.get('/corrections', async (c) => c.json(await actions.correctionsExport(parseQuery(exportQuery, c.req.queries()))));
  return app;
}
