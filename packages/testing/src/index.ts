export { describeWithPostgres, describeWithRedis, describeWithServers, postgresUrl, redisUrl } from './servers';
export { freshPostgresDatabase, type FreshDatabase } from './fresh-postgres';
export { freshRedisPrefix, type FreshRedisPrefix } from './fresh-redis';
export { corpusDir, corpusPath, corpusFeeds, responseHeaders, type CorpusFeed } from './corpus';
export { describeEachDatabase, openPglite, openPostgres, type OpenTestDatabase, type TestDatabase } from './databases';
export { costGrowth, costRatios, type CostRatios } from './cost-ratio';
