import { cursorAt, OperatorError, type OperatorActions } from '@wirelog/api';
import { describeHolder, horizonHolder, readAll } from '@wirelog/event-store';
import { projectionStatus, projections, rebuildProjection, retryParked, type Projection } from '@wirelog/projections';
import { labelledLine, readReviewedArticles, reviewQuality } from '@wirelog/quality';
import { ArticleNotFoundError, reextract } from './reextract';
import type { PipelineDeps } from './pipeline-deps';

function chosen(name: string | undefined): Projection[] {
  if (name === undefined) return [...projections];
  const found = projections.filter((p) => p.name === name);
  if (found.length === 0) throw new OperatorError(400, `unknown projection ${name}; one of ${projections.map((p) => p.name).join(', ')}`);
  return found;
}

/** The operator commands on this process's database: what the CLI runs, and what an embedded instance serves at /admin/ops. */
export function operatorActions(deps: PipelineDeps): OperatorActions {
  const { database } = deps;
  return {
    async projectionsStatus() {
      const [status, holder] = await Promise.all([projectionStatus(database, projections.map((p) => p.name)), horizonHolder(database)]);
      return {
        projections: status.map((s) => ({ name: s.name, position: String(s.position), lagEvents: s.lagEvents, lagSeconds: s.lagSeconds, parkedEvents: s.parkedEvents })),
        horizon: holder && holder.ageSeconds >= 1 ? describeHolder(holder) : null,
      };
    },
    async rebuild(name) {
      const results = [];
      for (const projection of chosen(name)) {
        const started = performance.now();
        const { events } = await rebuildProjection(database, projection);
        results.push({ projection: projection.name, events, seconds: (performance.now() - started) / 1000 });
      }
      return results;
    },
    retry: (name) => retryParked(database, chosen(name)),
    async reextract(target) {
      try {
        return await reextract(deps, target);
      } catch (error) {
        if (error instanceof ArticleNotFoundError) throw new OperatorError(404, error.message);
        throw error;
      }
    },
    async events({ after, stream, limit }) {
      const cursor = await cursorAt(database, BigInt(after));
      if (!cursor) throw new OperatorError(400, `no event at position ${after}`);
      const events = await readAll(database, { after: cursor, limit });
      const last = events[events.length - 1];
      return {
        events: events
          .filter((e) => stream === undefined || e.streamId === stream)
          .map((e) => ({
            position: e.globalPosition.toString(),
            stream: e.streamId,
            version: e.streamVersion,
            type: e.type,
            eventId: e.eventId,
            data: e.data,
            metadata: e.metadata,
            recordedAt: e.recordedAt.toISOString(),
          })),
        next: last ? last.globalPosition.toString() : after,
      };
    },
    quality: () => reviewQuality(database),
    async correctionsExport({ after, limit }) {
      const { articles, next } = await readReviewedArticles(database, { after, limit });
      return { lines: articles.map(labelledLine), next };
    },
  };
}
