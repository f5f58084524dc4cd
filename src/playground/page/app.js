// The playground page: a small Slack client for one person at a time. It shows only what the
// server sends for that person (the server filters, as Slack would), and every click or command
// goes back to the server, which sends it to the real Veille app as Slack would.
import { renderBlocks } from './blocks.js';
import { canDrawEmoji, el, renderMrkdwn } from './mrkdwn.js';

const $ = (id) => document.getElementById(id);
// Without an emoji font the page writes "critical", "restricted"… where the emoji would be.
document.documentElement.classList.toggle('no-emoji', !canDrawEmoji());
// `since`: the app clock when this page loaded. As in Slack, "only visible to you" messages live in
// the client: a reload (or a reset) clears the ones from before.
const ui = { user: localStorage.getItem('veille.user'), place: null, thread: null, state: null, raw: '', seen: {}, modalKey: '', since: null };

// ---- talking to the playground server ----

function toast(message) {
  const box = $('toast');
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (box.hidden = true), 6000);
}

async function post(path, body) {
  const response = await fetch(`/playground/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    toast(answer.error ?? `The playground answered ${response.status}.`);
    return null;
  }
  setTimeout(refresh, 150);
  return answer;
}

async function refresh() {
  if (!ui.user) return;
  const user = ui.user;
  const response = await fetch(`/playground/state?user=${encodeURIComponent(user)}`).catch(() => null);
  if (!response) return;
  if (response.status === 404 && ui.state === null) return switchTo(null);
  if (!response.ok || user !== ui.user) return;
  const raw = await response.text();
  if (raw === ui.raw || user !== ui.user) return;
  ui.raw = raw;
  ui.state = JSON.parse(raw);
  ui.since ??= ui.state.now;
  render();
}

// ---- helpers ----

const byTs = (a, b) => a.ts.padStart(20, '0').localeCompare(b.ts.padStart(20, '0'));

function names() {
  const s = ui.state;
  return { people: Object.fromEntries(s.people.map((p) => [p.id, p])), channels: s.channelNames };
}

/** A message's time, as Veille writes every time (24-hour, the zone named): the server formats it. */
function formatTs(ts) {
  return ui.state.stamps?.[ts] ?? '';
}

const tsMs = (ts) => Math.floor(Number(ts) * 1000);

/** This person's ephemerals posted since the page loaded (older ones went with the reload). */
function ephemerals() {
  return ui.state.ephemerals.filter((e) => ui.since === null || tsMs(e.ts) >= ui.since);
}

function conversation(id) {
  return ui.state.conversations.find((c) => c.id === id);
}

function confirmDialog(confirm) {
  return new Promise((resolve) => {
    const overlay = el('div', 'overlay confirm');
    const box = el('div', 'dialog');
    box.setAttribute('role', 'alertdialog');
    box.append(el('h2', 'dialog-title', confirm.title?.text ?? 'Are you sure?'));
    const text = el('div', 'dialog-text');
    text.append(renderMrkdwn(confirm.text?.text ?? '', ui.state ? names() : { people: {}, channels: {} }));
    const done = (answer) => {
      overlay.remove();
      resolve(answer);
    };
    const deny = el('button', 'bk-button', confirm.deny?.text ?? 'Cancel');
    const ok = el('button', `bk-button ${confirm.style === 'danger' ? 'danger' : 'primary'}`, confirm.confirm?.text ?? 'Yes');
    deny.onclick = () => done(false);
    ok.onclick = () => done(true);
    box.append(text, el('div', 'dialog-buttons'));
    box.lastChild.append(deny, ok);
    overlay.append(box);
    document.body.append(overlay);
    ok.focus();
  });
}

function blockContext(where, extra = {}) {
  return {
    names: names(),
    people: ui.state.people,
    confirm: confirmDialog,
    act: (element, blockId, value) =>
      post('action', { user: ui.user, ...where, blockId, actionId: element.action_id, ...(value !== undefined && { value }) }),
    ...extra,
  };
}

// ---- messages ----

function messageNode(message, channel, { ephemeral = false, inThread = false } = {}) {
  const s = ui.state;
  const person = s.people.find((p) => p.id === message.user);
  const bot = ephemeral || message.bot;
  const node = el('div', `msg${ephemeral ? ' ephemeral' : ''}`);
  node.dataset.ts = message.ts;
  const avatar = el('div', `avatar${bot ? ' bot' : ''}`, bot ? 'V' : (person?.real_name ?? '?').charAt(0));
  const body = el('div', 'msg-body');
  const meta = el('div', 'msg-meta');
  meta.append(el('span', 'author', bot ? 'Veille' : person?.real_name ?? message.user));
  if (bot) meta.append(el('span', 'app-tag', 'APP'));
  meta.append(el('time', 'ts', formatTs(message.ts)));
  if (message.edited) meta.append(el('span', 'edited', '(edited)'));
  body.append(meta);
  if (ephemeral) {
    const note = el('div', 'only-you', `${canDrawEmoji() ? '👁 ' : ''}Only visible to you · `);
    const dismiss = el('button', 'dismiss', 'Dismiss');
    dismiss.type = 'button';
    dismiss.onclick = () => post('dismiss', { user: ui.user, ts: message.ts });
    note.append(dismiss);
    body.append(note);
  }
  const where = { channel, ts: message.ts };
  if (message.blocks?.length) body.append(renderBlocks(message.blocks, blockContext(where, { surface: 'message' })));
  else {
    const text = el('div', 'msg-text');
    text.append(renderMrkdwn(message.text, names()));
    body.append(text);
  }
  for (const attachment of message.attachments ?? []) {
    const box = el('div', 'attachment');
    if (attachment.color) box.style.borderLeftColor = /^#?[0-9a-f]{3,8}$/i.test(attachment.color) ? `#${attachment.color.replace('#', '')}` : '';
    if (attachment.blocks) box.append(renderBlocks(attachment.blocks, blockContext(where, { surface: 'message' })));
    else box.append(renderMrkdwn(attachment.text ?? attachment.fallback ?? '', names()));
    body.append(box);
  }
  for (const file of message.files ?? []) {
    // A digest's chart: the image as Slack shows it, titled, with its alt text for screen readers.
    const figure = el('figure', 'msg-file');
    figure.append(el('figcaption', 'file-title', file.title));
    const img = el('img', 'file-image');
    img.src = `/playground/files/${encodeURIComponent(file.id)}?user=${encodeURIComponent(ui.user)}`;
    img.alt = file.alt;
    if (file.width) img.width = Math.min(file.width / 2, 640);
    figure.append(img);
    body.append(figure);
  }
  const replies = (message.replies?.length ?? 0) + ephemerals().filter((e) => e.channel === channel && e.thread_ts === message.ts).length;
  if (!inThread && replies > 0) {
    const link = el('button', 'thread-link', `${replies} ${replies === 1 ? 'reply' : 'replies'}`);
    link.type = 'button';
    link.onclick = () => openThread(channel, message.ts);
    body.append(link);
  }
  node.append(avatar, body);
  if (!ephemeral && !inThread) node.append(moreMenu(channel, message));
  return node;
}

function moreMenu(channel, message) {
  const shortcuts = ui.state.shortcuts.filter((s) => s.type === 'message');
  const select = el('select', 'more');
  select.setAttribute('aria-label', 'More actions');
  select.append(el('option', '', '⋯'));
  for (const s of shortcuts) {
    const option = el('option', '', s.name);
    option.value = s.callbackId;
    select.append(option);
  }
  select.onchange = () => {
    if (select.value) void post('shortcut', { user: ui.user, channel, ts: message.ts, callbackId: select.value });
    select.selectedIndex = 0;
  };
  return select;
}

function openThread(channel, ts) {
  ui.thread = { channel, ts };
  render();
}

function renderThread() {
  const pane = $('thread');
  pane.replaceChildren();
  const parent = ui.thread && conversation(ui.thread.channel)?.messages.find((m) => m.ts === ui.thread.ts);
  pane.hidden = !parent;
  if (!parent) return;
  const head = el('div', 'thread-head');
  head.append(el('span', 'thread-title', `Thread in ${conversationTitle(conversation(ui.thread.channel))}`));
  const close = el('button', 'close', '✕');
  close.setAttribute('aria-label', 'Close thread');
  close.onclick = () => {
    ui.thread = null;
    render();
  };
  head.append(close);
  pane.append(head, messageNode(parent, ui.thread.channel, { inThread: true }));
  const items = [
    ...parent.replies.map((m) => ({ m, ephemeral: false })),
    ...ephemerals().filter((e) => e.channel === ui.thread.channel && e.thread_ts === parent.ts).map((m) => ({ m, ephemeral: true })),
  ].sort((a, b) => byTs(a.m, b.m));
  const list = el('div', 'thread-replies');
  for (const { m, ephemeral } of items) list.append(messageNode(m, ui.thread.channel, { inThread: true, ephemeral }));
  pane.append(list);
}

// ---- layout ----

function conversationTitle(c) {
  if (!c) return '';
  if (c.kind === 'dm') return `💬 ${c.name} · Messages`;
  if (c.kind === 'group') return `💬 ${c.name}`;
  return `${c.kind === 'private' ? '🔒 ' : '# '}${c.name}`;
}

/**
 * A channel's or app's name with its leading emoji (🔒, 💬, 🏠) apart: without an emoji font the
 * emoji is not drawn (CSS; it stays in the name screen readers and tests read) and a lock is written
 * as a word.
 */
function titleNodes(label) {
  const m = label.match(/^(\p{Extended_Pictographic}\uFE0F?) (.*)$/su);
  if (!m) return [document.createTextNode(label)];
  const emoji = el('span', 'deco', `${m[1]} `);
  const word = el('span', 'deco-word');
  word.setAttribute('aria-hidden', 'true');
  if (m[1] === '🔒') word.dataset.word = 'private';
  return [emoji, word, document.createTextNode(m[2])];
}

function navButton(label, place, count) {
  const b = el('button', `nav-item${ui.place === place ? ' active' : ''}`);
  b.type = 'button';
  const name = el('span', 'nav-label');
  name.append(...titleNodes(label));
  b.append(name);
  if (count > 0) {
    const badge = el('span', 'badge', String(count));
    // The count stays out of the button's name ("# poc-alerts"), said in its description instead.
    badge.setAttribute('aria-hidden', 'true');
    b.title = `${count} new`;
    b.append(badge);
  }
  b.onclick = () => go(place);
  return b;
}

function renderNav() {
  const s = ui.state;
  const nav = $('nav');
  nav.replaceChildren();
  nav.append(el('div', 'nav-heading', 'Channels'));
  const unread = (c) => Math.max(0, c.messages.length - (ui.seen[c.id] ?? c.messages.length));
  for (const c of s.conversations.filter((c) => c.kind === 'channel' || c.kind === 'private')) nav.append(navButton(conversationTitle(c), c.id, unread(c)));
  nav.append(el('div', 'nav-heading', 'Apps'));
  nav.append(navButton('🏠 Veille · Home', 'home', 0));
  for (const c of s.conversations.filter((c) => c.kind === 'dm' || c.kind === 'group')) nav.append(navButton(conversationTitle(c), c.id, unread(c)));
}

function renderSidebar() {
  const s = ui.state;
  $('mission').textContent = s.mission;
  const who = $('who');
  if (who.options.length !== s.switcher.length) {
    who.replaceChildren(...s.switcher.map((p) => Object.assign(el('option', '', p.real_name), { value: p.id })));
  }
  who.value = ui.user;
  $('clock-now').textContent = s.nowLabel;
  const hours = Math.round(s.clockOffsetMs / 360_000) / 10;
  $('clock-offset').textContent = s.clockOffsetMs > 0 ? `${hours} h ahead of real time` : 'real time';
  renderNav();
}

function renderMain() {
  const s = ui.state;
  const content = $('content');
  const atBottom = content.scrollHeight - content.scrollTop - content.clientHeight < 60;
  content.replaceChildren();
  $('composer').hidden = ui.place === 'home';
  if (ui.place === 'home') {
    $('title').replaceChildren(...titleNodes('🏠 Veille · Home'));
    $('topic').textContent = 'Your alerts and your sections’ queue';
    const home = el('div', 'home');
    if (s.home) home.append(renderBlocks(s.home.blocks, blockContext({ viewId: s.home.id }, { surface: 'home' })));
    else home.append(el('div', 'empty', 'Opening Home…'));
    content.append(home);
    return;
  }
  const c = conversation(ui.place);
  $('title').replaceChildren(...titleNodes(conversationTitle(c)));
  $('topic').textContent = s.topics[c.id] ?? (c.kind === 'dm' ? 'Direct messages from Veille to you' : '');
  const items = [
    ...c.messages.map((m) => ({ m, ephemeral: false })),
    ...ephemerals().filter((e) => e.channel === c.id && !e.thread_ts).map((m) => ({ m, ephemeral: true })),
  ].sort((a, b) => byTs(a.m, b.m));
  if (!items.length) content.append(el('div', 'empty', c.kind === 'dm' ? 'No messages from Veille yet.' : 'Nothing here yet.'));
  for (const { m, ephemeral } of items) content.append(messageNode(m, c.id, { ephemeral }));
  if (atBottom || ui.scrollToEnd) content.scrollTop = content.scrollHeight;
  ui.scrollToEnd = false;
}

function renderModal() {
  const root = $('modal-root');
  const view = ui.state.modals.at(-1);
  const key = view ? `${view.id}:${view.hash}` : '';
  if (key === ui.modalKey) return;
  ui.modalKey = key;
  root.replaceChildren();
  if (!view) return;
  const overlay = el('div', 'overlay');
  const dialog = el('div', 'dialog modal');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', view.title?.text ?? 'Form');
  const head = el('div', 'modal-head');
  head.append(el('h2', 'dialog-title', view.title?.text ?? ''));
  const inputs = new Map();
  const body = el('div', 'modal-body');
  body.append(renderBlocks(view.blocks, blockContext({ viewId: view.id }, { surface: 'modal', inputs, errors: {} })));
  const buttons = el('div', 'dialog-buttons');
  const cancel = el('button', 'bk-button', view.close?.text ?? 'Cancel');
  cancel.type = 'button';
  cancel.onclick = () => post('close', { user: ui.user, viewId: view.id });
  buttons.append(cancel);
  if (view.submit) {
    const submit = el('button', 'bk-button primary', view.submit.text);
    submit.type = 'button';
    submit.onclick = async () => {
      const values = Object.fromEntries([...inputs].map(([blockId, input]) => [blockId, input.read()]));
      // Slack's client refuses an empty required field itself; the app never hears of it.
      const missing = [...inputs].filter(([blockId, input]) => !input.optional && (values[blockId] === null || values[blockId]?.length === 0));
      if (missing.length) return showErrors(body, Object.fromEntries(missing.map(([blockId]) => [blockId, 'Please complete this required field.'])));
      submit.disabled = true;
      const answer = await post('submit', { user: ui.user, viewId: view.id, values });
      submit.disabled = false;
      showErrors(body, answer?.errors ?? {});
    };
    buttons.append(submit);
  }
  dialog.append(head, body, buttons);
  overlay.append(dialog);
  root.append(overlay);
  body.querySelector('input, textarea, select')?.focus();
}

/** Errors go under their fields without redrawing the form: nothing typed is lost. */
function showErrors(body, errors) {
  for (const old of body.querySelectorAll('.bk-error')) old.remove();
  for (const block of body.querySelectorAll('.bk-input')) block.classList.remove('has-error');
  for (const [blockId, message] of Object.entries(errors)) {
    const block = [...body.querySelectorAll('.bk-input')].find((b) => b.dataset.blockId === blockId);
    if (!block) continue;
    block.classList.add('has-error');
    const line = el('div', 'bk-error', message);
    line.setAttribute('role', 'alert');
    block.append(line);
  }
}

function render() {
  const s = ui.state;
  if (!s) return;
  const ids = s.conversations.map((c) => c.id);
  if (ui.place !== 'home' && !ids.includes(ui.place)) ui.place = ids[0];
  if (ui.thread && !ids.includes(ui.thread.channel)) ui.thread = null;
  if (Object.keys(ui.seen).length === 0) for (const c of s.conversations) ui.seen[c.id] = c.messages.length;
  const open = conversation(ui.place);
  if (open) ui.seen[open.id] = open.messages.length;
  renderSidebar();
  renderMain();
  renderThread();
  renderModal();
}

// ---- what the person does ----

/** The sidebar as a drawer (phone width): opened by ☰, closed by a choice or a tap beside it. */
function showNav(open) {
  document.body.classList.toggle('nav-open', open);
  $('menu').setAttribute('aria-expanded', String(open));
}

$('menu').onclick = () => showNav(!document.body.classList.contains('nav-open'));
$('scrim').onclick = () => showNav(false);

function go(place) {
  showNav(false);
  ui.place = place;
  ui.thread = null;
  ui.scrollToEnd = true;
  if (place === 'home') void post('home', { user: ui.user });
  render();
}

function switchTo(user) {
  ui.user = user ?? null;
  if (user) localStorage.setItem('veille.user', user);
  // Nothing of the previous person stays on screen while the next one's view loads.
  ui.state = null;
  ui.raw = '';
  ui.seen = {};
  ui.modalKey = '';
  ui.thread = null;
  for (const id of ['content', 'nav', 'modal-root', 'thread']) $(id).replaceChildren();
  $('title').textContent = '';
  $('topic').textContent = '';
  if (!user) return bootstrap();
  if (ui.place === 'home') void post('home', { user });
  void refresh();
}

async function bootstrap() {
  // Start as the workspace's first person (in the example mission, a focal point in Beni).
  const people = await fetch('/playground/people').then((r) => (r.ok ? r.json() : [])).catch(() => []);
  const first = people[0]?.id;
  if (first) switchTo(first);
}

$('who').onchange = (event) => switchTo(event.target.value);

$('composer').onsubmit = async (event) => {
  event.preventDefault();
  const box = $('message');
  const text = box.value.trim();
  if (!text || !ui.state || ui.place === 'home') return;
  $('send').disabled = true;
  const answer = await post('send', { user: ui.user, channel: ui.place, text });
  $('send').disabled = false;
  if (answer) {
    box.value = '';
    ui.scrollToEnd = true;
  }
};

$('message').onkeydown = (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    $('composer').requestSubmit();
  }
};

for (const button of document.querySelectorAll('#clock button')) {
  button.onclick = async () => {
    const buttons = document.querySelectorAll('#clock button');
    for (const b of buttons) b.disabled = true;
    const body = button.dataset.to
      ? { to: button.dataset.to, ...(button.dataset.hour && { hour: Number(button.dataset.hour) }) }
      : { minutes: Number(button.dataset.minutes) };
    await post('clock', body);
    for (const b of buttons) b.disabled = false;
    if (ui.place === 'home') void post('home', { user: ui.user });
  };
}

$('reset').onclick = async () => {
  const sure = await confirmDialog({
    title: { text: 'Reset to example data?' },
    text: { text: 'Everything logged in this playground is deleted and the clock goes back to real time.' },
    confirm: { text: 'Reset' },
    style: 'danger',
  });
  if (!sure) return;
  if (!(await post('reset', {}))) return;
  ui.since = null;
  switchTo(ui.user);
};

setInterval(refresh, 1000);
if (ui.user) switchTo(ui.user);
else void bootstrap();
