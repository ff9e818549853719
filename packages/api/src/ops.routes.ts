import { Hono } from 'hono';
import { metricsText } from '@wirelog/metrics';
import { ApiError } from './api-error';
import type { OpsDeps } from './api-deps';

/** Liveness, readiness and (unless another listener serves it) the process's Prometheus metrics. */
export function opsRoutes(deps: OpsDeps, options: { metrics: boolean }): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await deps.database.query('SELECT 1');
    } catch {
      throw new ApiError(503, 'not_ready', 'database unreachable');
    }
    return c.json({ status: 'ready' });
  });
  if (options.metrics) {
    app.get('/metrics', async (c) => {
      const { contentType, body } = await metricsText();
      return c.body(body, 200, { 'Content-Type': contentType });
    });
  }
  return app;
}
