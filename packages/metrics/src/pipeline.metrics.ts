import { Counter, Histogram } from 'prom-client';
import { registry } from './registry';

const registers = [registry];
const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const feedPolls = new Counter({ name: 'wirelog_feed_polls_total', help: 'Feed polls by outcome', labelNames: ['outcome'], registers });

export const fetchDuration = new Histogram({
  name: 'wirelog_fetch_duration_seconds',
  help: 'HTTP (or file) fetches of feeds and pages, by host class (public, private, file) and outcome',
  labelNames: ['kind', 'host_class', 'outcome'],
  buckets: seconds,
  registers,
});

export const fetchedBytes = new Counter({ name: 'wirelog_fetched_bytes_total', help: 'Body bytes fetched, feeds and pages', labelNames: ['kind'], registers });

export const extractionDuration = new Histogram({
  name: 'wirelog_extraction_duration_seconds',
  help: 'Entity extraction time per article',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers,
});

export const jobAttempts = new Counter({ name: 'wirelog_job_attempts_total', help: 'Job attempts by queue and outcome', labelNames: ['queue', 'outcome'], registers });

export const jobWait = new Histogram({ name: 'wirelog_job_wait_seconds', help: 'From a job being due to its attempt starting', labelNames: ['queue'], buckets: seconds, registers });

export const jobFailures = new Counter({
  name: 'wirelog_job_failures_total',
  help: 'Jobs given up (recorded in job_failures and retried by the reconciler), by queue and error',
  labelNames: ['queue', 'reason'],
  registers,
});

export const reconcilerEnqueued = new Counter({
  name: 'wirelog_reconciler_enqueued_total',
  help: 'Jobs the reconciler queued, from new events or from its sweep of owed work',
  labelNames: ['source', 'queue'],
  registers,
});

export const schedulesRecreated = new Counter({
  name: 'wirelog_reconciler_schedules_recreated_total',
  help: 'Feed schedules the queue had lost or changed and the sweep re-created',
  registers,
});
