/**
 * Finding an interactive element by action_id in stored blocks, so the driver can "click" what
 * the app actually rendered (and fail loudly when the app did not render it).
 */
import type { Json } from './types.js';

export interface FoundElement {
  element: Json;
  blockId: string;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function elementsOf(block: Json): unknown[] {
  const out: unknown[] = [];
  if (Array.isArray(block.elements)) out.push(...block.elements);
  if (block.accessory !== undefined) out.push(block.accessory);
  if (block.element !== undefined) out.push(block.element);
  return out;
}

/** Every interactive element with its block_id, in reading order. */
export function interactiveElements(blocks: unknown): FoundElement[] {
  if (!Array.isArray(blocks)) return [];
  const found: FoundElement[] = [];
  for (const block of blocks) {
    if (!isObject(block)) continue;
    for (const element of elementsOf(block)) {
      if (isObject(element) && typeof element.action_id === 'string') {
        found.push({ element, blockId: typeof block.block_id === 'string' ? block.block_id : '' });
      }
    }
  }
  return found;
}

/** Blocks of a message, including those inside legacy attachments. */
export function messageBlocks(message: { blocks?: Json[]; attachments?: Json[] }): Json[] {
  const nested = (message.attachments ?? []).flatMap((a) => (Array.isArray(a.blocks) ? (a.blocks as Json[]) : []));
  return [...(message.blocks ?? []), ...nested];
}

/**
 * The element with this action_id (the first one, or the one in block `blockId` when given: the
 * same action_id may repeat across blocks, e.g. one "Take ownership" per alert in a list).
 */
export function findElement(blocks: unknown, actionId: string, where: string, blockId?: string): FoundElement {
  const all = interactiveElements(blocks);
  const hit = all.find((f) => f.element.action_id === actionId && (blockId === undefined || f.blockId === blockId));
  if (!hit) {
    const available = all.map((f) => f.element.action_id).join(', ') || 'none';
    const inBlock = blockId === undefined ? '' : ` in block "${blockId}"`;
    throw new Error(`fake-slack: no element with action_id "${actionId}"${inBlock} in ${where} (available: ${available})`);
  }
  return hit;
}

/** The options an element offers, flattened out of option_groups. */
export function optionsOf(element: Json): Json[] {
  const direct = Array.isArray(element.options) ? (element.options as Json[]) : [];
  const grouped = Array.isArray(element.option_groups)
    ? (element.option_groups as Json[]).flatMap((g) => (Array.isArray(g.options) ? (g.options as Json[]) : []))
    : [];
  return [...direct, ...grouped];
}

export function findOption(element: Json, value: string): Json {
  const option = optionsOf(element).find((o) => o.value === value);
  if (!option) {
    const offered = optionsOf(element).map((o) => String(o.value)).join(', ');
    throw new Error(`fake-slack: "${String(element.action_id)}" offers no option "${value}" (offered: ${offered})`);
  }
  return option;
}
