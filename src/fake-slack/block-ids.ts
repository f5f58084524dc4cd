/**
 * Slack gives every stored block a block_id and every interactive element an action_id, inventing
 * them when the app leaves them out; interaction payloads then carry those ids. The fake does the
 * same, deterministically (a hash of the block's content), so clicks and submissions built from
 * stored messages and views carry the ids the app will see from Slack.
 */
import { createHash } from 'node:crypto';
import type { Json } from './types.js';

function shortHash(value: unknown, salt: string): string {
  return createHash('sha1').update(salt).update(JSON.stringify(value) ?? '').digest('base64url').slice(0, 5);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withActionId(element: unknown, salt: string): unknown {
  if (!isObject(element) || typeof element.type !== 'string' || element.action_id !== undefined) return element;
  if (element.type === 'image' || element.type === 'plain_text' || element.type === 'mrkdwn') return element;
  return { ...element, action_id: shortHash(element, salt) };
}

/** A copy of the blocks with missing block_id / action_id filled in; the app's objects are never mutated. */
export function withGeneratedIds(blocks: unknown): Json[] | undefined {
  if (!Array.isArray(blocks)) return undefined;
  return blocks.map((block: unknown, index) => {
    if (!isObject(block)) return block as Json;
    const copy: Json = { ...block };
    if (copy.block_id === undefined) copy.block_id = shortHash(block, `block${index}`);
    if (Array.isArray(copy.elements) && copy.type === 'actions') {
      copy.elements = copy.elements.map((el: unknown, i) => withActionId(el, `el${index}.${i}`));
    }
    if (copy.accessory !== undefined) copy.accessory = withActionId(copy.accessory, `acc${index}`);
    if (copy.element !== undefined) copy.element = withActionId(copy.element, `in${index}`);
    return copy;
  });
}
