// The review page's script (docs/review.md). Feeds are hostile input: every string the
// API returns reaches the page as a text node or an attribute value, never as markup.

const KINDS = ['country', 'money', 'hardware', 'org', 'place'];
const TOKEN = 'wirelog.token';
const $ = (id) => document.getElementById(id);

const state = {
  queue: [],
  /** The filters of the queue shown: its next page must be asked with them. */
  queueQuery: null,
  nextCursor: null,
  article: null,
  /** The article's stream version when it was read: sent as expectedVersion. */
  version: 0,
  selected: -1,
  /** Where the selected text lies in the article text, when it does. */
  selection: null,
  /** Compensating corrections, the latest last. */
  undo: [],
  suggestions: new Map(),
};

/** An element with text content and plain properties; children are nodes or strings (text nodes). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else node[name] = value;
  }
  node.append(...children);
  return node;
}

const kindClass = (kind) => (KINDS.includes(kind) ? kind : 'other');

function say(message, error = false) {
  $('status').textContent = message;
  $('status').classList.toggle('error', error);
}

class ApiFailure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function api(path, { method = 'GET', body } = {}) {
  const token = sessionStorage.getItem(TOKEN);
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiFailure(response.status, json.error?.code, json.error?.message ?? response.statusText);
  return json;
}

/** `2026-03-10T09:00:00.000Z` as `2026-03-10 09:00 UTC`. */
const instant = (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// --- sign-in: the token lives in this tab's sessionStorage only

async function showWho() {
  const signedIn = sessionStorage.getItem(TOKEN) !== null;
  $('sign-in').hidden = signedIn;
  $('who').hidden = !signedIn;
  if (!signedIn) return;
  try {
    const me = await api('/api/review/me');
    $('who-name').textContent = `${me.name} (${me.role})`;
  } catch (error) {
    sessionStorage.removeItem(TOKEN);
    $('sign-in').hidden = false;
    $('who').hidden = true;
    say(`Sign-in refused: ${error.message}`, true);
  }
}

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN, $('token').value.trim());
  $('token').value = '';
  // corrections made under another name are not this reviewer's to undo
  state.undo = [];
  say('');
  await showWho();
  await loadQueue();
});

$('sign-out').addEventListener('click', async () => {
  sessionStorage.removeItem(TOKEN);
  state.undo = [];
  await showWho();
  say('Signed out.');
});

// --- the queue

function queueQuery() {
  const query = new URLSearchParams({ order: $('f-order').value, limit: '30' });
  for (const [name, id] of [['status', 'f-status'], ['kind', 'f-kind'], ['country', 'f-country'], ['feed', 'f-feed']]) {
    const value = $(id).value.trim();
    if (value) query.set(name, value);
  }
  return query;
}

async function loadQueue(more = false) {
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

// --- the article

async function openArticle(id, keepMention) {
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
  renderAdd();
  renderQueue();
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

function select(index) {
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

function selectedMention() {
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

// --- corrections

/** Appends a correction and shows the article with it; returns the correction's position. */
async function correct(body, undo) {
  const articleId = state.article.id;
  const keep = selectedMention()?.id;
  let answer;
  try {
    answer = await api(`/api/articles/${articleId}/corrections`, { method: 'POST', body: { ...body, expectedVersion: state.version } });
  } catch (error) {
    if (error.code === 'version_conflict') {
      await openArticle(articleId, keep);
      say('Another reviewer changed this article meanwhile: reloaded with their change. Check it and try again.', true);
    } else if (error.status === 401 || error.status === 403) {
      say(`Not saved: ${error.message}. Sign in with a reviewer token.`, true);
    } else {
      say(`Not saved: ${error.message}`, true);
    }
    return undefined;
  }
  await openArticle(articleId, keep);
  if (undo) state.undo.push({ articleId, ...undo(state.article) });
  say(`${answer.type.replace('Entity', '')} by ${answer.actor}: saved at position ${answer.position}.`);
  return answer.position;
}

function confirmMention() {
  const m = selectedMention();
  // a confirmation changes no entity: there is nothing to compensate
  if (m) correct({ action: 'confirm', mentionId: m.id }, () => ({ what: `confirm of ${m.kind} ${m.key}`, body: null }));
}

function rejectMention() {
  const m = selectedMention();
  if (m) correct({ action: 'reject', mentionId: m.id }, () => ({ what: `reject of ${m.kind} ${m.key}`, body: { action: 'confirm', mentionId: m.id } }));
}

async function relabelMention(kind, key, name) {
  const m = selectedMention();
  if (!m) return;
  const back = { action: 'relabel', mentionId: m.id, kind: m.kind, key: m.key, name: m.name };
  await correct({ action: 'relabel', mentionId: m.id, kind, key, ...(name && { name }) }, () => ({ what: `relabel of ${m.kind} ${m.key} to ${kind} ${key}`, body: back }));
}

async function addMention(kind, key, name) {
  const { start, end } = state.selection;
  await correct({ action: 'add', kind, key, start, end, ...(name && { name }) }, (article) => {
    const added = article.mentions.find((m) => m.source === 'reviewer' && m.start === start && m.end === end && m.kind === kind && m.key === key);
    return { what: `add of ${kind} ${key}`, body: added ? { action: 'reject', mentionId: added.id } : null };
  });
}

/** Undo appends the compensating correction: a reject is confirmed, a relabel relabelled back, an added mention rejected. */
async function undoLast() {
  const last = state.undo.pop();
  if (!last) return say('Nothing to undo.');
  if (last.body === null) return say(`Undid nothing for the ${last.what}: it changed no entity, and stays in the history.`);
  if (state.article?.id !== last.articleId) await openArticle(last.articleId);
  const position = await correct({ ...last.body, reason: `undo ${last.what}` });
  if (position) say(`Undid the ${last.what} (position ${position}).`);
  else state.undo.push(last);
}

$('confirm').addEventListener('click', confirmMention);
$('reject').addEventListener('click', rejectMention);
$('relabel').addEventListener('click', openRelabel);

function kindOptions(select, chosen) {
  select.replaceChildren(...KINDS.map((k) => el('option', { value: k, text: k, selected: k === chosen })));
}

/** Keys and names of the catalogue for a kind, offered as the key field's suggestions. */
async function suggest(kind) {
  if (!state.suggestions.has(kind)) {
    const { entities } = await api(`/api/entities?kind=${kind}&limit=1000`).catch(() => ({ entities: [] }));
    state.suggestions.set(kind, entities);
  }
  const entities = state.suggestions.get(kind);
  $('suggestions').replaceChildren(...entities.map((e) => el('option', { value: e.key, label: e.name })));
  return entities;
}

async function openRelabel() {
  const m = selectedMention();
  if (!m) return;
  kindOptions($('relabel-kind'), m.kind);
  $('relabel-key').value = '';
  $('relabel-name').value = '';
  $('relabel-form').hidden = false;
  await suggest(m.kind);
  $('relabel-key').focus();
}

$('relabel-kind').addEventListener('change', () => suggest($('relabel-kind').value));
$('add-kind').addEventListener('change', () => suggestForAdd());

/** The name field follows the key when the key is a catalogue entity's. */
function nameOf(key, kind) {
  return state.suggestions.get(kind)?.find((e) => e.key === key)?.name;
}

$('relabel-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const [kind, key] = [$('relabel-kind').value, $('relabel-key').value.trim()];
  await relabelMention(kind, key, $('relabel-name').value.trim() || nameOf(key, kind));
  $('text').focus();
});

// --- adding a missed mention: select its text in the article

/** The selection's offsets in the article text, trimmed of white space; null when it is not inside the text. */
function selectionInText() {
  const selection = document.getSelection();
  if (!state.article || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const container = $('text');
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let end = start + range.toString().length;
  const text = state.article.text;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return start < end ? { start, end } : null;
}

document.addEventListener('selectionchange', () => {
  const found = selectionInText();
  if (found) {
    state.selection = found;
    renderAdd();
  }
});

async function suggestForAdd() {
  const kind = $('add-kind').value;
  const entities = await suggest(kind);
  const text = state.article.text.slice(state.selection.start, state.selection.end).toLowerCase();
  const match = entities.find((e) => e.name.toLowerCase() === text || e.key === text);
  if (match && !$('add-key').value) $('add-key').value = match.key;
}

function renderAdd() {
  $('add').hidden = state.selection === null;
  if (!state.selection) return;
  $('add-text').textContent = state.article.text.slice(state.selection.start, state.selection.end);
  if ($('add-kind').options.length === 0) kindOptions($('add-kind'), 'hardware');
  $('add-key').value = '';
  $('add-name').value = '';
  suggestForAdd();
}

$('add-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const [kind, key] = [$('add-kind').value, $('add-key').value.trim()];
  await addMention(kind, key, $('add-name').value.trim() || nameOf(key, kind));
  $('text').focus();
});

// --- keyboard first

function openNeighbour(step) {
  const at = state.queue.findIndex((a) => a.id === state.article?.id);
  const next = state.queue[at + step] ?? (at === -1 ? state.queue[0] : undefined);
  if (next) openArticle(next.id);
  else say(step > 0 ? 'End of the queue.' : 'Start of the queue.');
}

const KEYS = {
  j: () => state.article && select(Math.min(state.selected + 1, state.article.mentions.length - 1)),
  k: () => state.article && select(Math.max(state.selected - 1, 0)),
  c: confirmMention,
  x: rejectMention,
  r: openRelabel,
  a: () => {
    if (!state.selection) return say('Select the missed mention in the text first.', true);
    $('add-key').focus();
  },
  n: () => openNeighbour(1),
  p: () => openNeighbour(-1),
  u: undoLast,
};

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    document.activeElement?.blur();
    $('relabel-form').hidden = true;
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, select, textarea')) return;
  const action = KEYS[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

$('text').tabIndex = -1;
showWho();
loadQueue();
