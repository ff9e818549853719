/** Query parameters that only track the reader; they never change which article a URL names. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'mc_cid', 'mc_eid', 'ref', 'ref_src', 'ref_url', 'igshid',
  '_hsenc', '_hsmi', 'yclid', 'msclkid', 'twclid', 'ttclid', 'li_fat_id', 'wickedid', 'oly_anon_id',
  'oly_enc_id', 'vero_id', 'vero_conv', 'mkt_tok', 'sr_share', 'spm', 'cmpid', 'ncid', 'ito', '__twitter_impression',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || TRACKING_PARAMS.has(lower);
}

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * The one spelling of an article URL used for its identity: WHATWG URL parsing already lower-cases the
 * host, drops default ports and resolves dot-segments; this also drops the fragment and tracking
 * parameters and sorts what is left, so the same page reached by different links gets one id; `user:pw@`
 * is dropped, so no secret is stored.
 * Throws TypeError on a string that is not an absolute URL.
 */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url.trim());
  parsed.hash = '';
  // credentials are a secret of the link, not part of which article it names
  parsed.username = '';
  parsed.password = '';
  // Raw pairs keep their original percent-encoding; only the names are decoded to recognise trackers.
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(paramName(pair)))
    .sort();
  parsed.search = kept.length === 0 ? '' : `?${kept.join('&')}`;
  if (parsed.hostname.endsWith('.')) parsed.hostname = parsed.hostname.slice(0, -1);
  return parsed.href;
}
