import type { Database, Sql } from '@wirelog/db';

export type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  /** EXPLAIN ANALYZE only: rows per loop (and those its filter dropped), and loops */
  'Actual Rows'?: number;
  'Rows Removed by Filter'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
};

export interface SentQuery {
  text: string;
  params?: unknown[];
}

function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

/** EXPLAIN (FORMAT JSON)'s output, as either driver returns it, flattened. */
const nodesOf = (plan: unknown) => planNodes((typeof plan === 'string' ? JSON.parse(plan) : plan)[0].Plan);

/** The database as it is, but every query sent through it or its transactions is also kept in `sent`, in order. */
export function recordingDatabase(database: Database): { database: Database; sent: SentQuery[] } {
  const sent: SentQuery[] = [];
  const recording = (sql: Sql): Sql => ({ query: (text, params) => (sent.push({ text, params }), sql.query(text, params)) });
  return { database: { ...database, ...recording(database), transaction: (fn) => database.transaction((tx) => fn(recording(tx))) }, sent };
}

/**
 * The nodes of the plan PostgreSQL chooses for `query` once sequential scans
 * are priced out (so a sequential scan left means no index can serve it),
 * after the `setup` statements (a query's own planner settings), in one
 * transaction: EXPLAIN runs nothing, and the settings end with it.
 */
export async function planOf(database: Database, query: SentQuery, setup: SentQuery[] = []): Promise<PlanNode[]> {
  return database.transaction(async (tx) => {
    for (const { text, params } of setup) await tx.query(text, params);
    await tx.query('SET LOCAL enable_seqscan = off');
    const { rows } = await tx.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${query.text}`, query.params);
    return nodesOf(rows[0]!['QUERY PLAN']);
  });
}

/**
 * Runs the statements in order, each under EXPLAIN ANALYZE with sequential
 * scans priced out, in one transaction that is rolled back: the plans they
 * really ran, with the rows each node produced.
 */
export async function analyzedPlansOf(database: Database, queries: SentQuery[]): Promise<PlanNode[][]> {
  const plans: PlanNode[][] = [];
  await rolledBack(database, async (tx) => {
    await tx.query('SET LOCAL enable_seqscan = off');
    for (const { text, params } of queries) {
      const { rows } = await tx.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params);
      plans.push(nodesOf(rows[0]!['QUERY PLAN']));
    }
  });
  return plans;
}

/** Runs `fn` in a transaction and rolls it back, whatever it did. */
export async function rolledBack(database: Database, fn: (tx: Sql) => Promise<void>): Promise<void> {
  const rollback = new Error('rolled back on purpose');
  await database.transaction(async (tx) => {
    await fn(tx);
    throw rollback;
  }).catch((error: unknown) => {
    if (error !== rollback) throw error;
  });
}

/** The rows the scans of `table` read in an analysed plan (kept or filtered out): what a statement read of it. */
export const rowsReadFrom = (nodes: PlanNode[], table: string) =>
  nodes
    .filter((n) => n['Relation Name'] === table && n['Node Type'].includes('Scan'))
    .reduce((sum, n) => sum + ((n['Actual Rows'] ?? 0) + (n['Rows Removed by Filter'] ?? 0)) * (n['Actual Loops'] ?? 1), 0);

/** The tables a plan reads by a sequential scan: what a test of index use expects to be empty. */
export const sequentialScans = (nodes: PlanNode[]) => nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']);

/** The indexes a plan uses. */
export const indexesOf = (nodes: PlanNode[]) => nodes.map((n) => n['Index Name']).filter((name): name is string => name !== undefined);
