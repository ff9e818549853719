// The queue: GET /api/review/queue with the filters, a page at a time.

import { api } from './api.js';
import { openArticle } from './article.js';
import { $, ARTICLE_SHOWN, el, say, state } from './page.js';

function queueQuery() {
  const query = new URLSearchParams({ order: $('f-order').value, limit: '30' });
  for (const [name, id] of [['status', 'f-status'], ['kind', 'f-kind'], ['country', 'f-country'], ['feed', 'f-feed']]) {
    const value = $(id).value.trim();
    if (value) query.set(name, value);
  }
  return query;
}

export async function loadQueue(more = false) {
  const query = new URLSearchParams(more ? state.queueQuery : queueQuery());
  if (more) query.set('cursor', state.nextCursor);
  else state.queueQuery = query.toString();
  try {
    const page = await api(`/api/review/queue?${query}`);
    state.queue = more ? [...state.queue, ...page.articles] : page.articles;
    state.nextCursor = page.nextCursor;
    renderQueue();
  } catch (error) {
    say(`Queue: ${error.message}`, true);
  }
}

function renderQueue() {
  $('queue').replaceChildren(
    ...state.queue.map((a) => {
      const when = a.publishedAt ? a.publishedAt.slice(0, 10) : '';
      const button = el(
        'button',
        { type: 'button', class: a.id === state.article?.id ? 'current' : '' },
        el('span', { class: 'title', text: a.title ?? a.url }),
        el('span', { class: 'meta', text: `${a.feedId} · ${when} · doubt ${a.doubt.toFixed(2)}${a.reviewed ? ` · reviewed by ${a.reviewedBy ?? '?'}` : ''}` }),
      );
      button.addEventListener('click', () => openArticle(a.id));
      return el('li', {}, button);
    }),
  );
  $('more').hidden = state.nextCursor === null;
}

$('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  loadQueue();
});
$('more').addEventListener('click', () => loadQueue(true));
document.addEventListener(ARTICLE_SHOWN, renderQueue);

export function openNeighbour(step) {
  const at = state.queue.findIndex((a) => a.id === state.article?.id);
  const next = state.queue[at + step] ?? (at === -1 ? state.queue[0] : undefined);
  if (next) openArticle(next.id);
  else say(step > 0 ? 'End of the queue.' : 'Start of the queue.');
}
