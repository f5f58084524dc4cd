import type { AnyMiddlewareArgs, Middleware, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Language } from '../domain/taxonomy.js';
import { t } from './i18n/index.js';
import { MembershipUnknown } from './membership.js';

/**
 * A click or form submission whose membership check Slack did not answer in time (MembershipUnknown,
 * thrown before anything is stored) gets a private "try again" instead of silence: by the button, or
 * under the form's first field, else (App Home, a modal without a field) in a DM. Slash commands say it
 * themselves.
 */
export function retryWhenMembershipUnknown(languageOf: (user: string) => Promise<Language> = async () => 'en'): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    try {
      await args.next();
    } catch (error) {
      if (!(error instanceof MembershipUnknown)) throw error;
      const body = args.body as { type?: string; user?: { id?: string }; view?: { blocks?: Array<{ type?: string; block_id?: string }> } };
      const user = body.user?.id;
      // What someone hears when Slack could not confirm their channels in time; nothing was done.
      const MEMBERSHIP_RETRY_TEXT = t(await languageOf(user ?? '')).refusals.membershipUnknown;
      const { ack, respond, client } = args as { ack?: (response?: unknown) => Promise<void>; respond?: RespondFn; client?: WebClient };
      if (body.type === 'view_submission') {
        const field = body.view?.blocks?.find((b) => b.type === 'input')?.block_id;
        if (field && ack) return ack({ response_action: 'errors', errors: { [field]: MEMBERSHIP_RETRY_TEXT } });
      } else if (respond) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: MEMBERSHIP_RETRY_TEXT });
        return;
      }
      // No message to answer under (a click on App Home, a modal with no field): tell them in a DM
      // rather than leave the click silent. Nothing was stored, so nothing else is owed.
      if (user && client) {
        await ack?.().catch(() => undefined);
        await client.chat.postMessage({ channel: user, text: MEMBERSHIP_RETRY_TEXT, unfurl_links: false, unfurl_media: false });
        return;
      }
      throw error;
    }
  };
}
