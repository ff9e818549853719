/** Splits a `a | b | c, d | e` table into trimmed fields; blank lines are skipped. */
export function parseLines(table: string): string[][] {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split('|').map((field) => field.trim()));
}

export function list(field: string | undefined): string[] {
  return (field ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
