import { startApiServer } from '@wirelog/api';
import { openConnections, type Config, type Logger } from '@wirelog/runtime';
import { pipelineDeps, startExtractor, startFetcher, startPoller, startProjector, type Role, type RunningRole } from './roles';

export interface RunningService {
  roles: Role[];
  /** Set when the api role runs. */
  port?: number;
  stop(): Promise<void>;
}

/**
 * Starts the given roles in this process over one set of connections (what
 * `wirelog start`, `wirelog worker <role>` and each services/* container run).
 */
export async function runRoles(roles: Role[], config: Config, logger: Logger): Promise<RunningService> {
  const connections = await openConnections(config, logger);
  const deps = pipelineDeps(config, connections, logger);
  const running: RunningRole[] = [];
  let port: number | undefined;
  try {
    if (roles.includes('projector')) running.push(await startProjector(deps));
    if (roles.includes('fetcher')) running.push(startFetcher(deps));
    if (roles.includes('extractor')) running.push(startExtractor(deps));
    if (roles.includes('poller')) running.push(await startPoller(deps, config.feedsPath));
    if (roles.includes('api')) {
      const server = await startApiServer({ database: deps.database, store: deps.store, logger }, config.port);
      port = server.port;
      running.push({ role: 'api', stop: () => server.close() });
    }
  } catch (error) {
    await stopAll(running, connections.close);
    throw error;
  }
  logger.info({ roles, mode: config.mode, port }, 'wirelog running');
  return { roles, port, stop: () => stopAll(running, connections.close) };
}

/** Roles in reverse start order, then the queue (active jobs finish) and the pools. */
async function stopAll(running: RunningRole[], closeConnections: () => Promise<void>): Promise<void> {
  for (const role of [...running].reverse()) await role.stop();
  await closeConnections();
}
