import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registry } from './index';

const infra = (file: string) => readFileSync(fileURLToPath(new URL(`../../../infra/${file}`, import.meta.url)), 'utf8');

/** Every series this process can export: histograms and summaries add their suffixed series. */
async function exportedSeries(): Promise<Set<string>> {
  const names = new Set<string>();
  for (const metric of await registry.getMetricsAsJSON()) {
    names.add(metric.name);
    for (const suffix of ['_bucket', '_count', '_sum']) names.add(`${metric.name}${suffix}`);
  }
  return names;
}

const referenced = (text: string) => new Set(text.match(/\bwirelog_[a-z0-9_]+/g) ?? []);

describe('infra dashboards and alerts', () => {
  it('reference only metrics that wirelog exports', async () => {
    const series = await exportedSeries();
    const alerts = parse(infra('prometheus/alerts.yml')) as { groups: { rules: { alert: string; expr: string }[] }[] };
    const dashboard = JSON.parse(infra('grafana/wirelog-dashboard.json')) as { panels: { targets: { expr: string }[] }[] };
    const exprs = [...alerts.groups.flatMap((g) => g.rules.map((r) => r.expr)), ...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr))];
    expect(exprs.length).toBeGreaterThan(20);
    const unknown = exprs.flatMap((expr) => [...referenced(expr)]).filter((name) => !series.has(name));
    expect(unknown).toEqual([]);
  });
});
