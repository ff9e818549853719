import { loadConfig, createLogger, openConnections } from '@wirelog/runtime';
import { ingestOnce, pipelineDeps } from './src/index.ts';
const config = loadConfig({ ...process.env });
const logger = createLogger(config);
const connections = await openConnections(config, logger);
const deps = pipelineDeps(config, connections, logger);
const stats = new Map<string, { n: number; ms: number }>();
const wrap = (q: any) => async (text: string, params?: unknown[]) => {
  const key = text.replace(/\s+/g, ' ').trim().slice(0, 70);
  const t = performance.now();
  try { return await q(text, params); } finally { const s = stats.get(key) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(key, s); }
};
const db = deps.database as any;
const origTx = db.transaction.bind(db);
db.query = wrap(db.query.bind(db));
db.transaction = (fn: any) => origTx((tx: any) => fn({ query: wrap(tx.query.bind(tx)) }));
const t = performance.now();
console.log(await ingestOnce(deps, config.feedsPath));
console.log('total', Math.round(performance.now() - t));
for (const [k, v] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(String(Math.round(v.ms)).padStart(7), String(v.n).padStart(6), k);
await connections.close();
