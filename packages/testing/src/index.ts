export { describeWithPostgres, describeWithPrivateServers, describeWithRedis, describeWithServers, postgresUrl, redisUrl } from './servers';
export { freshPostgresDatabase, type FreshDatabase } from './fresh-postgres';
export { freshRedisPrefix, type FreshRedisPrefix } from './fresh-redis';
export { corpusDir, corpusPath, corpusFeeds, describeWithCorpus, responseHeaders, type CorpusFeed } from './corpus';
export { describeEachDatabase, openPglite, openPostgres, type OpenTestDatabase, type TestDatabase } from './databases';
export { freePort } from './free-port';
export { withPgClient } from './pg-client';
export { startPrivatePostgres, type PrivatePostgres } from './private-postgres';
export { startPrivateRedis, type PrivateRedis } from './private-redis';
