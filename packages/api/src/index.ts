export { createApp, createOpsApp } from './app';
export { startApiServer, type ApiListen, type ApiServer } from './api-server';
export { startHttpServer, type HttpServer, type ListenOptions } from './start-http-server';
export { ApiError } from './api-error';
export type { ApiDeps, ApiLogger, OpsDeps } from './api-deps';
