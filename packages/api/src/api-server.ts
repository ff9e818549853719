import { createApp, createOpsApp } from './app';
import { startHttpServer, type HttpServer } from './start-http-server';
import type { ApiDeps } from './api-deps';

export interface ApiListen {
  /** Bind address (`WIRELOG_HOST`). */
  host: string;
  port: number;
  /** When set, `/metrics` is served only on this port (same host) and is a 404 on `port`. */
  metricsPort?: number;
}

export interface ApiServer extends HttpServer {
  /** Set when metrics have their own listener. */
  metricsPort?: number;
}

/** The API listener, and the metrics listener when `metricsPort` is set. */
export async function startApiServer(apiDeps: ApiDeps, { host, port, metricsPort }: ApiListen): Promise<ApiServer> {
  // closing ends the change feed's streams first, so that no open response holds the listener
  const closing = new AbortController();
  const deps = { ...apiDeps, shutdown: closing.signal };
  const listener = await startHttpServer(createApp(deps, { metrics: metricsPort === undefined }), { host, port, logger: deps.logger });
  const api = { port: listener.port, close: () => (closing.abort(), listener.close()) };
  if (metricsPort === undefined) return api;
  let metrics: HttpServer;
  try {
    metrics = await startHttpServer(createOpsApp(deps), { host, port: metricsPort, logger: deps.logger });
  } catch (error) {
    await api.close();
    throw error;
  }
  return {
    port: api.port,
    metricsPort: metrics.port,
    close: async () => {
      await Promise.all([api.close(), metrics.close()]);
    },
  };
}
