export { registry, onScrape, metricsText } from './registry';
export {
  feedPolls,
  fetchDuration,
  fetchedBytes,
  extractionDuration,
  jobAttempts,
  jobWait,
  jobFailures,
  reconcilerEnqueued,
  schedulesRecreated,
} from './pipeline.metrics';
export { queueJobs, projectionLagEvents, projectionLagSeconds, projectionParkedEvents, projectionPosition, horizonAge } from './state.metrics';
