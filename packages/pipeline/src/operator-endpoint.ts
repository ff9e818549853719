import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where an embedded instance answers operator commands, and the admin token it made for them. */
export interface OperatorEndpoint {
  pid: number;
  url: string;
  token: string;
}

const fileIn = (dataDir: string) => path.join(dataDir, 'operator.json');

/**
 * Written by an embedded instance (which holds the data folder's lock) once its
 * API listens: readable by the folder's owner only, like the database itself.
 * The token is valid for this process's life only. Returns the remover.
 */
export function publishOperatorEndpoint(dataDir: string, endpoint: OperatorEndpoint): () => void {
  const file = fileIn(dataDir);
  writeFileSync(file, JSON.stringify(endpoint), { mode: 0o600 });
  chmodSync(file, 0o600);
  return () => rmSync(file, { force: true });
}

/** The endpoint of the instance holding `dataDir`, if one is running. */
export function readOperatorEndpoint(dataDir: string): OperatorEndpoint | undefined {
  let endpoint: OperatorEndpoint;
  try {
    endpoint = JSON.parse(readFileSync(fileIn(dataDir), 'utf8')) as OperatorEndpoint;
  } catch {
    return undefined;
  }
  try {
    process.kill(endpoint.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return endpoint;
}

/** A URL this host can reach a listener bound to `host` at. */
export function localUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
