// Block Kit as Veille uses it, drawn with DOM calls only (never innerHTML): header, section (text,
// fields, accessory), context, divider, actions, input; buttons, selects (static, users,
// conversations), date and time pickers, text inputs, checkboxes and radio buttons.
import { el, renderMrkdwn, renderText } from './mrkdwn.js';

let uid = 0;
const nextId = (prefix) => `${prefix}-${(uid += 1)}`;

/** Option lists, flattened out of option_groups. */
function optionsOf(element) {
  const direct = element.options ?? [];
  const grouped = (element.option_groups ?? []).flatMap((g) => g.options ?? []);
  return [...direct, ...grouped];
}

function optionLabel(option) {
  return String(option?.text?.text ?? option?.value ?? '');
}

function placeholderOption(element, fallback) {
  const option = el('option', '', element.placeholder?.text ?? fallback);
  option.value = '';
  return option;
}

/** A <select> for static / users / conversations selects; returns [node, read()]. */
function selectElement(element, ctx, multiple) {
  const select = el('select', `bk-select${multiple ? ' multi' : ''}`);
  select.multiple = multiple;
  if (element.placeholder?.text) select.setAttribute('aria-label', element.placeholder.text);
  let choices;
  let initial;
  if (element.type.includes('users_select')) {
    choices = ctx.people.filter((p) => !p.is_bot).map((p) => ({ value: p.id, label: p.real_name }));
    initial = multiple ? element.initial_users ?? [] : [element.initial_user].filter(Boolean);
  } else if (element.type.includes('conversations_select') || element.type.includes('channels_select')) {
    choices = Object.entries(ctx.names.channels).map(([id, name]) => ({ value: id, label: `#${name}` }));
    initial = multiple
      ? element.initial_conversations ?? element.initial_channels ?? []
      : [element.initial_conversation ?? element.initial_channel].filter(Boolean);
  } else {
    choices = optionsOf(element).map((o) => ({ value: String(o.value), label: optionLabel(o) }));
    initial = multiple ? (element.initial_options ?? []).map((o) => String(o.value)) : [element.initial_option?.value].filter(Boolean).map(String);
  }
  if (!multiple) select.append(placeholderOption(element, 'Select…'));
  for (const choice of choices) {
    const option = el('option', '', choice.label);
    option.value = choice.value;
    option.selected = initial.includes(choice.value);
    select.append(option);
  }
  const read = () => (multiple ? [...select.selectedOptions].map((o) => o.value) : select.value || null);
  return [select, read];
}

function textInput(element) {
  const multiline = element.type === 'plain_text_input' && element.multiline;
  const input = el(multiline ? 'textarea' : 'input', 'bk-text');
  if (!multiline) {
    input.type = { number_input: 'number', email_text_input: 'email', url_text_input: 'url' }[element.type] ?? 'text';
  }
  if (multiline) input.rows = 4;
  if (element.placeholder?.text) input.placeholder = element.placeholder.text;
  if (element.max_length) input.maxLength = element.max_length;
  if (element.initial_value !== undefined) input.value = String(element.initial_value);
  return [input, () => (input.value.trim() === '' ? null : input.value)];
}

function choiceList(element, ctx, kind) {
  const box = el('div', `bk-${kind}`);
  const name = nextId(kind);
  const initial = kind === 'checkboxes' ? (element.initial_options ?? []).map((o) => String(o.value)) : [element.initial_option?.value].filter(Boolean).map(String);
  const inputs = [];
  for (const option of optionsOf(element)) {
    const label = el('label', 'bk-choice');
    const input = document.createElement('input');
    input.type = kind === 'checkboxes' ? 'checkbox' : 'radio';
    input.name = name;
    input.value = String(option.value);
    input.checked = initial.includes(input.value);
    inputs.push(input);
    const text = el('span', '');
    text.append(renderText(option.text, ctx.names));
    label.append(input, text);
    if (option.description) {
      const description = el('span', 'bk-choice-description');
      description.append(renderText(option.description, ctx.names));
      label.append(description);
    }
    box.append(label);
  }
  const read = () => {
    const checked = inputs.filter((i) => i.checked).map((i) => i.value);
    return kind === 'checkboxes' ? checked : checked[0] ?? null;
  };
  return [box, read];
}

function button(element, blockId, ctx) {
  const b = el('button', `bk-button ${element.style ?? ''}`.trim(), element.text?.text ?? 'Button');
  b.type = 'button';
  b.addEventListener('click', async () => {
    if (element.url) window.open(element.url, '_blank', 'noopener');
    if (element.confirm && !(await ctx.confirm(element.confirm))) return;
    b.disabled = true;
    try {
      await ctx.act(element, blockId, undefined);
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

/**
 * An interactive element. Inside an input block it only records its value (read on submit);
 * elsewhere (messages, Home, actions in a modal) a change is a block action sent at once.
 */
function renderElement(element, blockId, ctx, inInput = false) {
  const type = element.type;
  if (type === 'button') return button(element, blockId, ctx);
  if (type === 'image') {
    const alt = el('span', 'bk-image-alt', `[image: ${element.alt_text ?? ''}]`);
    return alt;
  }
  let node;
  let read;
  if (type === 'overflow') {
    [node, read] = selectElement({ ...element, placeholder: { text: '⋯' } }, ctx, false);
    node.classList.add('overflow');
  } else if (/(^|_)(static|users|conversations|channels|external)_select$/.test(type)) {
    [node, read] = selectElement(element, ctx, type.startsWith('multi_'));
  } else if (type === 'datepicker') {
    // Typed as Veille writes dates, not in the browser's locale (an en-US browser shows 11/22/2026).
    [node, read] = patternInput('bk-date', element.initial_date, 'YYYY-MM-DD', /^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
  } else if (type === 'timepicker') {
    // 24-hour, as every time Veille writes (an en-US browser's time input shows 01:10 PM).
    [node, read] = patternInput('bk-time', element.initial_time, 'HH:MM (24 h)', /^([01]?\d|2[0-3]):?([0-5]\d)$/, (m) => `${m[1].padStart(2, '0')}:${m[2]}`);
  } else if (type === 'checkboxes' || type === 'radio_buttons') {
    [node, read] = choiceList(element, ctx, type);
  } else if (/_input$/.test(type)) {
    [node, read] = textInput(element);
  } else {
    return el('span', 'bk-unsupported', `[${type}]`);
  }
  if (!inInput || ctx.dispatch) {
    node.addEventListener('change', () => void ctx.act(element, blockId, read()));
  }
  node.read = read;
  return node;
}

function section(block, ctx) {
  const wrap = el('div', 'bk-section');
  const main = el('div', 'bk-section-main');
  if (block.text) {
    const text = el('div', 'bk-text-block');
    text.append(renderText(block.text, ctx.names));
    main.append(text);
  }
  if (block.fields?.length) {
    const grid = el('div', 'bk-fields');
    for (const field of block.fields) {
      const cell = el('div', 'bk-field');
      cell.append(renderText(field, ctx.names));
      grid.append(cell);
    }
    main.append(grid);
  }
  wrap.append(main);
  if (block.accessory) {
    const accessory = el('div', 'bk-accessory');
    accessory.append(renderElement(block.accessory, block.block_id, ctx));
    wrap.append(accessory);
  }
  return wrap;
}

function input(block, ctx) {
  const wrap = el('div', 'bk-input');
  const id = nextId('input');
  const label = el('label', 'bk-label');
  label.htmlFor = id;
  label.append(renderText(block.label, ctx.names));
  if (block.optional) label.append(el('span', 'bk-optional', ' (optional)'));
  const element = renderElement(block.element, block.block_id, { ...ctx, dispatch: block.dispatch_action === true }, true);
  element.id = id;
  if (block.label?.text) element.setAttribute('aria-label', block.label.text);
  ctx.inputs?.set(block.block_id, { read: element.read ?? (() => null), optional: block.optional === true });
  wrap.append(label, element);
  if (block.hint) {
    const hint = el('div', 'bk-hint');
    hint.append(renderText(block.hint, ctx.names));
    wrap.append(hint);
  }
  const error = ctx.errors?.[block.block_id];
  if (error) {
    wrap.classList.add('has-error');
    const message = el('div', 'bk-error', error);
    message.setAttribute('role', 'alert');
    wrap.append(message);
  }
  return wrap;
}

function richText(block, ctx) {
  const wrap = el('div', 'bk-rich');
  const walk = (node) => {
    if (!node) return '';
    if (node.type === 'text') return node.text ?? '';
    if (node.type === 'user') return `<@${node.user_id}>`;
    if (node.type === 'channel') return `<#${node.channel_id}>`;
    if (node.type === 'link') return node.text ?? node.url ?? '';
    if (node.type === 'emoji') return node.unicode ? String.fromCodePoint(...node.unicode.split('-').map((h) => parseInt(h, 16))) : `:${node.name}:`;
    return (node.elements ?? []).map(walk).join(node.type === 'rich_text_list' ? '\n• ' : '');
  };
  wrap.append(renderMrkdwn((block.elements ?? []).map(walk).join('\n'), ctx.names));
  return wrap;
}

const RENDERERS = {
  header: (block, ctx) => {
    const h = el('div', 'bk-header');
    h.append(renderText(block.text, ctx.names));
    return h;
  },
  section,
  divider: () => el('hr', 'bk-divider'),
  context: (block, ctx) => {
    const row = el('div', 'bk-context');
    for (const item of block.elements ?? []) {
      const span = el('span', 'bk-context-item');
      if (item.type === 'image') span.textContent = item.alt_text ? `[${item.alt_text}]` : '';
      else span.append(renderText(item, ctx.names));
      row.append(span);
    }
    return row;
  },
  actions: (block, ctx) => {
    const row = el('div', 'bk-actions');
    for (const element of block.elements ?? []) row.append(renderElement(element, block.block_id, ctx));
    return row;
  },
  input,
  rich_text: richText,
  image: (block) => el('div', 'bk-image-alt', `[image: ${block.alt_text ?? ''}]`),
};

/** Blocks → one element. Unknown block types are named, not dropped, so gaps show. */
export function renderBlocks(blocks, ctx) {
  const wrap = el('div', 'bk');
  for (const block of blocks ?? []) {
    const render = RENDERERS[block.type];
    const node = render ? render(block, ctx) : el('div', 'bk-unsupported', `[${block.type} block]`);
    node.dataset.blockId = block.block_id ?? '';
    wrap.append(node);
  }
  return wrap;
}

/**
 * A date or time typed as text in one fixed form. What matches is sent normalised ("9:05" → "09:05");
 * anything else is sent as typed, for Veille to refuse under the field.
 */
function patternInput(className, initial, placeholder, pattern, normalise) {
  const node = el('input', className);
  node.type = 'text';
  node.placeholder = placeholder;
  node.autocomplete = 'off';
  if (initial) node.value = initial;
  const read = () => {
    const value = node.value.trim();
    if (value === '') return null;
    const match = pattern.exec(value);
    return match ? normalise(match) : value;
  };
  return [node, read];
}
