import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import type { AttemptRecord, JobFailure, JobQueue, QueueLogger, QueueOptions } from './job-queue';
import { InvalidJobDataError, InvalidJobIdError, JobDeferredError, NonRetryableError, QueueClosedError } from './queue.errors';

/** Builds a queue in a namespace no other call shares. */
export type QueueFactory = (opts: QueueOptions) => JobQueue;

interface LogEntry {
  level: keyof QueueLogger;
  obj: Record<string, unknown>;
  msg?: string;
}

const idle = { timeoutMs: 20_000, pollMs: 20 };
const article = (n: number) => ({ articleId: `a${n}`, url: `http://127.0.0.1/a${n}`, feedId: 'f1' });

function recordingLogger(entries: LogEntry[]): QueueLogger {
  const record = (level: keyof QueueLogger) => (obj: object, msg?: string) => entries.push({ level, obj: obj as Record<string, unknown>, msg });
  return { info: record('info'), warn: record('warn'), error: record('error') };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** The behaviour both adapters promise; each spec file runs it against one of them. */
export function jobQueueContract(factory: QueueFactory): void {
  const opened: JobQueue[] = [];
  let logs: LogEntry[] = [];
  let deadLetters: JobFailure[] = [];
  let attempts: AttemptRecord[] = [];
  const open = () => {
    const queue = factory({
      logger: recordingLogger(logs),
      backoffScale: 0.01,
      onJobFailed: (failure) => void deadLetters.push(failure),
      onAttempt: (record) => void attempts.push(record),
    });
    opened.push(queue);
    return queue;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((queue) => queue.close({ deadlineMs: 1000 })));
    logs = [];
    deadLetters = [];
    attempts = [];
  });

  it('rejects data the schema refuses and ids BullMQ cannot take, queueing nothing', async () => {
    const queue = open();
    await expect(queue.add('fetch-article', { articleId: 'a1', url: 42 } as never)).rejects.toBeInstanceOf(InvalidJobDataError);
    await expect(queue.add('extract-article', {} as never)).rejects.toBeInstanceOf(InvalidJobDataError);
    await expect(queue.add('extract-article', { articleId: 'a1' }, { jobId: 'a:1' })).rejects.toBeInstanceOf(InvalidJobIdError);
    await expect(queue.add('extract-article', { articleId: 'a1' }, { jobId: '123' })).rejects.toBeInstanceOf(InvalidJobIdError);
    await expect(queue.upsertScheduler('feed:1', 1000, { name: 'poll-feed', data: { feedId: 'f1' } })).rejects.toBeInstanceOf(InvalidJobIdError);
    expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0 });
  });

  it('never runs more jobs of a type at once than its concurrency', async () => {
    const queue = open();
    let active = 0;
    let maxActive = 0;
    let full!: () => void;
    const reachedFull = new Promise<void>((resolve) => (full = resolve));
    queue.process(
      'extract-article',
      async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        if (active === 3) full();
        await Promise.race([reachedFull, sleep(2000)]);
        await sleep(5);
        active -= 1;
      },
      { concurrency: 3 },
    );
    for (let n = 0; n < 12; n += 1) await queue.add('extract-article', { articleId: `a${n}` });
    await queue.whenIdle(['extract-article'], idle);
    expect(maxActive).toBe(3);
    expect(await queue.counts(['extract-article'])).toMatchObject({ completed: 12, failed: 0 });
  });

  it('retries a failing job with backoff until it succeeds, numbering attempts from 1', async () => {
    const queue = open();
    const attempts: number[] = [];
    const startedAt: number[] = [];
    queue.process('fetch-article', async (_data, ctx) => {
      attempts.push(ctx.attempt);
      startedAt.push(Date.now());
      if (ctx.attempt < 3) throw new Error(`transient failure ${ctx.attempt}`);
    });
    await queue.add('fetch-article', article(1));
    await queue.whenIdle(['fetch-article'], idle);
    expect(attempts).toEqual([1, 2, 3]);
    // Exponential backoff of 2000 ms scaled by 0.01: at least 20 ms, then 40 ms (timers may fire 1 ms early).
    const [first = 0, second = 0, third = 0] = startedAt;
    expect(second - first).toBeGreaterThanOrEqual(19);
    expect(third - second).toBeGreaterThanOrEqual(39);
    expect(await queue.counts(['fetch-article'])).toMatchObject({ completed: 1, failed: 0 });
    expect(logs.filter((entry) => entry.level === 'warn')).toHaveLength(2);
  });

  it('stops at the last attempt and records the failure', async () => {
    const queue = open();
    const attempts: number[] = [];
    queue.process('extract-article', async (_data, ctx) => {
      attempts.push(ctx.attempt);
      throw new Error('always broken');
    });
    await queue.add('extract-article', { articleId: 'a1' });
    await queue.whenIdle(['extract-article'], idle);
    expect(attempts).toEqual([1, 2, 3]);
    expect(await queue.counts(['extract-article'])).toMatchObject({ completed: 0, failed: 1 });
    expect(logs.filter((entry) => entry.level === 'error').map((entry) => entry.obj.jobId)).toEqual(['extract-a1']);
  });

  it('does not retry an error marked retryable: false', async () => {
    const queue = open();
    const seen: string[] = [];
    queue.process('fetch-article', async (data, ctx) => {
      seen.push(`${data.articleId}#${ctx.attempt}`);
      if (data.articleId === 'a1') throw new NonRetryableError('page gone');
      throw Object.assign(new Error('refused by policy'), { retryable: false });
    });
    await queue.add('fetch-article', article(1));
    await queue.add('fetch-article', article(2));
    await queue.whenIdle(['fetch-article'], idle);
    expect(seen.sort()).toEqual(['a1#1', 'a2#1']);
    expect(await queue.counts(['fetch-article'])).toMatchObject({ completed: 0, failed: 2 });
  });

  it('dedupes a deterministic job id while that job is pending', async () => {
    const queue = open();
    await queue.add('fetch-article', article(1));
    await queue.add('fetch-article', article(1));
    await queue.add('fetch-article', { ...article(1), url: 'http://127.0.0.1/other' }, { jobId: 'fetch-a1' });
    await queue.add('fetch-article', article(2), { jobId: 'custom-id' });
    expect(await queue.counts(['fetch-article'])).toMatchObject({ waiting: 2 });
    const runs: string[] = [];
    queue.process('fetch-article', async (data, ctx) => void runs.push(`${ctx.jobId}=${data.url}`));
    await queue.whenIdle(['fetch-article'], idle);
    expect(runs.sort()).toEqual(['custom-id=http://127.0.0.1/a2', 'fetch-a1=http://127.0.0.1/a1']);
  });

  it('adds many jobs at once, deduped by id like add, validating all before queueing any', async () => {
    const queue = open();
    await queue.add('fetch-article', article(1));
    await expect(queue.addMany([{ name: 'fetch-article', data: article(2) }, { name: 'extract-article', data: {} as never }])).rejects.toBeInstanceOf(InvalidJobDataError);
    expect(await queue.counts()).toMatchObject({ waiting: 1 });
    await queue.addMany([
      { name: 'fetch-article', data: article(1) },
      { name: 'fetch-article', data: article(2) },
      { name: 'fetch-article', data: article(2) },
      { name: 'extract-article', data: { articleId: 'a3' } },
    ]);
    expect(await queue.counts(['fetch-article'])).toMatchObject({ waiting: 2 });
    expect(await queue.counts(['extract-article'])).toMatchObject({ waiting: 1 });
    const runs: string[] = [];
    queue.process('fetch-article', async (_data, ctx) => void runs.push(ctx.jobId));
    queue.process('extract-article', async (_data, ctx) => void runs.push(ctx.jobId));
    await queue.whenIdle(undefined, idle);
    expect(runs.sort()).toEqual(['extract-a3', 'fetch-a1', 'fetch-a2']);
  });

  it('runs a delayed job only after its delay', async () => {
    const queue = open();
    let ranAt = 0;
    queue.process('extract-article', async () => void (ranAt = Date.now()));
    const addedAt = Date.now();
    await queue.add('extract-article', { articleId: 'a1' }, { delayMs: 400 });
    expect(await queue.counts(['extract-article'])).toMatchObject({ delayed: 1, waiting: 0 });
    expect(ranAt).toBe(0);
    await queue.whenIdle(['extract-article'], idle);
    expect(ranAt - addedAt).toBeGreaterThanOrEqual(395);
  });

  it('runs a scheduler repeatedly with its data', async () => {
    const queue = open();
    const runs: { feedId: string; jobId: string }[] = [];
    queue.process('poll-feed', async (data, ctx) => void runs.push({ feedId: data.feedId, jobId: ctx.jobId }));
    await queue.upsertScheduler('feed-a', 100, { name: 'poll-feed', data: { feedId: 'a' } }, { immediately: true });
    await waitFor(() => runs.length >= 3, 'three scheduled runs');
    expect(runs.every((run) => run.feedId === 'a')).toBe(true);
    expect(new Set(runs.map((run) => run.jobId)).size).toBe(runs.length);
  });

  it('replaces a scheduler upserted again with another interval', async () => {
    const queue = open();
    const data = { feedId: 'a' };
    await queue.upsertScheduler('feed-a', 100, { name: 'poll-feed', data });
    await queue.upsertScheduler('feed-a', 60_000, { name: 'poll-feed', data });
    await queue.upsertScheduler('feed-b', 60_000, { name: 'poll-feed', data: { feedId: 'b' } });
    await queue.upsertScheduler('feed-b', 60_000, { name: 'poll-feed', data: { feedId: 'b' } });
    const schedulers = await queue.listSchedulers();
    expect(schedulers.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'feed-a', everyMs: 60_000 },
      { id: 'feed-b', everyMs: 60_000 },
    ]);
    // One pending run per scheduler, none due yet, and whenIdle does not wait for them.
    expect(await queue.counts(['poll-feed'])).toMatchObject({ delayed: 2, waiting: 0 });
    await queue.whenIdle(undefined, idle);
  });

  it('stops a removed scheduler', async () => {
    const queue = open();
    let runs = 0;
    queue.process('poll-feed', async () => void (runs += 1));
    await queue.upsertScheduler('feed-a', 80, { name: 'poll-feed', data: { feedId: 'a' } }, { immediately: true });
    await waitFor(() => runs >= 2, 'two scheduled runs');
    await queue.removeScheduler('feed-a');
    await queue.whenIdle(['poll-feed'], idle);
    const runsAtRemoval = runs;
    await sleep(400);
    expect(runs).toBe(runsAtRemoval);
    expect(await queue.listSchedulers()).toEqual([]);
    expect(await queue.counts(['poll-feed'])).toMatchObject({ waiting: 0, delayed: 0 });
  });

  it('resolves whenIdle once follow-up jobs are done too', async () => {
    const queue = open();
    const extracted = new Set<string>();
    queue.process('fetch-article', async (data) => {
      await sleep(5);
      await queue.add('extract-article', { articleId: data.articleId }, { delayMs: 20 });
    }, { concurrency: 2 });
    queue.process('extract-article', async (data) => void extracted.add(data.articleId));
    for (let n = 0; n < 5; n += 1) await queue.add('fetch-article', article(n));
    await queue.whenIdle(undefined, idle);
    expect(extracted.size).toBe(5);
    expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, completed: 10 });
  });

  it('closes gracefully: the active job finishes, no new job starts', async () => {
    const queue = open();
    const started: string[] = [];
    const finished: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    queue.process('extract-article', async (data) => {
      started.push(data.articleId);
      await released;
      finished.push(data.articleId);
    });
    await queue.add('extract-article', { articleId: 'a1' });
    await queue.add('extract-article', { articleId: 'a2' });
    await waitFor(() => started.length === 1, 'the first job to start');
    let closed = false;
    const closing = queue.close().then(() => void (closed = true));
    await sleep(100);
    expect(closed).toBe(false);
    release();
    await closing;
    expect(finished).toEqual(['a1']);
    expect(started).toEqual(['a1']);
    await expect(queue.add('extract-article', { articleId: 'a3' })).rejects.toBeInstanceOf(QueueClosedError);
  });
  it('records a job it gives up on once, in the dead letter, with its error', async () => {
    const queue = open();
    queue.process('fetch-article', async (data) => {
      if (data.articleId === 'a1') throw new Error('server kept failing');
      throw new NonRetryableError('page gone');
    });
    await queue.add('fetch-article', article(1));
    await queue.add('fetch-article', article(2));
    await queue.whenIdle(['fetch-article'], idle);
    const byId = new Map(deadLetters.map((failure) => [failure.jobId, failure]));
    expect([...byId.keys()].sort()).toEqual(['fetch-a1', 'fetch-a2']);
    expect(deadLetters).toHaveLength(2);
    expect(byId.get('fetch-a1')).toMatchObject({ name: 'fetch-article', attempts: 5, data: article(1) });
    expect((byId.get('fetch-a1')!.error as Error).message).toBe('server kept failing');
    expect(byId.get('fetch-a2')).toMatchObject({ attempts: 1 });
    expect(attempts.filter((a) => a.outcome === 'retrying')).toHaveLength(4);
    expect(attempts.filter((a) => a.outcome === 'failed')).toHaveLength(2);
  });

  it('runs a finished job again when its id is added again, completed or given up', async () => {
    const queue = open();
    const runs: string[] = [];
    queue.process('extract-article', async (data, ctx) => {
      runs.push(`${data.articleId}#${ctx.attempt}`);
      if (data.articleId === 'broken') throw new NonRetryableError('cannot extract');
    });
    await queue.add('extract-article', { articleId: 'ok' });
    await queue.add('extract-article', { articleId: 'broken' });
    await queue.whenIdle(['extract-article'], idle);
    await queue.add('extract-article', { articleId: 'ok' });
    await queue.add('extract-article', { articleId: 'broken' });
    await queue.whenIdle(['extract-article'], idle);
    expect(runs.sort()).toEqual(['broken#1', 'broken#1', 'ok#1', 'ok#1']);
    expect(await queue.counts(['extract-article'])).toMatchObject({ completed: 2, failed: 2 });
  });

  it('defers a job without spending an attempt, and frees its slot meanwhile', async () => {
    const queue = open();
    const runs: string[] = [];
    queue.process(
      'fetch-article',
      async (data, ctx) => {
        runs.push(`${data.articleId}#${ctx.attempt}`);
        if (data.articleId === 'a1' && runs.length === 1) throw new JobDeferredError(300, 'host asked us to wait');
      },
      { concurrency: 1 },
    );
    await queue.add('fetch-article', article(1));
    await waitFor(() => runs.length === 1, 'the first run');
    await queue.add('fetch-article', article(2));
    await waitFor(() => runs.length === 2, 'the second job');
    expect(runs).toEqual(['a1#1', 'a2#1']); // a2 ran while a1 waited out its deferral
    expect(await queue.counts(['fetch-article'])).toMatchObject({ delayed: 1 });
    await queue.whenIdle(['fetch-article'], idle);
    expect(runs).toEqual(['a1#1', 'a2#1', 'a1#1']);
    expect(deadLetters).toEqual([]);
    expect(attempts.map((a) => a.outcome)).toEqual(['deferred', 'completed', 'completed']);
  });

  it('on close, signals a job still running at the deadline and stops waiting for it', async () => {
    const queue = open();
    let started = false;
    let aborted = false;
    queue.process('extract-article', async (_data, ctx) => {
      started = true;
      await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve()));
      aborted = true;
      throw new Error('stopped by the signal');
    });
    await queue.add('extract-article', { articleId: 'slow' });
    await waitFor(() => started, 'the job to start');
    const closing = Date.now();
    await queue.close({ deadlineMs: 200 });
    expect(aborted).toBe(true);
    expect(Date.now() - closing).toBeLessThan(5_000);
    // handed back, not failed: no dead letter, and the attempt is not counted as a failure
    expect(deadLetters).toEqual([]);
    expect(attempts.map((a) => a.outcome)).toEqual(['handed-back']);
  });
}
