import { createServer } from 'node:net';

/** A loopback TCP port nobody listens on right now (the OS picks it; the caller binds it soon after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port assigned'))));
    });
  });
}

/**
 * Starts a server on a free port and returns the port. A port free when
 * chosen may be taken before the server binds it: when `taken(error)` says
 * so, another port is tried (three in all).
 */
export async function startOnFreePort(start: (port: number) => Promise<void>, taken: (error: Error) => boolean): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await start(port);
      return port;
    } catch (error) {
      if (attempt === 3 || !taken(error as Error)) throw error;
    }
  }
}
