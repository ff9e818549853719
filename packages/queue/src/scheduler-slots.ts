export interface Scheduler {
  id: string;
  everyMs: number;
  data: unknown;
  /** When the pending run is due; BullMQ names that run after it. */
  nextMillis: number;
}

/** BullMQ's id for a scheduler's run (it alone may hold `:`, which keeps it apart from added ids). */
export function schedulerJobId(schedulerId: string, millis: number): string {
  return `repeat:${schedulerId}:${millis}`;
}

/** The first slot on the scheduler's grid not in the past: missed runs are skipped, not caught up. */
export function nextRunAfter(scheduler: Scheduler, now: number): number {
  const behind = now - scheduler.nextMillis;
  const steps = Math.max(1, Math.ceil(behind / scheduler.everyMs));
  return scheduler.nextMillis + steps * scheduler.everyMs;
}
