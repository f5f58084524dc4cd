import { draftFromReport } from '../../src/alerts/draft.js';
import { logAlert } from '../../src/alerts/flows.js';
import { placeById } from '../../src/context.js';
import { parseQuickReport } from '../../src/intake/index.js';
import { notice, renderConfirmation, withTheirText } from '../../src/slack/views/confirmation.js';
import { renderAlertForm } from '../../src/slack/views/form.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply } from '../types.js';

/** Slack caps slash-command text near 4,000 characters; the API and forms are held to the same. */
export const MAX_REPORT_LENGTH = 4000;

/**
 * `/alert <text>`: the quick report. The alert is stored (with its event and its card posts) before
 * the reporter is told it was logged; the confirmation rides on the acknowledgement.
 */
export function quickReport(input: CommandInput, { veille }: CommandDeps): CommandReply {
  const text = input.text.trim();
  if (text === '') {
    return { kind: 'modal', view: renderAlertForm({ metadata: { channel: input.channelId, via: 'form' } }) };
  }
  if (text.length > MAX_REPORT_LENGTH) {
    return reply(
      withTheirText(
        notice(
          `⚠️ Nothing was logged: the report is ${text.length.toLocaleString('en')} characters and the limit is ${MAX_REPORT_LENGTH.toLocaleString('en')}.`,
          'Shorten it and send it again, or put the rest in an update once it is logged. Your text is below.',
        ),
        text,
      ),
    );
  }
  const report = parseQuickReport(text, veille.intake);
  if (report.conductMatter) {
    return reply(
      withTheirText(
        notice(
          `This reads as sexual exploitation or abuse by UN personnel. That is not a protection alert: report it to Conduct and Discipline in <#${veille.mission.conductChannel}>.`,
          'Nothing was logged or posted by Veille. Your text is below, only for you, to pass on.',
        ),
        text,
        report.language,
      ),
    );
  }
  // What Veille was unsure of is kept with the `logged` event: the audit trail shows the reading was doubtful.
  const uncertainty = { alternatives: report.alternatives, unsure: report.unsure };
  const extra = uncertainty.unsure.length > 0 ? { unsure: uncertainty.unsure, alternatives: uncertainty.alternatives } : {};
  const { alert, routes, answered } = logAlert(veille, draftFromReport(report, 'quick_report'), input.userId, {
    extra,
    ifAnswerLost: () => ({ kind: 'confirmation', channel: input.channelId, user: input.userId, warnings: report.warnings, late: true }),
  });
  veille.log.info('alert logged', { reference: alert.reference, via: 'quick_report', sections: routes.length });
  return reply(renderConfirmation(alert, placeById(veille, alert.placeId), routes, veille.mission, report.warnings, uncertainty), answered);
}
