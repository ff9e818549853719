import { isCountryCode } from '@wirelog/extraction';
import { ApiError, quote } from './api-error';

/** A `:code` of the country routes: an ISO 3166-1 alpha-2 code in any case (`in` is `IN`), as the `country` filter takes it. */
export function parseCountryCode(raw: string): string {
  const code = raw.toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && isCountryCode(code)) return code;
  throw new ApiError(400, 'bad_country_code', `${quote(raw)} is not an ISO 3166-1 alpha-2 country code (IN, us: any case)`);
}
