import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BlockedAddressError, FetchError, LocalFileError, TooLargeError } from './fetch-errors';
import type { FetchedResource } from './fetch-result';
import { readBody } from './read-body';

const TYPES: Record<string, string> = {
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.json': 'application/json',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
};

/** `file:feeds/x.xml`, relative to the feeds folder: a failure reason names no local absolute path. */
function shownPath(url: URL, root: string | undefined): string {
  const file = fileURLToPath(url);
  const relative = root ? path.relative(root, file) : path.basename(file);
  return `file:${relative.split(path.sep).join('/')}`;
}

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'is not a file',
  EACCES: 'not readable',
  EPERM: 'not readable',
  ELOOP: 'too many symbolic links',
};

function fileProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return FILE_PROBLEMS[code] ?? `cannot be read (${code || 'unknown error'})`;
}

/**
 * Reads a `file:` URL with the same size cap as HTTP. Only files below `root`
 * (after resolving symlinks) are served: a feed item must not read /etc/passwd.
 * A missing file fails at once, not retryable; failures name the file relative to `root`.
 */
export async function readFileResource(url: URL, root: string | undefined, maxBytes: number): Promise<FetchedResource> {
  const href = url.href;
  const shown = shownPath(url, root);
  if (!root) throw new BlockedAddressError(shown, 'file: URLs are not enabled for this fetch');
  let file: string;
  let size: number;
  try {
    file = await realpath(fileURLToPath(url));
    const base = await realpath(root);
    if (file !== base && !file.startsWith(base + path.sep)) throw new BlockedAddressError(shown, 'file is outside the feeds folder');
    const stats = await stat(file);
    if (!stats.isFile()) throw new LocalFileError(shown, 'is not a file');
    size = stats.size;
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw new LocalFileError(shown, fileProblem(err), err);
  }
  if (size > maxBytes) throw new TooLargeError(shown, maxBytes, `file is ${size} bytes`);
  const body = await readBody(createReadStream(file), undefined, shown, maxBytes).catch((err: unknown) => {
    throw err instanceof TooLargeError ? err : new LocalFileError(shown, fileProblem(err), err);
  });
  const contentType = TYPES[path.extname(file).toLowerCase()];
  return {
    status: 'ok',
    url: href,
    httpStatus: 200,
    headers: contentType ? { 'content-type': contentType } : {},
    body,
    ...(contentType ? { contentType } : {}),
  };
}
