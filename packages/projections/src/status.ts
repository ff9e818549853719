import type { Sql } from '@wirelog/db';

export interface ProjectionStatus {
  name: string;
  position: bigint;
  lagEvents: number;
  /** Age of the oldest event not yet applied; 0 when caught up. */
  lagSeconds: number;
  /** Events it could not apply and passed over (`parked_events`). */
  parkedEvents: number;
  updatedAt: Date;
}

export async function projectionStatus(sql: Sql, names: string[]): Promise<ProjectionStatus[]> {
  const { rows } = await sql.query<{ name: string; position: bigint | null; lag_events: string; lag_seconds: number | null; parked: string; updated_at: Date | null }>(
    `SELECT n.name, c.position, c.updated_at,
            (SELECT count(*) FROM parked_events p WHERE p.projection = n.name)::text AS parked,
            (SELECT count(*) FROM events e WHERE (e.transaction_id, e.global_position) > (COALESCE(c.transaction_id, '0'::xid8), COALESCE(c.position, 0)))::text AS lag_events,
            (SELECT extract(epoch FROM now() - min(e.recorded_at))::float8 FROM events e
              WHERE (e.transaction_id, e.global_position) > (COALESCE(c.transaction_id, '0'::xid8), COALESCE(c.position, 0))) AS lag_seconds
     FROM unnest($1::text[]) AS n(name) LEFT JOIN projection_checkpoints c ON c.name = n.name
     ORDER BY n.name`,
    [names],
  );
  return rows.map((r) => ({
    name: r.name,
    position: r.position ?? 0n,
    lagEvents: Number(r.lag_events),
    lagSeconds: Math.max(0, r.lag_seconds ?? 0),
    parkedEvents: Number(r.parked),
    updatedAt: r.updated_at ?? new Date(0),
  }));
}
