interface ArticlePage {
  articles: { url: string; status: string }[];
  nextCursor: string | null;
}

/** Every article the API lists (all pages), counted by status: `{ extracted: 392, fetched: 8 }`. */
export async function articleStatuses(baseUrl: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let cursor: string | null = null;
  // bounded: 50 pages of 200 is far more than any fault run lists
  for (let page = 0; page < 50; page++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await fetch(`${baseUrl}/api/articles?limit=200${query}`, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`GET /api/articles: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as ArticlePage;
    for (const article of body.articles) counts[article.status] = (counts[article.status] ?? 0) + 1;
    cursor = body.nextCursor;
    if (!cursor) return counts;
  }
  throw new Error('more than 10,000 articles listed');
}
