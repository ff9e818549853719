import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { RequestError, getRequestListener } from '@hono/node-server';
import { errorBody } from './api-error';
import type { ApiLogger } from './api-deps';

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

export interface ListenOptions {
  host: string;
  /** 0 picks a free port; the returned `port` says which. */
  port: number;
  logger?: ApiLogger;
}

/**
 * Serves a hono app on `host:port`. Requests hono never sees (a bad Host
 * header, a malformed request line) are answered in the same JSON error shape
 * instead of @hono/node-server's and Node's empty bodies.
 */
export async function startHttpServer(app: { fetch: (request: Request) => Response | Promise<Response> }, options: ListenOptions): Promise<HttpServer> {
  const listener = getRequestListener(app.fetch, {
    errorHandler: (error) => {
      if (error instanceof RequestError) return jsonError(400, 'bad_request', error.message);
      options.logger?.error({ err: error }, 'request failed outside the app');
      return jsonError(500, 'internal', 'internal error');
    },
  });
  const server = createServer(listener);
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    const refuse = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`${options.host}:${options.port} is already in use: give each wirelog process on this host its own PORT (PORT=0 picks a free one)`, { cause: error })
          : error,
      );
    server.once('error', refuse);
    server.listen(options.port, options.host, () => {
      server.off('error', refuse);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // a connection whose response ends after this is not kept alive for the next request
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        server.close((error) => {
          clearInterval(sweep);
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

function jsonError(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify(errorBody(code, message)), {
    status,
    headers: { 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** What Node would answer to a request it cannot parse (400, 408, 431), with a JSON body. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, code] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'headers_too_large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'request_timeout']
        : [400, 'Bad Request', 'bad_request'];
  const body = JSON.stringify(errorBody(code, reason.toLowerCase()));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
}
