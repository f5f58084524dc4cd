import type { SlashCommand } from '@slack/bolt';
import type { Listeners } from '../listener-router.js';
import { refusalLanguage, runAlertCommand } from '../../../commands/alert/index.js';
import type { CommandInput } from '../../../commands/types.js';
import { notice, withTheirText } from '../views/confirmation.js';
import { t } from '../i18n/index.js';
import type { ListenerDeps } from './deps.js';
import { forRequest } from '../slack-window.js';
import { MembershipUnknown } from '../membership.js';
import { durable } from '../../store/durability.js';

/** `/alert`: run the command, answer within Slack's 3 seconds, then send what it decided to post. */
export function register(app: Listeners, shared: ListenerDeps): void {
  app.command('/alert', async ({ command, ack, client, respond, context }) => {
    const deps = forRequest(shared, context);
    const input = commandInput(command);
    // A quick report refused is answered in its own language; anything else in the person's.
    const language = () => refusalLanguage(input, deps);
    let result;
    try {
      result = await runAlertCommand(input, deps);
      // What it wrote is committed with the turn's batch and fsynced before the answer; a commit the
      // disk refuses lands in the catch below: "nothing was logged", never "logged".
      await durable(deps.veille.db);
    } catch (error) {
      deps.veille.log.error('command failed; nothing was logged', { error: (error as Error).name, code: (error as { code?: string }).code });
      const refusedIn = await language();
      const said = t(refusedIn);
      const failure = error instanceof MembershipUnknown ? notice(said.refusals.membershipUnknown) : notice(said.form.notSaved, said.form.notSavedDetail);
      const answer = input.text.trim() ? withTheirText(failure, input.text.trim(), refusedIn) : failure;
      await ack({ response_type: 'ephemeral', text: answer.text, blocks: answer.blocks });
      return;
    }
    if (result.kind === 'reply') {
      await ack({ response_type: 'ephemeral', text: result.message.text, blocks: result.message.blocks });
      result.answered?.();
    } else {
      await ack();
      try {
        await client.views.open({ trigger_id: input.triggerId, view: result.view });
      } catch {
        await respond({ response_type: 'ephemeral', ...notice(t(await language()).form.couldNotOpen) });
      }
    }
    void deps.sender.kick();
  });
}

export function commandInput(command: SlashCommand): CommandInput {
  return { text: command.text ?? '', userId: command.user_id, channelId: command.channel_id, triggerId: command.trigger_id };
}
