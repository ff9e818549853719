import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createToken } from '@wirelog/api';
import { ROLES, serve } from '@wirelog/pipeline';
import type { RunCommand } from '../command';

/** `wirelog start [--feeds F] [--host H]`: every role in one process. */
export const startCommand: RunCommand = async (args) => {
  const { values } = parseArgs({ args, options: { feeds: { type: 'string' }, host: { type: 'string' } } });
  const env = { ...process.env, ...(values.feeds && { WIRELOG_FEEDS: values.feeds }), ...(values.host && { WIRELOG_HOST: values.host }) };
  return serve([...ROLES], {
    env,
    onStarted(service, config) {
      const mode = `${config.mode.database} + ${config.mode.queue === 'bullmq' ? 'BullMQ' : 'in-process queue'}`;
      process.stdout.write(`wirelog is running (${mode}), feeds from ${config.feedsPath}\n  API: http://localhost:${service.port}/api/articles\n  review page: http://localhost:${service.port}/review\n`);
      // the embedded mode's first start: one reviewer token, so corrections work without a setup step
      if (config.mode.database === 'pglite' && !existsSync(config.tokensFile)) {
        const { token } = createToken(config.tokensFile, 'reviewer', 'reviewer');
        process.stdout.write(`  reviewer token (shown once; only its hash is kept in ${config.tokensFile}): ${token}\n`);
      }
    },
  });
};
