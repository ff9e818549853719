export { pollFeed, type PollOutcome } from './poll-feed.handler';
export { fetchArticle, type FetchOutcome } from './fetch-article.handler';
export { extractArticleEntities, type ExtractOutcome } from './extract-article.handler';
export { reconcileFeedEvents, syncSchedulers, type Reconciliation } from './reconcile-feeds';
export { ingestOnce, type IngestSummary } from './ingest-once';
export { ROLES, pipelineDeps, startFetcher, startExtractor, startProjector, startPoller, InvalidFeedsFileError, type Role, type RunningRole } from './roles';
export { reextract, type ReextractSummary } from './reextract';
export { runRoles, type RunningService } from './run-roles';
export type { PipelineDeps } from './pipeline-deps';
