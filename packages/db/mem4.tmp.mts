import { PGlite } from '@electric-sql/pglite';
const r = () => Math.round(process.memoryUsage().rss / 1e6);
const db = await PGlite.create(process.argv[2]);
console.log('create', r(), 'ext', Math.round(process.memoryUsage().external / 1e6), 'ab', Math.round(process.memoryUsage().arrayBuffers / 1e6));
for (let i = 0; i < 5; i++) { await new Promise((res) => setTimeout(res, 300)); globalThis.gc?.(); }
console.log('after gc', r(), 'ext', Math.round(process.memoryUsage().external / 1e6), 'ab', Math.round(process.memoryUsage().arrayBuffers / 1e6));
await db.close();
