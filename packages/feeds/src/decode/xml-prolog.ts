/**
 * Reads an XML prolog by hand, every character once: literals are skipped with
 * indexOf, so a `]` or `>` inside a quoted entity value or a comment does not end
 * the DOCTYPE (a regex took the first `]` and lost the feed), and an unterminated
 * comment costs one scan, not one per `<!--`.
 */

/** End (exclusive) of the construct opened at `at` by `open`, or -1 when it never closes. */
function skipPast(xml: string, at: number, open: string, close: string): number {
  const end = xml.indexOf(close, at + open.length);
  return end < 0 ? -1 : end + close.length;
}

/** End (exclusive) of the `<!DOCTYPE` starting at `start`, internal subset included; -1 when unterminated. */
export function doctypeEnd(xml: string, start: number): number {
  let inSubset = false;
  for (let i = start + '<!DOCTYPE'.length; i < xml.length; ) {
    const c = xml[i];
    if (c === '"' || c === "'") i = skipPast(xml, i, c, c);
    else if (inSubset && xml.startsWith('<!--', i)) i = skipPast(xml, i, '<!--', '-->');
    else if (inSubset && xml.startsWith('<?', i)) i = skipPast(xml, i, '<?', '?>');
    else if (c === '>' && !inSubset) return i + 1;
    else {
      if (c === '[') inSubset = true;
      else if (c === ']') inSubset = false;
      i++;
    }
    if (i < 0) return -1;
  }
  return -1;
}

function isDoctype(xml: string, at: number): boolean {
  return xml.slice(at, at + 9).toUpperCase() === '<!DOCTYPE';
}

export interface Prolog {
  /** Where the document element (or whatever is not prolog) starts. */
  end: number;
  /** The DOCTYPE's [start, end), if the prolog has one; end is -1 when it is never closed. */
  doctype?: [number, number];
}

/** Whitespace, the XML declaration, processing instructions, comments and the DOCTYPE before the first element. */
export function scanProlog(xml: string): Prolog {
  let doctype: [number, number] | undefined;
  let i = 0;
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    let next = -1;
    if (xml.startsWith('<?', i)) next = skipPast(xml, i, '<?', '?>');
    else if (xml.startsWith('<!--', i)) next = skipPast(xml, i, '<!--', '-->');
    else if (isDoctype(xml, i)) {
      next = doctypeEnd(xml, i);
      doctype = [i, next];
    }
    if (next < 0) break;
    i = next;
  }
  return { end: i, ...(doctype ? { doctype } : {}) };
}

/** Only whitespace and complete comments. */
export function isBlankDocument(xml: string): boolean {
  let i = 0;
  while (i < xml.length) {
    if (/\s/.test(xml[i] as string)) i++;
    else if (xml.startsWith('<!--', i)) {
      i = skipPast(xml, i, '<!--', '-->');
      if (i < 0) return false;
    } else return false;
  }
  return true;
}
