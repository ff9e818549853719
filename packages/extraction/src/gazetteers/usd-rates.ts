/**
 * USD value of one unit of each currency: a static snapshot, not live rates.
 * Source: approximate mid-market levels of the European Central Bank's euro foreign-exchange reference rates
 * (crossed through EUR), compiled by hand without network access, plus the fixed US-dollar pegs of AED, SAR, QAR
 * and HKD (band). RATES_DATE is the day the table was compiled; figures are rounded to 2–4 significant digits and
 * good for indicative USD totals only. To update: take the ECB reference rates of one day, cross them via EUR,
 * and change RATES_DATE and GAZETTEER_VERSION together.
 */
export const RATES_DATE = '2026-11-20';

export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.16,
  GBP: 1.31,
  JPY: 0.0065,
  CNY: 0.141,
  INR: 0.0113,
  KRW: 0.00069,
  CAD: 0.715,
  AUD: 0.65,
  NZD: 0.57,
  SGD: 0.77,
  HKD: 0.1286,
  BRL: 0.186,
  CHF: 1.25,
  SEK: 0.106,
  NOK: 0.099,
  DKK: 0.155,
  AED: 0.2723,
  SAR: 0.2667,
  QAR: 0.2747,
  ZAR: 0.057,
  TWD: 0.0325,
  MYR: 0.238,
  IDR: 0.00006,
  MXN: 0.054,
  ILS: 0.30,
  THB: 0.031,
  VND: 0.000038,
  PHP: 0.017,
  TRY: 0.024,
  PLN: 0.27,
  EGP: 0.021,
  NGN: 0.00069,
  KES: 0.0077,
  ARS: 0.0007,
  CLP: 0.00106,
  KZT: 0.0019,
};
