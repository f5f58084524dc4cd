import type { InputBlock, InputBlockElement, PlainTextOption } from '@slack/types';
import { plain } from './mrkdwn.js';

/** A menu option: its text within Slack's 75 characters. */
export function option(value: string, text: string): PlainTextOption {
  return { text: plain(text, 75), value };
}

/** A form field: its element answers under action_id `value` (what the listeners read back). */
export function input(blockId: string, label: string, element: InputBlockElement, optional = true, hint?: string): InputBlock {
  return { type: 'input', block_id: blockId, optional, label: plain(label, 2000), element: { ...element, action_id: 'value' }, ...(hint ? { hint: plain(hint, 2000) } : {}) };
}

/** The option a menu starts on, when one of its options has that value. */
export function initialOption(options: PlainTextOption[], value: string | null | undefined): { initial_option?: PlainTextOption } {
  const found = options.find((o) => o.value === value);
  return found ? { initial_option: found } : {};
}
