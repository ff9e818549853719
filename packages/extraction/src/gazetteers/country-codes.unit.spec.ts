import { expect, it } from 'vitest';
import { extract } from '../extract';
import { isCountryCode } from './country-codes';

it('knows every ISO 3166-1 alpha-2 code the extractor gives a country, and nothing else', () => {
  const text = 'India, Kosovo, the UAE, South Korea, the US and Taiwan; Uttar Pradesh; the EU and the Gulf states.';
  const keys = extract(text).mentions.filter((m) => m.kind === 'country').map((m) => m.key);
  expect(keys.length).toBeGreaterThanOrEqual(6);
  for (const key of keys) expect(isCountryCode(key), key).toBe(true);
  for (const code of ['EU', 'XX', 'ZZ', 'UK', 'in', 'IND', '', 'I']) expect(isCountryCode(code), code).toBe(false);
});
