export type { Database, Sql, QueryResult } from './sql';
export { DatabaseError, sqlState } from './sql';
export { createPostgresDatabase } from './postgres.database';
export { createPgliteDatabase } from './pglite.database';
export { DataDirInUseError } from './data-dir-lock';
export { migrate, assertSchemaCurrent, SchemaOutdatedError, migrationsFolder } from './migrate';
export {
  events,
  projectionCheckpoints,
  feeds,
  articles,
  articleMentions,
  articleEntities,
  entities,
  moneyMentions,
  entityCorrections,
  jobFailures,
  countryProfiles,
  countryArticles,
  countryEntities,
} from './schema/index';
export { articleSearchVector } from './schema/article-search';
