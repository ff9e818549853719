export interface ReadLoad {
  requests: number;
  /** `<status or error> <path>` of every answer other than 200. */
  failures: string[];
}

interface ArticleList {
  articles: { id: string }[];
  nextCursor: string | null;
}

/**
 * `clients` loops of reads against the API, as a busy dashboard would send:
 * lists with each filter, the next page, article details and histories,
 * the catalogues. Bounded in count and time; stops early when `stop` aborts.
 */
export async function hammerApi(baseUrl: string, options: { clients: number; stop: AbortSignal; maxSeconds: number; maxRequests: number }): Promise<ReadLoad> {
  const load: ReadLoad = { requests: 0, failures: [] };
  const deadline = Date.now() + options.maxSeconds * 1000;
  const ids: string[] = [];
  const cursors: string[] = [];
  const pick = <T>(list: T[]): T | undefined => list[Math.floor(Math.random() * list.length)];
  const paths = [
    () => '/api/articles',
    () => '/api/articles?country=IN',
    () => '/api/articles?hardware=nvidia-h100&limit=20',
    () => '/api/articles?org=microsoft',
    () => '/api/articles?q=data%20centres&since=2024-01-01',
    () => `/api/articles?limit=10${cursors.length > 0 ? `&cursor=${encodeURIComponent(pick(cursors)!)}` : ''}`,
    () => (ids.length > 0 ? `/api/articles/${pick(ids)}` : '/api/articles'),
    () => (ids.length > 0 ? `/api/articles/${pick(ids)}/history` : '/api/entities'),
    () => '/api/entities?kind=country',
    () => '/api/stats/countries',
  ];

  async function client(): Promise<void> {
    while (!options.stop.aborted && Date.now() < deadline && load.requests < options.maxRequests) {
      const path = pick(paths)!();
      load.requests++;
      try {
        const response = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
        const body = await response.text();
        if (response.status !== 200) {
          load.failures.push(`${response.status} ${path} ${body.slice(0, 200)}`);
          continue;
        }
        if (path.startsWith('/api/articles') && !path.includes('/api/articles/')) {
          const list = JSON.parse(body) as ArticleList;
          for (const article of list.articles.slice(0, 3)) if (ids.length < 1000) ids.push(article.id);
          if (list.nextCursor && cursors.length < 100) cursors.push(list.nextCursor);
        }
      } catch (error) {
        load.failures.push(`${(error as Error).message} ${path}`);
      }
    }
  }

  await Promise.all(Array.from({ length: options.clients }, client));
  return load;
}
