import { parseArgs } from 'node:util';
import { ROLES, serve } from '@wirelog/pipeline';
import type { Command } from '../command';

export const startCommand: Command = {
  name: 'start',
  usage: 'wirelog start [--feeds F] [--host H]',
  summary: 'run every role in one process (embedded unless DATABASE_URL/REDIS_URL are set)',
  async run(args) {
    const { values } = parseArgs({ args, options: { feeds: { type: 'string' }, host: { type: 'string' } } });
    const env = { ...process.env, ...(values.feeds && { WIRELOG_FEEDS: values.feeds }), ...(values.host && { WIRELOG_HOST: values.host }) };
    return serve([...ROLES], {
      env,
      onStarted(service, config) {
        const mode = `${config.mode.database} + ${config.mode.queue === 'bullmq' ? 'BullMQ' : 'in-process queue'}`;
        process.stdout.write(`wirelog is running (${mode}), feeds from ${config.feedsPath}\n  API: http://localhost:${service.port}/api/articles\n`);
      },
    });
  },
};
