import { Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process: every role in it reports here (process RSS and event-loop lag included). */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'wirelog_' });

const scrapeHooks = new Set<() => Promise<void>>();

/**
 * Runs `hook` before every scrape to refresh gauges that are read, not
 * counted (queue depth, projection lag); returns a function that removes it.
 */
export function onScrape(hook: () => Promise<void>): () => void {
  scrapeHooks.add(hook);
  return () => void scrapeHooks.delete(hook);
}

/** Prometheus text of this process; a failing hook leaves its gauges as they were. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  await Promise.allSettled([...scrapeHooks].map((hook) => hook()));
  return { contentType: registry.contentType, body: await registry.metrics() };
}
