import type { Hono } from 'hono';
import type { Database } from '@wirelog/db';
import type { EventStore } from '@wirelog/event-store';
import type { Access } from './access/access';
import type { OperatorActions } from './admin/operator.routes';

export interface ApiLogger {
  error(obj: object, msg?: string): void;
}

/** What an ops listener needs: readiness and metrics read the database. */
export interface OpsDeps {
  database: Database;
  logger: ApiLogger;
}

export interface ApiDeps extends OpsDeps {
  store: EventStore;
  /** Who may do what: the tokens file and whether reads need a token. */
  access: Access;
  /** bull-board, in services mode: served at `/admin/queues` to admin tokens. */
  queueBoard?: Hono;
  /** The operator commands, served at `/admin/ops/` to admin tokens. */
  operator?: OperatorActions;
  /** Fires when the server is closing: long-lived responses (the change feed) end. */
  shutdown?: AbortSignal;
}
