import { describeMidIngestFault } from './support/mid-ingest-fault';

/** SPEC §9: a restarted PostgreSQL (every connection cut, appends and projections mid-transaction) loses nothing. */
describeMidIngestFault('PostgreSQL restarted mid-ingest (pg_ctl restart -m fast)', {
  name: 'postgres-restart-fast',
  inject: (stack) => stack.pg.restart({ mode: 'fast' }),
});
