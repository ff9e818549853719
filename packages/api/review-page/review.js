// The review page (docs/review.md): signing in, and the keys.

import { TOKEN, api } from './api.js';
import { select } from './article.js';
import { confirmMention, rejectMention, undoLast } from './corrections.js';
import { openRelabel } from './forms.js';
import { loadQueue, openNeighbour } from './queue.js';
import { $, say, state } from './page.js';

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

// --- keyboard first

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
