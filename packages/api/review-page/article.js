// The article: its text with the mentions marked, its entities, its history, the selected mention.

import { api, sleep } from './api.js';
import { $, ARTICLE_SHOWN, el, instant, kindClass, say, state } from './page.js';

export async function openArticle(id, keepMention) {
  try {
    const history = await api(`/api/articles/${id}/history`);
    const last = history.events.at(-1);
    const article = await projected(id, last && REVIEW_EVENTS.includes(last.type) ? last.position : undefined);
    state.article = article;
    state.version = history.events.length;
    const index = article.mentions.findIndex((m) => m.id === keepMention);
    state.selected = index >= 0 ? index : article.mentions.length > 0 ? 0 : -1;
    state.selection = null;
    render(history.events);
  } catch (error) {
    say(`Article: ${error.message}`, true);
  }
}

const REVIEW_EVENTS = ['EntityConfirmed', 'EntityRejected', 'EntityRelabelled', 'EntityAdded'];

/**
 * The article as projected. The read model lags the log: given the position of
 * a correction, waits (up to 10 s) until the article's corrections include it.
 */
async function projected(id, position) {
  for (let waited = 0; ; waited += 150) {
    const article = await api(`/api/articles/${id}`);
    if (position === undefined || waited >= 10_000 || article.corrections.some((c) => c.position === position)) return article;
    await sleep(150);
  }
}

function render(events) {
  const a = state.article;
  $('article').hidden = false;
  $('empty').hidden = true;
  $('title').textContent = a.title ?? a.url;
  $('meta').replaceChildren(`${a.feedId} · ${a.publishedAt ? instant(a.publishedAt) : 'no date'} · ${a.wordCount ?? '?'} words${a.reviewed ? ` · reviewed by ${a.reviewedBy}` : ''} · `, articleLink(a.url));
  renderText();
  renderEntities();
  renderHistory(events);
  renderMention();
  document.dispatchEvent(new Event(ARTICLE_SHOWN));
}

/** A link only for http(s) URLs: a feed may carry `javascript:`. */
function articleLink(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank', text: parsed.host });
}

/**
 * The text, cut at every mention boundary: each piece a text node, or a mark
 * coloured by the outermost mention covering it and underlined for a nested one.
 */
function renderText() {
  const { mentions } = state.article;
  const text = state.article.text ?? '';
  const order = mentions.map((m, index) => ({ m, index })).sort((x, y) => x.m.start - y.m.start);
  const cuts = [...new Set([0, text.length, ...mentions.flatMap((m) => [m.start, m.end])])].filter((n) => n >= 0 && n <= text.length).sort((x, y) => x - y);
  const pieces = [];
  let active = [];
  let next = 0;
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    active = active.filter(({ m }) => m.end > from);
    while (next < order.length && order[next].m.start <= from) {
      if (order[next].m.end > from) active.push(order[next]);
      next += 1;
    }
    const piece = text.slice(from, to);
    if (active.length === 0) {
      pieces.push(piece);
      continue;
    }
    const covering = [...active].sort((x, y) => y.m.end - y.m.start - (x.m.end - x.m.start));
    const outer = covering[0].m;
    const inner = covering[covering.length - 1].m;
    const mark = el('mark', { text: piece });
    mark.classList.add(`k-${kindClass(outer.kind)}`);
    if (covering.length > 1) mark.classList.add(`u-${kindClass(inner.kind)}`);
    if (covering.every(({ m }) => m.status === 'rejected')) mark.classList.add('rejected');
    if (covering.some(({ index }) => index === state.selected)) mark.classList.add('selected');
    mark.dataset.mention = String(covering[covering.length - 1].index);
    mark.title = covering.map(({ m }) => `${m.kind} ${m.key}${m.status === 'rejected' ? ' (rejected)' : ''}`).join(' · ');
    pieces.push(mark);
  }
  $('text').replaceChildren(...pieces);
}

$('text').addEventListener('click', (event) => {
  const mark = event.target.closest('mark');
  if (!mark || !document.getSelection().isCollapsed) return;
  select(Number(mark.dataset.mention));
});

export function select(index) {
  state.selected = index;
  renderText();
  renderMention();
  $('text').querySelector('mark.selected')?.scrollIntoView({ block: 'nearest' });
}

function renderEntities() {
  const { entities, mentions } = state.article;
  $('entities').replaceChildren(
    ...entities.map((e) => {
      const item = el(
        'li',
        { class: e.status === 'rejected' ? 'rejected' : '' },
        el('span', { class: `kind k-${kindClass(e.kind)}`, text: e.kind }),
        el('span', {}, el('span', { class: 'name', text: e.name }), el('code', { text: e.key })),
        el('span', { class: 'count', text: e.status === 'rejected' ? 'rejected' : `${e.mentions}×${e.source === 'reviewer' ? ' · added' : ''}` }),
      );
      item.addEventListener('click', () => {
        const index = mentions.findIndex((m) => m.kind === e.kind && m.key === e.key);
        if (index >= 0) select(index);
      });
      return item;
    }),
  );
}

/** One line of history: what the event says, by whom, when. */
function describe(event) {
  const d = event.data ?? {};
  const why = d.reason ? ` (${d.reason})` : '';
  switch (event.type) {
    case 'EntityConfirmed':
      return `confirmed ${d.kind} ${d.key}${why}`;
    case 'EntityRejected':
      return `rejected ${d.kind} ${d.key}${why}`;
    case 'EntityRelabelled':
      return `relabelled ${d.from?.kind} ${d.from?.key} → ${d.to?.kind} ${d.to?.key}${why}`;
    case 'EntityAdded':
      return `added ${d.kind} ${d.key} “${d.text}”${why}`;
    case 'EntitiesExtracted':
      return `extracted ${d.mentions?.length ?? 0} mentions (${d.extractorVersion})`;
    case 'ArticleDiscovered':
      return `discovered in feed ${d.feedId}`;
    case 'ArticleFetched':
      return `fetched, ${d.wordCount} words`;
    default:
      return event.type;
  }
}

function renderHistory(events) {
  $('history').replaceChildren(
    ...[...events].reverse().map((e) =>
      el(
        'li',
        { class: e.metadata?.actor ? 'review' : '' },
        el('span', { text: `${e.version}. ${describe(e)}` }),
        el('br'),
        el('span', { class: 'when', text: `${e.metadata?.actor ?? 'pipeline'} · ${instant(e.recordedAt)}` }),
      ),
    ),
  );
}

export function selectedMention() {
  return state.article?.mentions[state.selected];
}

/** The latest correction at the mention's span and label, if any. */
function lastCorrection(m) {
  return state.article.corrections.filter((c) => !c.orphaned && c.start === m.start && c.end === m.end && ((c.kind === m.kind && c.key === m.key) || (c.toKind === m.kind && c.toKey === m.key))).at(-1);
}

const DONE = { confirm: 'confirmed', reject: 'rejected', relabel: 'relabelled', add: 'added' };

function renderMention() {
  const m = selectedMention();
  $('mention').hidden = !m;
  $('relabel-form').hidden = true;
  if (!m) return;
  $('mention-position').textContent = `${state.selected + 1} of ${state.article.mentions.length}`;
  $('mention-kind').textContent = m.kind;
  $('mention-kind').className = `kind k-${kindClass(m.kind)}`;
  $('mention-name').textContent = m.name;
  $('mention-key').textContent = m.key;
  const last = lastCorrection(m);
  const facts = [`“${m.text}” at ${m.start}–${m.end}`, `confidence ${m.confidence.toFixed(2)}`, m.source === 'reviewer' ? 'added by a reviewer' : 'extractor', m.status];
  if (last) facts.push(`${DONE[last.action] ?? last.action} by ${last.actor ?? '?'}`);
  $('mention-facts').textContent = facts.join(' · ');
}
