import { pino, type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** JSON lines on stderr, so stdout stays free for command output. */
export function createLogger(config: Pick<Config, 'logLevel'>, name = 'wirelog'): Logger {
  return pino({ name, level: config.logLevel }, pino.destination(2));
}
