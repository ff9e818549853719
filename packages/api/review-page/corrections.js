// Corrections: each a POST with the version the page read; undo appends the compensating one.

import { api } from './api.js';
import { openArticle, selectedMention } from './article.js';
import { $, say, state } from './page.js';

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

export function confirmMention() {
  const m = selectedMention();
  // a confirmation changes no entity: there is nothing to compensate
  if (m) correct({ action: 'confirm', mentionId: m.id }, () => ({ what: `confirm of ${m.kind} ${m.key}`, body: null }));
}

export function rejectMention() {
  const m = selectedMention();
  if (m) correct({ action: 'reject', mentionId: m.id }, () => ({ what: `reject of ${m.kind} ${m.key}`, body: { action: 'confirm', mentionId: m.id } }));
}

export async function relabelMention(kind, key, name) {
  const m = selectedMention();
  if (!m) return;
  const back = { action: 'relabel', mentionId: m.id, kind: m.kind, key: m.key, name: m.name };
  await correct({ action: 'relabel', mentionId: m.id, kind, key, ...(name && { name }) }, () => ({ what: `relabel of ${m.kind} ${m.key} to ${kind} ${key}`, body: back }));
}

export async function addMention(kind, key, name) {
  const { start, end } = state.selection;
  await correct({ action: 'add', kind, key, start, end, ...(name && { name }) }, (article) => {
    const added = article.mentions.find((m) => m.source === 'reviewer' && m.start === start && m.end === end && m.kind === kind && m.key === key);
    return { what: `add of ${kind} ${key}`, body: added ? { action: 'reject', mentionId: added.id } : null };
  });
}

/** Undo appends the compensating correction: a reject is confirmed, a relabel relabelled back, an added mention rejected. */
export async function undoLast() {
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
