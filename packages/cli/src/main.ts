import { ConfigError } from '@wirelog/runtime';
import { UsageError, type Command } from './command';
import { articleTextCommand } from './commands/article-text.command';
import { entitiesCommand } from './commands/entities.command';
import { eventsCommand } from './commands/events.command';
import { feedsCommand } from './commands/feeds.command';
import { ingestCommand } from './commands/ingest.command';
import { migrateCommand } from './commands/migrate.command';
import { projectionsCommand } from './commands/projections.command';
import { reextractCommand } from './commands/reextract.command';
import { startCommand } from './commands/start.command';
import { workerCommand } from './commands/worker.command';

const commands: Command[] = [
  startCommand,
  workerCommand,
  ingestCommand,
  feedsCommand,
  migrateCommand,
  projectionsCommand,
  reextractCommand,
  entitiesCommand,
  articleTextCommand,
  eventsCommand,
];

function help(): string {
  return `usage: wirelog <command> [options]\n\n${commands.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`).join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`wirelog: unknown command ${name}\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`wirelog ${name}: ${(error as Error).message}\nusage: ${command.usage}\n`);
      return 2;
    }
    // expected failures (bad config, old schema, invalid feeds file) need no stack trace
    const expected = error instanceof ConfigError || (error as { retryable?: boolean }).retryable === false;
    process.stderr.write(`wirelog ${name}: ${expected ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
