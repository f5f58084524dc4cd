/**
 * Slack keeps a block's state, and at times its old rendering, by block_id: each version of a
 * message gets ids of its own (`revision` is the outbox row that sends it, unique and never reused).
 */
export function freshBlockIds(blocks: unknown[], revision: number): unknown[] {
  return blocks.map((b, i) => {
    const block = b as Record<string, unknown>;
    return { ...block, block_id: `${typeof block.block_id === 'string' ? block.block_id : `b${i}`}.r${revision}` };
  });
}
