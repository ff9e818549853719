import type { StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';
import type { Projection } from './projection';
import { refreshCountryArticles } from './country-rows';

/**
 * `country_profiles`, `country_articles`, `country_entities`: per country,
 * its articles, the organisations and hardware named with it, and the money
 * linked to it. It reads the article's rows of the entities projection (with
 * reviewer corrections applied) and follows that projection's checkpoint, so
 * both agree on what counts.
 */
export const countriesProjection: Projection = {
  name: 'countries',
  version: 1,
  tables: ['country_profiles', 'country_articles', 'country_entities'],
  handles: ['EntitiesExtracted', 'EntityRejected', 'EntityRelabelled', 'EntityAdded'],
  follows: 'entities',
  async apply(event: StoredEvent, tx: Sql) {
    await refreshCountryArticles(tx, (event.data as { articleId: string }).articleId);
  },
};
