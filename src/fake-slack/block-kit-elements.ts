/**
 * Block Kit limits for text objects, options and interactive elements. Slack refuses the whole
 * payload (`invalid_blocks`) when one of these is broken, so the fake reports each one precisely:
 * a path into the payload and the limit, so a failing test says what to shorten.
 */

export type Findings = string[];

type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Slack counts characters, not UTF-16 code units. */
function charCount(text: string): number {
  return [...text].length;
}

export function checkLength(out: Findings, path: string, value: unknown, limit: number, what: string): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    out.push(`${path}: ${what} must be a string`);
    return;
  }
  const length = charCount(value);
  if (length > limit) out.push(`${path}: ${what} is ${length} characters, over the limit of ${limit}`);
}

export interface TextRule {
  limit: number;
  what: string;
  plainOnly?: boolean;
  optional?: boolean;
}

/** A text object needs a `type` (plain_text or mrkdwn) and a non-empty `text`. */
export function checkText(out: Findings, path: string, value: unknown, rule: TextRule): void {
  if (value === undefined || value === null) {
    if (!rule.optional) out.push(`${path}: ${rule.what} is required`);
    return;
  }
  if (!isObject(value)) {
    out.push(`${path}: ${rule.what} must be a text object with "type" and "text"`);
    return;
  }
  if (value.type !== 'plain_text' && value.type !== 'mrkdwn') {
    out.push(`${path}.type: ${rule.what} must have type "plain_text" or "mrkdwn"`);
  } else if (rule.plainOnly && value.type !== 'plain_text') {
    out.push(`${path}.type: ${rule.what} must be plain_text`);
  }
  if (typeof value.text !== 'string') {
    out.push(`${path}.text: ${rule.what} must have a string "text"`);
    return;
  }
  if (value.text.length === 0) out.push(`${path}.text: ${rule.what} must not be empty`);
  checkLength(out, `${path}.text`, value.text, rule.limit, rule.what);
}

function checkOption(out: Findings, path: string, option: unknown, allowMrkdwn: boolean): void {
  if (!isObject(option)) {
    out.push(`${path}: option must be an object`);
    return;
  }
  checkText(out, `${path}.text`, option.text, { limit: 75, what: 'option text', plainOnly: !allowMrkdwn });
  if (typeof option.value !== 'string' && option.url === undefined) out.push(`${path}.value: option value is required`);
  checkLength(out, `${path}.value`, option.value, 150, 'option value');
  checkText(out, `${path}.description`, option.description, { limit: 75, what: 'option description', optional: true });
}

function checkOptionList(out: Findings, path: string, options: unknown, max: number, allowMrkdwn = false): void {
  if (!Array.isArray(options)) {
    out.push(`${path}: must be an array of options`);
    return;
  }
  if (options.length > max) out.push(`${path}: ${options.length} options, over the limit of ${max}`);
  for (const [i, option] of options.entries()) checkOption(out, `${path}[${i}]`, option, allowMrkdwn);
}

function checkConfirm(out: Findings, path: string, confirm: unknown): void {
  if (confirm === undefined) return;
  if (!isObject(confirm)) {
    out.push(`${path}: confirm must be an object`);
    return;
  }
  checkText(out, `${path}.title`, confirm.title, { limit: 100, what: 'confirm title', plainOnly: true });
  checkText(out, `${path}.text`, confirm.text, { limit: 300, what: 'confirm text' });
  checkText(out, `${path}.confirm`, confirm.confirm, { limit: 30, what: 'confirm button', plainOnly: true });
  checkText(out, `${path}.deny`, confirm.deny, { limit: 30, what: 'deny button', plainOnly: true });
}

const SELECTS_WITH_OPTIONS = new Set(['static_select', 'multi_static_select']);
const PLACEHOLDER_ELEMENTS = new Set([
  'static_select', 'multi_static_select', 'external_select', 'multi_external_select', 'users_select',
  'multi_users_select', 'conversations_select', 'multi_conversations_select', 'channels_select',
  'multi_channels_select', 'datepicker', 'timepicker', 'plain_text_input', 'number_input',
  'email_text_input', 'url_text_input',
]);

function checkSelect(out: Findings, path: string, el: Obj): void {
  if (el.option_groups !== undefined) {
    if (!Array.isArray(el.option_groups)) {
      out.push(`${path}.option_groups: must be an array`);
      return;
    }
    if (el.option_groups.length > 100) out.push(`${path}.option_groups: ${el.option_groups.length} groups, over the limit of 100`);
    el.option_groups.forEach((group: unknown, i) => {
      const at = `${path}.option_groups[${i}]`;
      if (!isObject(group)) {
        out.push(`${at}: option group must be an object`);
        return;
      }
      checkText(out, `${at}.label`, group.label, { limit: 75, what: 'option group label', plainOnly: true });
      checkOptionList(out, `${at}.options`, group.options, 100);
    });
    return;
  }
  if (el.options === undefined) out.push(`${path}: a static select needs "options" or "option_groups"`);
  else checkOptionList(out, `${path}.options`, el.options, 100);
}

/** One interactive (or context image) element, wherever it sits. */
export function checkElement(out: Findings, path: string, el: unknown): void {
  if (!isObject(el) || typeof el.type !== 'string') {
    out.push(`${path}: element must be an object with a "type"`);
    return;
  }
  checkLength(out, `${path}.action_id`, el.action_id, 255, 'action_id');
  checkConfirm(out, `${path}.confirm`, el.confirm);
  if (PLACEHOLDER_ELEMENTS.has(el.type)) {
    checkText(out, `${path}.placeholder`, el.placeholder, { limit: 150, what: 'placeholder', plainOnly: true, optional: true });
  }
  switch (el.type) {
    case 'button':
      checkText(out, `${path}.text`, el.text, { limit: 75, what: 'button text', plainOnly: true });
      checkLength(out, `${path}.value`, el.value, 2000, 'button value');
      checkLength(out, `${path}.url`, el.url, 3000, 'button url');
      if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger') {
        out.push(`${path}.style: button style must be "primary" or "danger"`);
      }
      return;
    case 'overflow':
      return checkOptionList(out, `${path}.options`, el.options, 5);
    case 'radio_buttons':
    case 'checkboxes':
      return checkOptionList(out, `${path}.options`, el.options, 10, true);
    case 'plain_text_input':
      checkLength(out, `${path}.initial_value`, el.initial_value, 3000, 'initial value');
      if (typeof el.max_length === 'number' && el.max_length > 3000) out.push(`${path}.max_length: over the limit of 3000`);
      return;
    case 'image':
      if (typeof el.image_url !== 'string' && el.slack_file === undefined) out.push(`${path}: image element needs image_url`);
      if (typeof el.alt_text !== 'string') out.push(`${path}.alt_text: image element needs alt_text`);
      return;
    default:
      if (SELECTS_WITH_OPTIONS.has(el.type)) checkSelect(out, path, el);
  }
}
