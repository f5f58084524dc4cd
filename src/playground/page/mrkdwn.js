// Slack mrkdwn, minimally, into DOM nodes: *bold*, _italic_, ~strike~, `code`, line breaks,
// <@U…> as @name, <#C…> as #channel (or "private channel" when this person cannot see it),
// <url|text> links. Every piece of text becomes a text node: nothing is ever parsed as HTML.

const ENTITY = /<([^<>\n]+)>/g;
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';

const STYLES = [
  { tag: 'code', re: /`([^`\n]+)`/, literal: true },
  { tag: 'strong', re: /(^|[^\p{L}\p{N}*])\*(?!\s)([^*\n]+?)\*(?![\p{L}\p{N}*])/u },
  { tag: 'em', re: /(^|[^\p{L}\p{N}_])_(?!\s)([^_\n]+?)_(?![\p{L}\p{N}_])/u },
  { tag: 's', re: /(^|[^\p{L}\p{N}~])~(?!\s)([^~\n]+?)~(?![\p{L}\p{N}~])/u },
];

function decodeEntities(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function safeHref(url) {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** One `<…>` entity as a node. */
function entityNode(inner, names) {
  const [target, label] = splitOnce(inner, '|');
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const person = names.people[id];
    const span = el('span', 'mention', `@${person ? person.name : label || id}`);
    if (person) span.title = person.real_name;
    return span;
  }
  if (target.startsWith('#')) {
    const name = names.channels[target.slice(1)];
    return el('span', 'mention channel', name ? `#${name}` : `${canDrawEmoji() ? '🔒 ' : ''}private channel`);
  }
  if (target.startsWith('!')) {
    const special = target.slice(1).split('^')[0];
    return el('span', 'mention', label ? decodeEntities(label) : `@${special}`);
  }
  const href = safeHref(decodeEntities(target));
  if (!href) return document.createTextNode(decodeEntities(label || target));
  const a = el('a', 'link', decodeEntities(label || target));
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

// The emoji that carry meaning in Veille's messages, and what they say. Each is drawn with its word
// as a tooltip; where the browser has no emoji font (empty boxes), the word is drawn instead.
const MEANING = { '🔴': 'critical', '🟠': 'high', '🟡': 'medium', '⚪': 'low', '🔒': 'restricted', '⏫': 'escalated', '⚠️': 'warning', '⚠': 'warning' };
const MEANINGFUL = new RegExp(`(${Object.keys(MEANING).sort((a, b) => b.length - a.length).join('|')})`, 'u');

let emojiDrawn;
/** Can this browser draw a colour emoji? A red circle drawn in black comes out red only with an emoji font. */
export function canDrawEmoji() {
  if (emojiDrawn !== undefined) return emojiDrawn;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 32;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.textBaseline = 'top';
    context.font = '24px "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif';
    context.fillStyle = '#000';
    context.fillText('🔴', 2, 2);
    const pixels = context.getImageData(0, 0, 32, 32).data;
    emojiDrawn = false;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && pixels[i] - pixels[i + 2] > 80) emojiDrawn = true;
  } catch {
    emojiDrawn = true;
  }
  return emojiDrawn;
}

// Emoji that only decorate (📋, 💬, ⏰…): without an emoji font they would be empty boxes, so they go.
const DECORATION = /[\u{1F000}-\u{1FAFF}\u{23E9}-\u{23FA}]\uFE0F?(?:\u200D[\u{1F000}-\u{1FAFF}]\uFE0F?)* ?/gu;

/** A line of text → text nodes, the meaningful emoji wrapped with their word (or replaced by it). */
function withMeanings(line, out) {
  line.split(MEANINGFUL).forEach((piece, i) => {
    if (!piece) return;
    if (i % 2 === 0) {
      const text = canDrawEmoji() ? piece : piece.replace(DECORATION, '');
      if (text) out.push(document.createTextNode(text));
      return;
    }
    const word = MEANING[piece];
    const node = canDrawEmoji() ? el('span', 'emoji', piece) : el('span', `emoji-label ${word}`, word);
    node.title = word;
    out.push(node);
  });
}

function splitOnce(text, sep) {
  const at = text.indexOf(sep);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Plain text with entity markers and line breaks → nodes. */
function textNodes(text, entities, names, out) {
  const parts = text.split(new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`));
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      out.push(entityNode(entities[Number(part)], names));
      return;
    }
    part.split('\n').forEach((line, j) => {
      if (j > 0) out.push(document.createElement('br'));
      if (line) withMeanings(decodeEntities(line), out);
    });
  });
}

function inline(text, entities, names) {
  const out = [];
  let rest = text;
  while (rest) {
    let best = null;
    for (const style of STYLES) {
      const m = style.re.exec(rest);
      if (!m) continue;
      const lead = style.literal ? '' : m[1];
      const start = m.index + lead.length;
      if (!best || start < best.start) best = { style, start, end: m.index + m[0].length, inner: style.literal ? m[1] : m[2] };
    }
    if (!best) break;
    textNodes(rest.slice(0, best.start), entities, names, out);
    const node = document.createElement(best.style.tag);
    if (best.style.literal) {
      const parts = [];
      textNodes(best.inner, entities, names, parts);
      node.append(...parts);
    } else {
      node.append(...inline(best.inner, entities, names));
    }
    out.push(node);
    rest = rest.slice(best.end);
  }
  if (rest) textNodes(rest, entities, names, out);
  return out;
}

/** mrkdwn text → a fragment; `names` = { people: {id: {name, real_name}}, channels: {id: name} }. */
export function renderMrkdwn(text, names) {
  const entities = [];
  const marked = String(text ?? '').replace(ENTITY, (_, inner) => {
    entities.push(inner);
    return `${MARK_OPEN}${entities.length - 1}${MARK_CLOSE}`;
  });
  const fragment = document.createDocumentFragment();
  const lines = marked.split('\n');
  // Block quotes: consecutive lines starting with "> " (escaped by Slack as "&gt; ").
  let buffer = [];
  let quote = [];
  const flush = () => {
    if (buffer.length) fragment.append(...inline(buffer.join('\n'), entities, names));
    buffer = [];
  };
  const flushQuote = () => {
    if (!quote.length) return;
    const q = el('blockquote', 'quote');
    q.append(...inline(quote.join('\n'), entities, names));
    fragment.append(q);
    quote = [];
  };
  for (const line of lines) {
    const m = line.match(/^(?:&gt;|>) ?(.*)$/);
    if (m) {
      flush();
      quote.push(m[1]);
    } else {
      flushQuote();
      buffer.push(line);
    }
  }
  flush();
  flushQuote();
  return fragment;
}

/** plain_text or mrkdwn text object → nodes. */
export function renderText(object, names) {
  if (!object) return document.createDocumentFragment();
  if (object.type === 'mrkdwn') return renderMrkdwn(object.text, names);
  const fragment = document.createDocumentFragment();
  String(object.text ?? '').split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(document.createElement('br'));
    const nodes = [];
    withMeanings(line, nodes);
    fragment.append(...nodes);
  });
  return fragment;
}
