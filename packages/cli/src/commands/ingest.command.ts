import { parseArgs } from 'node:util';
import { ingestOnce } from '@wirelog/pipeline';
import { withRuntime } from '../context';
import { UsageError, type RunCommand } from '../command';

/** `wirelog ingest --once [--feeds F]`: poll once, process everything found, print a summary. */
export const ingestCommand: RunCommand = async (args) => {
  const { values } = parseArgs({ args, options: { once: { type: 'boolean' }, feeds: { type: 'string' } } });
  if (!values.once) throw new UsageError('only --once is supported: `wirelog start` keeps polling');
  const summary = await withRuntime({ feeds: values.feeds }, ({ deps, config }) => ingestOnce(deps, config.feedsPath));
  const p = summary.polled;
  process.stdout.write(
    [
      `feeds: ${summary.feeds} (polled ${p.polled}, not modified ${p['not-modified']}, failed ${p.failed}, skipped ${p.skipped})`,
      `new articles: ${summary.newArticles}, fetched: ${summary.fetched}, duplicates: ${summary.duplicates}`,
      `failures: ${summary.failures.feeds} feed(s), ${summary.failures.articles} article(s)`,
      ...(summary.deferred > 0 ? [`deferred: ${summary.deferred} article(s) whose host asked us to wait; they stay owed`] : []),
      `extracted: ${summary.extracted} article(s), ${summary.entities} entity mention(s)`,
      `events appended: ${summary.events} in ${summary.seconds}s`,
    ].join('\n') + '\n',
  );
  return 0;
};
