/**
 * `view.state.values` as Slack builds it on submission: one entry per input block, keyed by
 * block_id then action_id, shaped by element type. Fields the user leaves alone carry the
 * element's initial value, as in Slack.
 */
import { findOption } from './block-find.js';
import type { Json } from './types.js';

/** What a test says the user entered: text, an option value, several values, or a raw state entry. */
export type EnteredValue = string | number | string[] | Json | null;

function optionsFrom(element: Json, given: unknown): Json[] {
  const values = Array.isArray(given) ? given : [given];
  return values.map((v) => (typeof v === 'object' && v !== null ? (v as Json) : findOption(element, String(v))));
}

function richText(text: string): Json {
  return { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] };
}

/** The state entry of one element; `given === undefined` means "left as it was". */
export function elementState(element: Json, given: EnteredValue | undefined): Json {
  const type = String(element.type);
  const untouched = given === undefined;
  switch (type) {
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
    case 'overflow':
      return { type, selected_option: untouched ? (element.initial_option ?? null) : given === null ? null : (optionsFrom(element, given)[0] ?? null) };
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return { type, selected_options: untouched ? (element.initial_options ?? []) : given === null ? [] : optionsFrom(element, given) };
    case 'users_select':
      return { type, selected_user: untouched ? (element.initial_user ?? null) : given };
    case 'multi_users_select':
      return { type, selected_users: untouched ? (element.initial_users ?? []) : given };
    case 'conversations_select':
      return { type, selected_conversation: untouched ? (element.initial_conversation ?? null) : given };
    case 'multi_conversations_select':
      return { type, selected_conversations: untouched ? (element.initial_conversations ?? []) : given };
    case 'channels_select':
      return { type, selected_channel: untouched ? (element.initial_channel ?? null) : given };
    case 'multi_channels_select':
      return { type, selected_channels: untouched ? (element.initial_channels ?? []) : given };
    case 'datepicker':
      return { type, selected_date: untouched ? (element.initial_date ?? null) : given };
    case 'timepicker':
      return { type, selected_time: untouched ? (element.initial_time ?? null) : given };
    case 'datetimepicker':
      return { type, selected_date_time: untouched ? (element.initial_date_time ?? null) : given };
    case 'rich_text_input':
      return { type, rich_text_value: untouched ? (element.initial_value ?? null) : typeof given === 'string' ? richText(given) : given };
    default:
      // Text-like inputs (plain_text_input, number_input, email/url inputs) send a string or null.
      return { type, value: untouched ? (element.initial_value ?? null) : given === null ? null : String(given) };
  }
}

/**
 * Builds state.values from a view's input blocks. `entered` is keyed by block_id or action_id;
 * a key that matches no input is an error in the test, reported with the keys that exist.
 */
export function buildStateValues(blocks: Json[], entered: Record<string, EnteredValue>): Record<string, Record<string, Json>> {
  const values: Record<string, Record<string, Json>> = {};
  const used = new Set<string>();
  const known: string[] = [];
  for (const block of blocks) {
    if (block.type !== 'input' || typeof block.element !== 'object' || block.element === null) continue;
    const element = block.element as Json;
    const blockId = String(block.block_id);
    const actionId = String(element.action_id);
    known.push(`${blockId}/${actionId}`);
    const key = blockId in entered ? blockId : actionId in entered ? actionId : undefined;
    if (key !== undefined) used.add(key);
    values[blockId] = { [actionId]: elementState(element, key === undefined ? undefined : entered[key]) };
  }
  const unknown = Object.keys(entered).filter((k) => !used.has(k));
  if (unknown.length > 0) {
    throw new Error(`fake-slack: no input for ${unknown.join(', ')} in the view (inputs: ${known.join(', ') || 'none'})`);
  }
  return values;
}
