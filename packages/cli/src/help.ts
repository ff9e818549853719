import type { Command } from './command';

const WIDTH = 56;

/** The help table: one line per form of every command. */
export function helpText(commands: Command[]): string {
  const lines = commands.flatMap((c) => c.forms.map((f) => `  ${f.usage.padEnd(WIDTH)} ${f.summary}`));
  return `usage: wirelog <command> [options]\n\n${lines.join('\n')}\n\nwirelog <command> --help shows one command; wirelog --version its version.\n`;
}

/** One command's forms (`wirelog feeds` lists its actions this way). */
export function usageText(command: Command): string {
  return command.forms.map((f, i) => `${i === 0 ? 'usage: ' : '       '}${f.usage.padEnd(WIDTH)} ${f.summary}`).join('\n') + '\n';
}
