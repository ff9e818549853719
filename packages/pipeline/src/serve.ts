import { ConfigError, createLogger, loadConfig, type Config } from '@wirelog/runtime';
import { runRoles, type RunningService } from './run-roles';
import type { Role } from './roles';

/** Beyond the jobs' deadline, how long closing the rest may take before the process gives up waiting. */
const SHUTDOWN_SLACK_MS = 10_000;

/**
 * Runs roles until SIGINT/SIGTERM, then stops them gracefully (intake, then
 * running jobs within the shutdown deadline, then pools). What every
 * services/* main and `wirelog start|worker` call. Resolves with the process
 * exit code: 0 after a clean stop; a second signal, or a stop that overruns
 * its deadline, ends with 1.
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
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        return resolve(1);
      }
      stopping = true;
      logger.info({ signal, deadlineMs: config.shutdownTimeoutMs }, 'shutting down');
      const overrun = setTimeout(() => {
        logger.error('shutdown overran its deadline; exiting');
        resolve(1);
      }, config.shutdownTimeoutMs + SHUTDOWN_SLACK_MS);
      overrun.unref();
      service.stop().then(
        () => {
          clearTimeout(overrun);
          logger.info('stopped');
          resolve(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
