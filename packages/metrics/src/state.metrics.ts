import { Gauge } from 'prom-client';
import { registry } from './registry';

const registers = [registry];

export const queueJobs = new Gauge({ name: 'wirelog_queue_jobs', help: 'Jobs per queue and state (waiting, active, delayed)', labelNames: ['queue', 'state'], registers });
export const projectionLagEvents = new Gauge({ name: 'wirelog_projection_lag_events', help: 'Events not yet applied by the projection', labelNames: ['projection'], registers });
export const projectionLagSeconds = new Gauge({ name: 'wirelog_projection_lag_seconds', help: 'Age of the oldest event not yet applied', labelNames: ['projection'], registers });
export const projectionParkedEvents = new Gauge({
  name: 'wirelog_projection_parked_events',
  help: 'Events the projection could not apply and passed over (wirelog projections retry applies them again)',
  labelNames: ['projection'],
  registers,
});
export const projectionPosition = new Gauge({ name: 'wirelog_projection_position', help: 'Global position of the last applied event', labelNames: ['projection'], registers });
export const horizonAge = new Gauge({
  name: 'wirelog_log_horizon_age_seconds',
  help: "Age of the oldest open transaction holding back the log's readable horizon (0: none)",
  registers,
});
