import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { ProjectionStatus } from '@wirelog/projections';

const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'wirelog_' });
const lagEvents = new Gauge({ name: 'wirelog_projection_lag_events', help: 'Events not yet applied by the projection', labelNames: ['projection'], registers: [registry] });
const lagSeconds = new Gauge({ name: 'wirelog_projection_lag_seconds', help: 'Age of the oldest event not yet applied', labelNames: ['projection'], registers: [registry] });
const position = new Gauge({ name: 'wirelog_projection_position', help: 'Global position of the last applied event', labelNames: ['projection'], registers: [registry] });

/** Prometheus text: process metrics plus each projection's lag, read at scrape time. */
export async function metricsText(status: ProjectionStatus[]): Promise<{ contentType: string; body: string }> {
  for (const s of status) {
    lagEvents.set({ projection: s.name }, s.lagEvents);
    lagSeconds.set({ projection: s.name }, s.lagSeconds);
    position.set({ projection: s.name }, Number(s.position));
  }
  return { contentType: registry.contentType, body: await registry.metrics() };
}
