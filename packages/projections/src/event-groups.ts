/** Items grouped by key, each group in the items' order; groups in the order of their first item. */
export function groupByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Items in rounds: the first item of each key, then the second of each key,
 * and so on; within a round, in the items' order. Applying round after round
 * keeps each key's own order, and touches each key once per round, so a
 * round can be one set-based statement.
 */
export function inRounds<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const rounds: T[][] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    (rounds[n] ??= []).push(item);
  }
  return rounds;
}

/** The article an article or reviewer event is about. */
export const articleIdOf = (event: { data: unknown }): string => (event.data as { articleId: string }).articleId;
