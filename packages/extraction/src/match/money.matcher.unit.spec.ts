import { describe, expect, it } from 'vitest';
import { matchMoney } from './money.matcher';

const one = (text: string) => {
  const found = matchMoney(text);
  expect(found).toHaveLength(1);
  const m = found[0]!;
  return { text: text.slice(m.start, m.end), name: m.name, ...m.value };
};

describe('matchMoney', () => {
  it.each([
    ['It raised $1.2 billion in 2024.', '$1.2 billion', 'USD', 1.2e9],
    ['a US$5bn deal', 'US$5bn', 'USD', 5e9],
    ['USD 500m of debt', 'USD 500m', 'USD', 5e8],
    ['a €2bn fund', '€2bn', 'EUR', 2e9],
    ['£31bn of investment', '£31bn', 'GBP', 3.1e10],
    ['a ¥1 trillion plan', '¥1 trillion', 'JPY', 1e12],
    ['₹10,000 crore for GPUs', '₹10,000 crore', 'INR', 1e11],
    ['Rs 500 crore', 'Rs 500 crore', 'INR', 5e9],
    ['₹10 lakh crore', '₹10 lakh crore', 'INR', 1e13],
    ['a C$240m grant', 'C$240m', 'CAD', 2.4e8],
    ['A$2.5bn', 'A$2.5bn', 'AUD', 2.5e9],
    ['S$1bn', 'S$1bn', 'SGD', 1e9],
    ['R$10 billion', 'R$10 billion', 'BRL', 1e10],
    ['HK$8 billion', 'HK$8 billion', 'HKD', 8e9],
    ['SAR 2 billion', 'SAR 2 billion', 'SAR', 2e9],
    ['AED1bn', 'AED1bn', 'AED', 1e9],
    ['$100M seed', '$100M', 'USD', 1e8],
    ['$50k', '$50k', 'USD', 5e4],
    ['5 trillion won', '5 trillion won', 'KRW', 5e12],
    ['3 billion yuan', '3 billion yuan', 'CNY', 3e9],
    ['two billion dollars', 'two billion dollars', 'USD', 2e9],
    ['half a billion euros', 'half a billion euros', 'EUR', 5e8],
    ['ten million Singapore dollars', 'ten million Singapore dollars', 'SGD', 1e7],
  ])('%s', (input, text, currency, amount) => {
    expect(one(input)).toMatchObject({ text, currency, amount });
  });

  it('keeps both ends of ranges and invents no amount between them', () => {
    expect(one('a $2-3 billion plan')).toEqual({
      text: '$2-3 billion', name: '$2 billion–$3 billion', currency: 'USD', min: 2e9, max: 3e9, approx: true, usdMin: 2e9, usdMax: 3e9,
    });
    expect(one('between €30bn and €50bn')).toMatchObject({ currency: 'EUR', min: 3e10, max: 5e10 });
    expect(one('$2bn-$3bn')).toMatchObject({ min: 2e9, max: 3e9 });
    expect(one('$2 billion to $3 billion')).toMatchObject({ min: 2e9, max: 3e9 });
    expect(one('2 to 3 billion dollars')).toMatchObject({ min: 2e9, max: 3e9 });
  });

  it('marks approximations and open bounds', () => {
    expect(one('about $300 million')).toMatchObject({ approx: true, amount: 3e8 });
    expect(one('more than £2bn')).toMatchObject({ approx: true, min: 2e9 });
    expect(one('up to $35 billion')).toMatchObject({ approx: true, max: 3.5e10 });
  });

  it('converts to USD with the shipped rate table', () => {
    expect(one('$7.7 billion').usd).toBe(7.7e9);
    expect(one('€2bn').usd).toBeGreaterThan(2e9);
  });

  it.each([
    'costs $10 per hour',
    '$80 a barrel',
    '$2/GPU-hour',
    '$30,000 per GPU',
    'shares rose above $200 each',
    'billions of dollars',
    'tens of billions of dollars',
    'a billion-dollar plan',
    '1.2 billion users',
    'in 2024 and 2025',
  ])('is not an amount: %s', (input) => {
    expect(matchMoney(input)).toEqual([]);
  });

  it('does not let a year swallow the amount after it', () => {
    expect(one('from 2023 to $5 billion')).toMatchObject({ text: '$5 billion', amount: 5e9 });
    expect(one('$5 billion to 2030')).toMatchObject({ text: '$5 billion', amount: 5e9 });
  });

  it('keeps annual amounts', () => {
    expect(one('$1 billion a year')).toMatchObject({ amount: 1e9 });
  });
});

describe('matchMoney case rules', () => {
  it('matches currency codes only as written', () => {
    expect(matchMoney('we try 5 times and eur 3 more')).toEqual([]);
    expect(matchMoney('Two billion dollars and TRY 5bn').map((m) => m.value.currency)).toEqual(['USD', 'TRY']);
  });

  it('reads other currencies of the domain', () => {
    expect(matchMoney('NIS 500 million, 3 billion baht, Rp 2 trillion').map((m) => `${m.value.currency}:${m.value.amount}`)).toEqual([
      'ILS:500000000',
      'THB:3000000000',
      'IDR:2000000000000',
    ]);
  });
});

describe('matchMoney pounds', () => {
  it('reads pounds as sterling only with a scale and not as a weight', () => {
    expect(matchMoney('it weighs 800 pounds')).toEqual([]);
    expect(matchMoney('29.4 million pounds of cherries')).toEqual([]);
    expect(matchMoney('a UK fund of 2 billion pounds').map((m) => m.value.currency)).toEqual(['GBP']);
  });
});

describe('matchMoney hyphenated scales', () => {
  it('reads "a $1.2-billion deal" and "$500-million"', () => {
    expect(matchMoney('a $1.2-billion deal and a $500-million fund').map((m) => m.value.amount)).toEqual([1.2e9, 5e8]);
  });
});

describe('matchMoney: issue 11 examples', () => {
  it.each([
    ['£2.3 Billion (a capitalised scale)', 'Britain pledged £2.3 Billion for compute.', '£2.3 Billion', 'GBP', 2.3e9],
    ['£45.2million (a glued scale)', 'The council approved £45.2million.', '£45.2million', 'GBP', 4.52e7],
    ['KSh 10 billion', 'Safaricom will spend KSh 10 billion.', 'KSh 10 billion', 'KES', 1e10],
    ['$5BILLION', 'A $5BILLION DEAL.', '$5BILLION', 'USD', 5e9],
  ])('%s', (_, input, text, currency, amount) => {
    expect(one(input)).toMatchObject({ text, currency, amount });
  });

  it('$300+ billion is at least $300 billion', () => {
    expect(one('Investment of $300+ billion is planned.')).toMatchObject({ text: '$300+ billion', amount: 3e11, min: 3e11, approx: true });
  });

  it.each([
    ['R10bn', 'ZAR', 1e10],
    ['R3.5 billion', 'ZAR', 3.5e9],
    ['₦500 billion', 'NGN', 5e11],
    ['₱2 billion', 'PHP', 2e9],
    ['PHP 5 billion', 'PHP', 5e9],
    ['₩3 trillion', 'KRW', 3e12],
    ['NT$10 billion', 'TWD', 1e10],
    ['S$1.5bn', 'SGD', 1.5e9],
    ['A$2bn', 'AUD', 2e9],
    ['HK$3 billion', 'HKD', 3e9],
    ['CHF 400 million', 'CHF', 4e8],
    ['SAR 15 billion', 'SAR', 1.5e10],
    ['AED 2bn', 'AED', 2e9],
    ['GH₵1 billion', 'GHS', 1e9],
    ['TSh 20 billion', 'TZS', 2e10],
    ['E£10 billion', 'EGP', 1e10],
    ['₺5 billion', 'TRY', 5e9],
    ['12 billion Kenyan shillings', 'KES', 1.2e10],
    ['40 billion rand', 'ZAR', 4e10],
    ['3 billion Philippine pesos', 'PHP', 3e9],
    ['2 billion Swedish kronor', 'SEK', 2e9],
    ['100 billion naira', 'NGN', 1e11],
    ['5 billion Egyptian pounds', 'EGP', 5e9],
    ['KES 3bn', 'KES', 3e9],
    ['MXN 800 million', 'MXN', 8e8],
  ])('%s keeps its currency', (input, currency, amount) => {
    expect(one(`They announced ${input} for data centres.`)).toMatchObject({ currency, amount });
  });

  it.each([
    ['a per-kWh price: $0.12 per kWh', 'Power costs $0.12 per kWh there.'],
    ['an exchange rate: $1.0830 per euro', 'The euro fell to $1.0830 per euro.'],
    ['an exchange rate with four decimals', 'The euro traded at $1.0830 on Friday.'],
    ['a currency quoted in dollars', 'Sterling rose to $1.27 in London.'],
    ['a model or version number with a scale-only mark: R2, PHP 8', 'Windows Server 2012 R2 and PHP 8 run there.'],
  ])('is not an amount: %s', (_, input) => {
    expect(matchMoney(input)).toEqual([]);
  });

  it('skips both sides of a rate quote in brackets but keeps the amount it converts: ($1 = 0.9312 euros)', () => {
    const found = matchMoney('The company reported €5 billion ($1 = 0.9312 euros).');
    expect(found.map((m) => m.value)).toEqual([{ currency: 'EUR', amount: 5e9, usd: 5.8e9 }]);
  });
});
