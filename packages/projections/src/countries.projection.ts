import type { Projection } from './projection';
import { refreshCountryArticles } from './country-rows';
import { articleIdOf } from './event-groups';

/**
 * `country_profiles`, `country_articles`, `country_entities`: per country,
 * its articles, the organisations and hardware named with it, and the money
 * and power capacity linked to it. It reads the article's rows of the entities projection (with
 * reviewer corrections applied) and follows that projection's checkpoint, so
 * both agree on what counts. An event replaces its article's contribution
 * with one derived from those rows as they are now, so a batch refreshes
 * each of its articles once.
 */
export const countriesProjection: Projection = {
  name: 'countries',
  // 2: capacity_mw_largest; a confirm (which can lift a reject) refreshes the article
  version: 2,
  tables: ['country_profiles', 'country_articles', 'country_entities'],
  handles: ['EntitiesExtracted', 'EntityConfirmed', 'EntityRejected', 'EntityRelabelled', 'EntityAdded'],
  follows: 'entities',
  async applyBatch(events, tx) {
    await refreshCountryArticles(tx, [...new Set(events.map(articleIdOf))]);
  },
};
