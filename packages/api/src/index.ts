export { createApp } from './app';
export { startApiServer, type ApiServer } from './server';
export { ApiError } from './api-error';
export type { ApiDeps, ApiLogger } from './api-deps';
