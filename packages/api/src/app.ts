import type { Hono } from 'hono';
import { authenticate, requireRole, requireWhenReadsClosed } from './access/access';
import { operatorRoutes } from './admin/operator.routes';
import { QUEUE_BOARD_PATH } from './admin/queue-board';
import { articlesRoutes } from './articles.routes';
import { catalogueRoutes } from './catalogue.routes';
import { correctionsRoutes } from './corrections.routes';
import { reviewRoutes } from './review.routes';
import { reviewPageRoutes } from './review/review-page.routes';
import { changesRoutes } from './changes/changes.routes';
import { countriesRoutes } from './countries.routes';
import { createJsonApp } from './json-app';
import { opsRoutes } from './ops.routes';
import { qualityRoutes } from './quality.routes';
import type { ApiDeps, OpsDeps } from './api-deps';

/** The HTTP API of SPEC §8 (docs/api.md). `metrics: false` when a separate listener serves `/metrics`. */
export function createApp(deps: ApiDeps, options: { metrics: boolean } = { metrics: true }): Hono {
  return createJsonApp(deps.logger, (app) => {
    app.use(authenticate(deps.access));
    app.use('/api/*', requireWhenReadsClosed(deps.access, 'reader'));
    // the process's figures are the operator's business once reads are closed
    app.use('/metrics', requireWhenReadsClosed(deps.access, 'admin'));
    // operators' pages, opened from a browser: a 401 there makes it ask for the token
    app.use('/admin/*', requireRole('admin', 'Basic'));
    if (deps.queueBoard) app.route(QUEUE_BOARD_PATH, deps.queueBoard);
    if (deps.operator) app.route('/admin/ops', operatorRoutes(deps.operator));
    app.route('/api/articles', correctionsRoutes(deps));
    app.route('/api/articles', articlesRoutes(deps));
    app.route('/api/changes', changesRoutes(deps));
    app.route('/api/countries', countriesRoutes(deps));
    app.route('/api/review', reviewRoutes(deps));
    app.route('/api/quality', qualityRoutes(deps));
    app.route('/api', catalogueRoutes(deps));
    app.route('/review', reviewPageRoutes());
    app.route('/', opsRoutes(deps, options));
  });
}

/** `/healthz`, `/readyz` and `/metrics` only: the listener of every worker role, and the API's metrics port. */
export function createOpsApp(deps: OpsDeps): Hono {
  return createJsonApp(deps.logger, (app) => {
    app.route('/', opsRoutes(deps, { metrics: true }));
  });
}
