/**
 * The URL without `user:password@`: secrets never go into an event. A URL without them, and text that
 * is not a URL, is returned as is, so `withoutCredentials(url) !== url` says the URL had some.
 */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** `//user:pw@host` to `//host` anywhere in a text that quotes URLs (a failure reason, a config problem). */
export function scrubCredentials(text: string): string {
  return text.replace(/\/\/[^\s/@]*@/g, '//');
}
