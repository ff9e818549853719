import { expect } from 'vitest';

export interface SseMessage {
  id: string;
  event: string;
  data: Record<string, unknown>;
  /** performance.now() when the client read it. */
  receivedAt: number;
}

/** A server-sent events client for tests: collects messages; `until(n)` waits until it has n. */
export function connectSse(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const messages: SseMessage[] = [];
  let buffer = '';
  let connected = () => undefined as void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const done = (async () => {
    const response = await fetch(url, { headers, signal: controller.signal });
    connected();
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
        const data = field('data');
        if (data !== undefined) messages.push({ id: field('id')!, event: field('event')!, data: JSON.parse(data) as Record<string, unknown>, receivedAt: performance.now() });
      }
    }
  })().catch((error: unknown) => {
    if (!controller.signal.aborted) throw error;
  });
  return {
    messages,
    /** Resolves once the server answered: where the stream starts is fixed by then. */
    ready,
    done,
    until: (count: number) => expect.poll(() => messages.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count),
    close: () => controller.abort(),
  };
}
