export { createApp, createOpsApp } from './app';
export { startApiServer, type ApiListen, type ApiServer } from './api-server';
export { startHttpServer, type HttpServer, type ListenOptions } from './start-http-server';
export { ApiError } from './api-error';
export type { ApiDeps, ApiLogger, OpsDeps } from './api-deps';
export { createAccess, type Access, type ReadAccess } from './access/access';
export { createToken, readTokensFile, revokeToken, TokensFileError, TOKEN_NAME } from './access/tokens-file';
export { ROLES as TOKEN_ROLES, type TokenRecord, type TokenRole } from './access/tokens';
export { createQueueBoard, QUEUE_BOARD_PATH, type QueueBoard } from './admin/queue-board';
