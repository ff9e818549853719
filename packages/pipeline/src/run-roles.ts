import { createAccess, createOpsApp, createQueueBoard, mintToken, startApiServer, startHttpServer, type HttpServer } from '@wirelog/api';
import { observeProjections, projections } from '@wirelog/projections';
import { openConnections, type Config, type Logger } from '@wirelog/runtime';
import { localUrl, publishOperatorEndpoint } from './operator-endpoint';
import { operatorActions } from './operator-actions';
import { pipelineDeps, startExtractor, startFetcher, startPoller, startProjector, type Role, type RunningRole } from './roles';

export interface RunningService {
  roles: Role[];
  /** The API's port when the api role runs, else the ops listener's (`/healthz`, `/readyz`, `/metrics`). */
  port: number;
  /** Graceful: stop taking work, let running jobs finish (or hand them back at the deadline), then close. */
  stop(): Promise<void>;
}

/**
 * Starts the given roles in this process over one set of connections (what
 * `wirelog start`, `wirelog worker <role>` and each services/* container run).
 */
export async function runRoles(roles: Role[], config: Config, logger: Logger): Promise<RunningService> {
  const connections = await openConnections(config, logger);
  const deps = pipelineDeps(config, connections, logger);
  const intake: RunningRole[] = [];
  let projector: Awaited<ReturnType<typeof startProjector>> | undefined;
  let ops: HttpServer | undefined;
  const stop = async (): Promise<void> => {
    // first what brings work in (requests, feed edits, the reconciler), then running jobs, then the projector,
    // the health listener (it answers until the end) and pools
    for (const role of [...intake].reverse()) await role.stop();
    await connections.queue.close({ deadlineMs: config.shutdownTimeoutMs });
    await projector?.stop();
    await ops?.close();
    await connections.close();
  };
  let port: number;
  try {
    if (roles.includes('projector')) projector = await startProjector(deps);
    if (roles.includes('fetcher')) startFetcher(deps);
    if (roles.includes('extractor')) startExtractor(deps);
    if (roles.includes('poller')) {
      intake.push(await startPoller(deps, { feedsPath: config.feedsPath, reconcileIntervalMs: config.reconcileIntervalMs, ready: projector?.catchUp() }));
    }
    if (roles.includes('api')) {
      // an embedded instance holds the data folder: operator commands from another shell ask it instead
      const operator = config.mode.database === 'pglite' ? mintToken('operator', 'admin') : undefined;
      const access = createAccess({ tokensFile: config.tokensFile, reads: config.readAccess, logger, processTokens: operator && [operator.record] });
      const board = config.redisUrl === undefined ? undefined : createQueueBoard({ redisUrl: config.redisUrl, prefix: config.queuePrefix, logger });
      const server = await startApiServer(
        { database: deps.database, store: deps.store, access, queueBoard: board?.app, operator: operatorActions(deps), logger },
        { host: config.host, port: config.port, metricsPort: config.metricsPort },
      ).catch(async (error: unknown) => {
        await board?.close();
        throw error;
      });
      const unpublish = operator
        ? publishOperatorEndpoint(config.dataDir, { pid: process.pid, url: localUrl(config.host, server.port), token: operator.token })
        : () => undefined;
      // the API reports projection lag too, when no projector in this process does
      const unobserve = projector ? () => undefined : observeProjections(deps.database, projections.map((p) => p.name));
      port = server.port;
      intake.push({ role: 'api', stop: async () => (unpublish(), unobserve(), await server.close(), await board?.close()) });
    } else {
      // every other role can be health-checked and scraped on its own port
      ops = await startHttpServer(createOpsApp({ database: deps.database, logger }), { host: config.host, port: config.port, logger });
      port = ops.port;
    }
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ roles, mode: config.mode, port }, 'wirelog running');
  return { roles, port, stop };
}
