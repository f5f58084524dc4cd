import { describe, expect, it } from 'vitest';
import { MembershipUnknown } from '../../../src/slack/membership.js';
import { retryWhenMembershipUnknown } from '../../../src/slack/membership-retry.js';
import { t } from '../../../src/slack/i18n/index.js';

/** The middleware's arguments as Bolt gives them, built by hand; `next` fails as a slow membership check does. */
function args(body: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const posted: Array<Record<string, unknown>> = [];
  const acks: unknown[] = [];
  return {
    posted,
    acks,
    value: {
      body,
      next: async () => {
        throw new MembershipUnknown('C0CRSV0001');
      },
      ack: async (response?: unknown) => {
        acks.push(response ?? null);
      },
      client: { chat: { postMessage: async (message: Record<string, unknown>) => {
            posted.push(message);
            return { ok: true };
          }, } },
      ...extra,
    },
  };
}

describe('a click whose membership check Slack did not answer in time', () => {
  it('on App Home (no message to answer under) is told in a DM, in their language, instead of silence', async () => {
    const a = args({ type: 'block_actions', user: { id: 'U0FR000001' }, view: { type: 'home', blocks: [] } });
    await retryWhenMembershipUnknown(async () => 'fr')(a.value as never);
    expect(a.posted).toEqual([{ channel: 'U0FR000001', text: t('fr').refusals.membershipUnknown, unfurl_links: false, unfurl_media: false }]);
    expect(a.acks).toHaveLength(1);
  });

  it('under a message is answered there, privately, and no DM is sent', async () => {
    const responses: unknown[] = [];
    const a = args({ type: 'block_actions', user: { id: 'U0EN000001' } }, { respond: async (r: unknown) => void responses.push(r) });
    await retryWhenMembershipUnknown(async () => 'en')(a.value as never);
    expect(responses).toEqual([{ response_type: 'ephemeral', replace_original: false, text: t('en').refusals.membershipUnknown }]);
    expect(a.posted).toEqual([]);
  });

  it('in a form is shown under its first field', async () => {
    const a = args({ type: 'view_submission', user: { id: 'U0EN000001' }, view: { blocks: [{ type: 'section' }, { type: 'input', block_id: 'description' }] } });
    await retryWhenMembershipUnknown(async () => 'en')(a.value as never);
    expect(a.acks).toEqual([{ response_action: 'errors', errors: { description: t('en').refusals.membershipUnknown } }]);
    expect(a.posted).toEqual([]);
  });
});
