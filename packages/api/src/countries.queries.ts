import type { Sql } from '@wirelog/db';

export interface TopEntity {
  key: string;
  name: string;
  articles: number;
}

export interface CountryProfileRow {
  country: string;
  name: string;
  article_count: number;
  first_seen_at: Date;
  last_seen_at: Date;
  top_orgs: TopEntity[];
  top_hardware: TopEntity[];
  money_article_count: number;
  /** numerics as text: sums may exceed what a float keeps exactly */
  money_usd_largest: string | null;
  money_usd_sum_of_article_largest: string;
  money_usd_sum_of_mentions: string;
  capacity_mw_largest: string | null;
}

const PROFILE_COLUMNS = `country, name, article_count, first_seen_at, last_seen_at, top_orgs, top_hardware, money_article_count,
  money_usd_largest::text AS money_usd_largest, money_usd_sum_of_article_largest::text AS money_usd_sum_of_article_largest,
  money_usd_sum_of_mentions::text AS money_usd_sum_of_mentions, capacity_mw_largest::text AS capacity_mw_largest`;

/** One country's row of `country_profiles` (its primary key). */
export async function countryProfile(sql: Sql, country: string): Promise<CountryProfileRow | undefined> {
  const { rows } = await sql.query<CountryProfileRow>(`SELECT ${PROFILE_COLUMNS} FROM country_profiles WHERE country = $1`, [country]);
  return rows[0];
}

/** Every profile, most articles first: at most one row per ISO country, so read whole. */
export async function countryProfiles(sql: Sql): Promise<CountryProfileRow[]> {
  const { rows } = await sql.query<CountryProfileRow>(`SELECT ${PROFILE_COLUMNS} FROM country_profiles ORDER BY article_count DESC, country`);
  return rows;
}

export interface ArticleAmountRow {
  article_id: string;
  title: string | null;
  published_at: Date | null;
  mention_id: string;
  text: string;
  currency: string;
  amount: string;
  amount_usd: string;
}

/**
 * The articles with the largest amounts linked to the country, each with its
 * largest one, largest first: `country_articles_money_idx` gives them in
 * order, so the cost is the limit, not the country's articles.
 */
export async function largestAmountsByArticle(sql: Sql, country: string, limit: number): Promise<ArticleAmountRow[]> {
  const { rows } = await sql.query<ArticleAmountRow>(
    `SELECT ca.article_id, a.title, a.published_at, m.mention_id, m.text, m.currency, m.amount::text AS amount, ca.money_usd_largest::text AS amount_usd
     FROM country_articles ca
     JOIN money_mentions m ON m.article_id = ca.article_id AND m.mention_id = ca.money_mention_id
     LEFT JOIN articles a ON a.article_id = ca.article_id
     WHERE ca.country = $1 AND ca.money_usd_largest IS NOT NULL
     ORDER BY ca.money_usd_largest DESC, ca.article_id LIMIT $2`,
    [country, limit],
  );
  return rows;
}
