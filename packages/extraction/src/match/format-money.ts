import type { MoneyValue } from '../types';

const SYMBOLS: Record<string, string> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', KRW: '₩', CNY: 'CN¥', CAD: 'C$', AUD: 'A$', SGD: 'S$', BRL: 'R$',
  HKD: 'HK$', NZD: 'NZ$', TWD: 'NT$',
};
const STEPS: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

function amountText(x: number): string {
  for (const [size, word] of STEPS) {
    if (x >= size) return `${Number((x / size).toPrecision(6))} ${word}`;
  }
  return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Canonical display name: `$1.2 billion`, `€30 billion–€50 billion`, `AED 2 billion`. */
export function formatMoney(v: MoneyValue): string {
  const sym = SYMBOLS[v.currency];
  const one = (x: number): string => (sym ? `${sym}${amountText(x)}` : `${v.currency} ${amountText(x)}`);
  if (v.amount === undefined) return `${one(v.min ?? 0)}–${one(v.max ?? 0)}`;
  return one(v.amount);
}
