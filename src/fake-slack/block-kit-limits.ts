/**
 * Block Kit limits per surface (DESIGN.md, "Slack facts worth knowing"). Slack answers
 * `invalid_blocks` for the whole payload when any limit is broken; the fake does the same and
 * lists every broken limit, so the app's views are tested against the real constraints instead
 * of being discovered in production.
 */
import { type Findings, checkElement, checkLength, checkText, isObject } from './block-kit-elements.js';

export type Surface = 'message' | 'modal' | 'home';

const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };

const KNOWN_BLOCKS = new Set([
  'section', 'divider', 'image', 'actions', 'context', 'input', 'header', 'file', 'rich_text',
  'video', 'markdown', 'call', 'table', 'context_actions',
]);

/**
 * Checks a message payload (`{ blocks?, attachments? }` or a bare array of blocks) or a view
 * (`{ type, title, blocks, ... }`) and returns human-readable violations; empty means Slack would accept it.
 */
export function checkBlockKit(surface: Surface, payload: unknown): string[] {
  const out: Findings = [];
  if (surface === 'message') checkMessage(out, payload);
  else checkView(out, surface, payload);
  return out;
}

function checkMessage(out: Findings, payload: unknown): void {
  if (Array.isArray(payload)) return checkBlocks(out, 'blocks', payload, 'message');
  if (!isObject(payload)) return void out.push('message: must be an object');
  if (payload.blocks !== undefined) checkBlocks(out, 'blocks', payload.blocks, 'message');
  if (payload.attachments === undefined) return;
  if (!Array.isArray(payload.attachments)) return void out.push('attachments: must be an array');
  payload.attachments.forEach((attachment: unknown, i) => {
    if (isObject(attachment) && attachment.blocks !== undefined) {
      checkBlocks(out, `attachments[${i}].blocks`, attachment.blocks, 'message');
    }
  });
}

function checkView(out: Findings, surface: 'modal' | 'home', view: unknown): void {
  if (!isObject(view)) return void out.push('view: must be an object');
  if (view.type !== surface) out.push(`view.type: must be "${surface}" here, got ${JSON.stringify(view.type)}`);
  if (surface === 'modal') checkModalChrome(out, view);
  checkLength(out, 'view.private_metadata', view.private_metadata, 3000, 'private_metadata');
  checkLength(out, 'view.callback_id', view.callback_id, 255, 'callback_id');
  checkLength(out, 'view.external_id', view.external_id, 255, 'external_id');
  if (view.blocks === undefined) return void out.push('view.blocks: required');
  checkBlocks(out, 'view.blocks', view.blocks, surface);
}

/** Title, submit and close buttons of a modal; a modal with inputs cannot be submitted without `submit`. */
function checkModalChrome(out: Findings, view: Record<string, unknown>): void {
  checkText(out, 'view.title', view.title, { limit: 24, what: 'modal title', plainOnly: true });
  checkText(out, 'view.submit', view.submit, { limit: 24, what: 'modal submit', plainOnly: true, optional: true });
  checkText(out, 'view.close', view.close, { limit: 24, what: 'modal close', plainOnly: true, optional: true });
  const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObject(b) && b.type === 'input');
  if (hasInput && view.submit === undefined) out.push('view.submit: a modal with input blocks needs a submit button');
}

function checkBlocks(out: Findings, path: string, blocks: unknown, surface: Surface): void {
  if (!Array.isArray(blocks)) return void out.push(`${path}: must be an array`);
  const max = MAX_BLOCKS[surface];
  if (blocks.length > max) out.push(`${path}: ${blocks.length} blocks, over the limit of ${max} for a ${surface}`);
  const seenBlockIds = new Set<string>();
  blocks.forEach((block: unknown, i) => {
    const at = `${path}[${i}]`;
    checkBlock(out, at, block);
    if (isObject(block) && typeof block.block_id === 'string') {
      if (seenBlockIds.has(block.block_id)) out.push(`${at}.block_id: duplicate block_id "${block.block_id}"`);
      seenBlockIds.add(block.block_id);
    }
  });
}

function checkBlock(out: Findings, path: string, block: unknown): void {
  if (!isObject(block) || typeof block.type !== 'string') return void out.push(`${path}: block must be an object with a "type"`);
  if (!KNOWN_BLOCKS.has(block.type)) return void out.push(`${path}.type: unknown block type "${block.type}"`);
  checkLength(out, `${path}.block_id`, block.block_id, 255, 'block_id');
  switch (block.type) {
    case 'section':
      return checkSection(out, path, block);
    case 'header':
      return checkText(out, `${path}.text`, block.text, { limit: 150, what: 'header text', plainOnly: true });
    case 'actions':
      return checkElements(out, `${path}.elements`, block.elements, 25, 'actions block');
    case 'context':
      return checkContext(out, path, block.elements);
    case 'input':
      return checkInput(out, path, block);
    case 'image':
      if (typeof block.image_url !== 'string' && block.slack_file === undefined) out.push(`${path}: image block needs image_url`);
      checkLength(out, `${path}.image_url`, block.image_url, 3000, 'image_url');
      if (typeof block.alt_text !== 'string') out.push(`${path}.alt_text: image block needs alt_text`);
      checkLength(out, `${path}.alt_text`, block.alt_text, 2000, 'alt_text');
      return checkText(out, `${path}.title`, block.title, { limit: 2000, what: 'image title', plainOnly: true, optional: true });
    case 'markdown':
      return checkLength(out, `${path}.text`, block.text, 12000, 'markdown text');
  }
}

function checkSection(out: Findings, path: string, block: Record<string, unknown>): void {
  if (block.text === undefined && block.fields === undefined) out.push(`${path}: section needs "text" or "fields"`);
  checkText(out, `${path}.text`, block.text, { limit: 3000, what: 'section text', optional: true });
  if (block.fields !== undefined) {
    if (!Array.isArray(block.fields)) out.push(`${path}.fields: must be an array`);
    else {
      if (block.fields.length > 10) out.push(`${path}.fields: ${block.fields.length} fields, over the limit of 10`);
      for (const [i, field] of (block.fields as unknown[]).entries()) checkText(out, `${path}.fields[${i}]`, field, { limit: 2000, what: 'section field' });
    }
  }
  if (block.accessory !== undefined) checkElement(out, `${path}.accessory`, block.accessory);
}

function checkElements(out: Findings, path: string, elements: unknown, max: number, what: string): void {
  if (!Array.isArray(elements) || elements.length === 0) return void out.push(`${path}: ${what} needs a non-empty "elements" array`);
  if (elements.length > max) out.push(`${path}: ${elements.length} elements, over the limit of ${max} for an ${what}`);
  const seenActionIds = new Set<string>();
  elements.forEach((el: unknown, i) => {
    checkElement(out, `${path}[${i}]`, el);
    if (isObject(el) && typeof el.action_id === 'string') {
      if (seenActionIds.has(el.action_id)) out.push(`${path}[${i}].action_id: duplicate action_id "${el.action_id}" in one block`);
      seenActionIds.add(el.action_id);
    }
  });
}

/** Context elements are text objects or images, at most 10. */
function checkContext(out: Findings, path: string, elements: unknown): void {
  const at = `${path}.elements`;
  if (!Array.isArray(elements) || elements.length === 0) return void out.push(`${at}: context block needs a non-empty "elements" array`);
  if (elements.length > 10) out.push(`${at}: ${elements.length} elements, over the limit of 10 for a context block`);
  elements.forEach((el: unknown, i) => {
    if (isObject(el) && el.type === 'image') checkElement(out, `${at}[${i}]`, el);
    else checkText(out, `${at}[${i}]`, el, { limit: 3000, what: 'context text' });
  });
}

function checkInput(out: Findings, path: string, block: Record<string, unknown>): void {
  checkText(out, `${path}.label`, block.label, { limit: 2000, what: 'input label', plainOnly: true });
  checkText(out, `${path}.hint`, block.hint, { limit: 2000, what: 'input hint', plainOnly: true, optional: true });
  if (block.element === undefined) out.push(`${path}.element: input block needs an element`);
  else checkElement(out, `${path}.element`, block.element);
}
