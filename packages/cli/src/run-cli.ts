import cliPackage from '../package.json' with { type: 'json' };
import { UsageError, type Command } from './command';
import { commands } from './commands';
import { helpText, usageText } from './help';

const HELP = ['--help', '-h'];

/** `wirelog …`: finds the command, loads its code, and maps failures to exit codes (2 usage, 1 failure). */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || HELP.includes(name)) {
    process.stdout.write(helpText(commands));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`wirelog ${cliPackage.version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`wirelog: unknown command ${name}\n\n${helpText(commands)}`);
    return 2;
  }
  if (args.some((a) => HELP.includes(a))) {
    process.stdout.write(usageText(command));
    return 0;
  }
  if (args.length === 0 && command.forms.length > 1) {
    // a command with actions, given none: list them
    process.stdout.write(usageText(command));
    return 2;
  }
  return runCommand(command, args);
}

async function runCommand(command: Command, args: string[]): Promise<number> {
  try {
    return await (await command.load())(args);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`wirelog ${command.name}: ${(error as Error).message}\n${usageText(command)}`);
      return 2;
    }
    // expected failures (bad config, old schema, invalid feeds file, unreadable input) need no stack trace
    const expected = (error as { retryable?: boolean }).retryable === false;
    process.stderr.write(`wirelog ${command.name}: ${expected ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
    return 1;
  }
}
