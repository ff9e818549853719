import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type ResolvedFeedUrl = { ok: true; url: string } | { ok: false; message: string };

function localPath(url: string, baseDir: string): string | undefined {
  if (/^file:\/\//i.test(url)) {
    try {
      return fileURLToPath(url);
    } catch {
      return undefined;
    }
  }
  const rest = /^file:/i.test(url) ? url.slice('file:'.length) : url;
  try {
    return path.resolve(baseDir, decodeURIComponent(rest));
  } catch {
    return undefined;
  }
}

/**
 * A feed URL as written in the feeds file to an absolute URL: `http(s):` as is, and `file:` URLs or
 * plain paths resolved against the feeds file's folder, which they may not leave (a feeds file must
 * not be a way to read arbitrary files).
 */
export function resolveFeedUrl(url: string, baseDir: string): ResolvedFeedUrl {
  const trimmed = url.trim();
  if (/^https?:/i.test(trimmed)) {
    try {
      const parsed = new URL(trimmed);
      if (parsed.hostname) return { ok: true, url: parsed.href };
    } catch {
      // reported below
    }
    return { ok: false, message: `"${url}" is not a valid http(s) URL` };
  }
  if (trimmed === '' || (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^file:/i.test(trimmed))) {
    return { ok: false, message: `"${url}" must be an http(s) URL or a file: path below the feeds file's folder` };
  }
  const file = localPath(trimmed, baseDir);
  const relative = file === undefined ? '..' : path.relative(baseDir, file);
  if (file === undefined || relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { ok: false, message: `"${url}" is outside the feeds file's folder ${baseDir}` };
  }
  return { ok: true, url: pathToFileURL(file).href };
}
