import { createLogger, loadConfig, openConnections, type Config, type Connections, type Logger } from '@wirelog/runtime';
import { pipelineDeps, type PipelineDeps } from '@wirelog/pipeline';

export interface CommandContext {
  config: Config;
  logger: Logger;
  connections: Connections;
  deps: PipelineDeps;
}

/** Loads the configuration once (SPEC §3) with an optional feeds-file override. */
export function configFrom(overrides: { feeds?: string } = {}): { config: Config; logger: Logger } {
  const config = loadConfig(overrides.feeds ? { ...process.env, WIRELOG_FEEDS: overrides.feeds } : process.env);
  return { config, logger: createLogger(config) };
}

/** Opens the runtime's connections for a command and always closes them. */
export async function withRuntime<T>(overrides: { feeds?: string }, fn: (ctx: CommandContext) => Promise<T>): Promise<T> {
  const { config, logger } = configFrom(overrides);
  const connections = await openConnections(config, logger);
  try {
    return await fn({ config, logger, connections, deps: pipelineDeps(config, connections, logger) });
  } finally {
    await connections.close();
  }
}
