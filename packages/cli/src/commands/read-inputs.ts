import { readFile } from 'node:fs/promises';

/** File contents for each argument; `-` is standard input. */
export async function* readInputs(files: string[]): AsyncGenerator<{ file: string; bytes: Buffer }> {
  for (const file of files) {
    yield { file, bytes: file === '-' ? await readStdin() : await readFile(file) };
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
