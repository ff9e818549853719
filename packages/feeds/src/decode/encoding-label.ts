/** Encodings the WHATWG spec lacks but feeds use; decoded with iconv-lite. */
const EXTRA_LABELS: Record<string, string> = {
  'utf-32': 'utf-32le',
  utf32: 'utf-32le',
  'utf-32le': 'utf-32le',
  'utf-32be': 'utf-32be',
  'ucs-4': 'utf-32be',
  'iso-10646-ucs-4': 'utf-32be',
};

/**
 * Canonical encoding name for a charset label, per the WHATWG encoding spec (so `latin1` and
 * `iso-8859-1` are windows-1252, `gb2312` is gbk), or undefined for unknown labels and for the
 * spec's `replacement` encoding, whose decoder would throw the whole text away.
 */
export function resolveEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const cleaned = label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (cleaned === '') return undefined;
  const extra = EXTRA_LABELS[cleaned];
  if (extra) return extra;
  try {
    return new TextDecoder(cleaned).encoding;
  } catch {
    return undefined;
  }
}

export function isUnicodeWide(encoding: string): boolean {
  return encoding.startsWith('utf-16') || encoding.startsWith('utf-32');
}
