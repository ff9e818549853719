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
  const rest = url.slice('file:'.length);
  try {
    return path.resolve(baseDir, decodeURIComponent(rest));
  } catch {
    return undefined;
  }
}

/**
 * A feed URL as written in the feeds file to an absolute URL: `http(s):` as is, and `file:` URLs
 * resolved against the feeds file's folder, which they may not leave (a feeds file must not be a
 * way to read arbitrary files). A scheme is required: `example.com/feed.xml` is a forgotten
 * `https://`, not a file path.
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
  if (!/^file:/i.test(trimmed)) {
    const shown = trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
    return { ok: false, message: `"${shown}" needs a scheme: http:, https:, or file: for a path below the feeds file's folder` };
  }
  const file = localPath(trimmed, baseDir);
  const relative = file === undefined ? '..' : path.relative(baseDir, file);
  if (file === undefined || relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { ok: false, message: `"${url}" is outside the feeds file's folder ${baseDir}` };
  }
  return { ok: true, url: pathToFileURL(file).href };
}
