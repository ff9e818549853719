import { withoutCredentials } from '@wirelog/events';

/** `href` made absolute against the first base that works (credentials dropped), or undefined if it is not a usable URL. */
export function resolveUrl(href: string | undefined, ...bases: Array<string | undefined>): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  for (const base of [...bases, undefined]) {
    try {
      return withoutCredentials(new URL(trimmed, base).href);
    } catch {
      // an unusable base: try the next one
    }
  }
  return undefined;
}
