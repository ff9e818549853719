// The relabel and add forms, with the catalogue's keys as suggestions; adding starts from selected text.

import { api } from './api.js';
import { selectedMention } from './article.js';
import { addMention, relabelMention } from './corrections.js';
import { $, ARTICLE_SHOWN, KINDS, el, state } from './page.js';

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

export async function openRelabel() {
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
document.addEventListener(ARTICLE_SHOWN, renderAdd);
$('relabel').addEventListener('click', openRelabel);
