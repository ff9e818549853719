import { ConfigError, createLogger, loadConfig, type Config } from '@wirelog/runtime';
import { runRoles, type RunningService } from './run-roles';
import type { Role } from './roles';

/**
 * Runs roles until SIGINT/SIGTERM, then stops them (workers before pools).
 * What every services/* main and `wirelog start|worker` call. Resolves with
 * the process exit code.
 */
export async function serve(
  roles: Role[],
  options: { env?: NodeJS.ProcessEnv; onStarted?: (service: RunningService, config: Config) => void } = {},
): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(options.env ?? process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const logger = createLogger(config, roles.length === 1 ? `wirelog-${roles[0]}` : 'wirelog');
  const service = await runRoles(roles, config, logger);
  options.onStarted?.(service, config);
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'shutting down');
      service.stop().then(
        () => resolve(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
