import type { Sql } from '@wirelog/db';
import { ApiError, quote } from './api-error';

/** The article list's entity filters, each a kind of the catalogue; a key or a name selects an entity. */
const ENTITY_FILTERS = {
  country: { key: (v: string) => (/^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : undefined), what: 'an ISO 3166-1 alpha-2 code or a country name' },
  hardware: { key: slug, what: 'a hardware key (nvidia-h100) or name (NVIDIA H100)' },
  org: { key: slug, what: 'an organisation key (nvidia) or name (NVIDIA)' },
} as const;

type EntityFilterName = keyof typeof ENTITY_FILTERS;

function slug(value: string): string | undefined {
  const lower = value.toLowerCase();
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(lower) ? lower : undefined;
}

/**
 * Each value becomes the entity ids it names: the key it has the shape of
 * (even if no article mentions it yet), and every catalogue entity of that kind
 * whose name it is, case-insensitively (`?org=Meta` is `org:meta` and
 * `org:meta-platforms`). A value that is neither is a 400: a typo must not
 * pass for "no articles".
 */
export async function resolveEntityFilters(sql: Sql, filters: Partial<Record<EntityFilterName, string[]>>): Promise<string[][]> {
  const asked = (Object.keys(ENTITY_FILTERS) as EntityFilterName[]).flatMap((kind) => (filters[kind] ?? []).map((value) => ({ kind, value })));
  const byName = await entitiesByName(sql, asked);
  const problems: string[] = [];
  const lists = new Map<EntityFilterName, Set<string>>();
  for (const { kind, value } of asked) {
    const key = ENTITY_FILTERS[kind].key(value);
    const ids = [...(key ? [`${kind}:${key}`] : []), ...(byName.get(JSON.stringify([kind, value])) ?? [])];
    if (ids.length === 0) problems.push(`${kind}: ${quote(value)} is not ${ENTITY_FILTERS[kind].what} known here`);
    const list = lists.get(kind) ?? new Set<string>();
    for (const id of ids) list.add(id);
    lists.set(kind, list);
  }
  if (problems.length > 0) throw new ApiError(400, 'bad_request', problems.join('; '));
  return [...lists.values()].map((ids) => [...ids]);
}

/** Catalogue entities by (kind, value asked), names compared with the database's own lower(). */
async function entitiesByName(sql: Sql, asked: { kind: string; value: string }[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (asked.length === 0) return found;
  const { rows } = await sql.query<{ kind: string; value: string; entity_id: string }>(
    `SELECT asked.kind, asked.value, e.entity_id
     FROM unnest($1::text[], $2::text[]) AS asked(kind, value)
     JOIN entities e ON e.kind = asked.kind AND lower(e.name) = lower(asked.value)`,
    [asked.map((a) => a.kind), asked.map((a) => a.value)],
  );
  for (const row of rows) {
    const at = JSON.stringify([row.kind, row.value]);
    found.set(at, [...(found.get(at) ?? []), row.entity_id]);
  }
  return found;
}
