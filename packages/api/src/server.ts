import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import type { ApiDeps } from './api-deps';

export interface ApiServer {
  port: number;
  close(): Promise<void>;
}

export async function startApiServer(deps: ApiDeps, port: number): Promise<ApiServer> {
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    server = serve({ fetch: app.fetch, port, hostname: '0.0.0.0' }, (info) => {
      resolve({
        port: info.port,
        close: () => new Promise<void>((done) => server!.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
