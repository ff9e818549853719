import { readFileSync } from 'node:fs';
import { CommandError } from '../command';

/**
 * A file named on the command line; a missing or unreadable one is a one-line error, not a stack trace.
 * Read synchronously: one file at a time either way, and fs/promises costs more than extracting a small text.
 */
export function readInputFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    // Node's message is "ENOENT: no such file or directory, open 'x'": keep the reason, the file is named once
    const reason = (error as Error).message.replace(/, \w+ '.*'$/s, '');
    throw new CommandError(`cannot read ${file} (${reason})`, { cause: error });
  }
}

/** File contents for each argument; `-` is standard input. */
export async function* readInputs(files: string[]): AsyncGenerator<{ file: string; bytes: Buffer }> {
  for (const file of files) {
    yield { file, bytes: file === '-' ? await readStdin() : readInputFile(file) };
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
