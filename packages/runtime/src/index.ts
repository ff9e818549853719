export { loadConfig, ConfigError, type Config } from './config';
export { createLogger, type Logger } from './logger';
export { openConnections, type Connections } from './connections';
export { recordJobFailure } from './dead-letter';
