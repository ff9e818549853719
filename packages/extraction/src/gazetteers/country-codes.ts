// the library without its Node entry, which loads all 80 languages (places.gazetteer.ts)
import countries from 'i18n-iso-countries/index.js';

const ALPHA2 = new Set(Object.keys(countries.getAlpha2Codes()));

/** Whether `code` is an ISO 3166-1 alpha-2 code in upper case: the keys of country mentions. */
export const isCountryCode = (code: string): boolean => ALPHA2.has(code);
