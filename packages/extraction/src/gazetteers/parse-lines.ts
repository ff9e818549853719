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

// letters that NFKD does not take apart
const FOLD: Record<string, string> = { ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i' };

export function slug(text: string): string {
  return text
    .replace(/['’]/g, '')
    .replace(/[øØæÆœŒßłŁđĐı]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
