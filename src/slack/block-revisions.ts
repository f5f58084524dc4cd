import type { KnownBlock } from '@slack/types';

/**
 * Slack keeps a block's state, and at times its old rendering, by block_id: each version of a
 * message gets ids of its own (`revision` is the outbox row that sends it, unique and never reused).
 */
export function freshBlockIds(blocks: KnownBlock[], revision: number): KnownBlock[] {
  return blocks.map((block, i) => ({ ...block, block_id: `${block.block_id ?? `b${i}`}.r${revision}` }));
}
