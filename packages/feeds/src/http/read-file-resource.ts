import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BlockedAddressError, NetworkError, TooLargeError } from './fetch-errors';
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

/**
 * Reads a `file:` URL with the same size cap as HTTP. Only files below `root`
 * (after resolving symlinks) are served: a feed item must not read /etc/passwd.
 */
export async function readFileResource(url: URL, root: string | undefined, maxBytes: number): Promise<FetchedResource> {
  const href = url.href;
  if (!root) throw new BlockedAddressError(href, 'file: URLs are not enabled for this fetch');
  let file: string;
  let size: number;
  try {
    file = await realpath(fileURLToPath(url));
    const base = await realpath(root);
    if (file !== base && !file.startsWith(base + path.sep)) throw new BlockedAddressError(href, `file is outside ${base}`);
    size = (await stat(file)).size;
  } catch (err) {
    if (err instanceof BlockedAddressError) throw err;
    throw new NetworkError(href, err);
  }
  if (size > maxBytes) throw new TooLargeError(href, maxBytes, `file is ${size} bytes`);
  const body = await readBody(createReadStream(file), undefined, href, maxBytes).catch((err: unknown) => {
    throw err instanceof TooLargeError ? err : new NetworkError(href, err);
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
