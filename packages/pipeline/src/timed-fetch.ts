import { fetchResource, type FetchOptions, type FetchResult } from '@wirelog/feeds';
import { fetchDuration, fetchedBytes } from '@wirelog/metrics';

/** A small, fixed set of host classes keeps the latency histogram's labels bounded. */
function hostClass(url: string, options: Partial<FetchOptions>): 'file' | 'private' | 'public' {
  if (url.startsWith('file:')) return 'file';
  return options.allowPrivate ? 'private' : 'public';
}

/** `fetchResource`, observed: latency by kind, host class and outcome, and body bytes. */
export async function timedFetch(kind: 'feed' | 'page', url: string, options: Partial<FetchOptions>): Promise<FetchResult> {
  const stop = fetchDuration.startTimer({ kind, host_class: hostClass(url, options) });
  try {
    const result = await fetchResource(url, options);
    stop({ outcome: result.status === 'not-modified' ? 'not-modified' : 'ok' });
    if (result.status !== 'not-modified') fetchedBytes.inc({ kind }, result.body.byteLength);
    return result;
  } catch (error) {
    stop({ outcome: 'error' });
    throw error;
  }
}
