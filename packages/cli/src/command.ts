/** Runs a subcommand with the arguments after its name; resolves with the exit code. */
export type RunCommand = (args: string[]) => Promise<number>;

/**
 * A `wirelog` subcommand as the help table knows it. Its code, and the packages that code needs
 * (pg, BullMQ, PGlite, the extractor…), load only when it runs: `wirelog --help` stays fast.
 */
export interface Command {
  name: string;
  /** One line per form, each with its summary (`feeds validate F`, `feeds import-opml F`). */
  forms: { usage: string; summary: string }[];
  load(): Promise<RunCommand>;
}

/** Bad arguments: main prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An expected failure (an unreadable input file, an unknown id): one line, exit 1. */
export class CommandError extends Error {
  readonly retryable = false;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CommandError';
  }
}
