import { draftFromReport } from '../../src/alerts/draft.js';
import { logAlert } from '../../src/alerts/flows.js';
import { textFactsOf } from '../../src/alerts/decide.js';
import { placeById } from '../../src/context.js';
import { detectLanguage, tokenize } from '../../src/intake/index.js';
import { readReport } from '../../src/reading/reader.js';
import { notice, renderConfirmation, withTheirText } from '../../src/slack/views/confirmation.js';
import { renderAlertForm } from '../../src/slack/views/form.js';
import { formatCount } from '../../src/domain/dates.js';
import type { Language } from '../../src/domain/taxonomy.js';
import { t } from '../../src/slack/i18n/index.js';
import { reply, type CommandDeps, type CommandInput, type CommandReply } from '../types.js';

/** Slack caps slash-command text near 4,000 characters; the API and forms are held to the same. */
const MAX_REPORT_LENGTH = 4000;

/**
 * Is there anything to log? Emoji, punctuation, mrkdwn marks, :emoji: codes and Slack's <…> links and
 * mentions alone are not a report: at least one letter must remain once they are taken out.
 */
function hasWords(text: string): boolean {
  const bare = text.replace(/<[^<>]*>/g, ' ').replace(/:[a-z0-9_+'-]+:/gi, ' ').replace(/&(?:amp|lt|gt);/g, ' ');
  return /\p{L}/u.test(bare);
}

/**
 * `/alert <text>`: the quick report. The alert is stored (with its event and its card posts) before
 * the reporter is told it was logged; the confirmation rides on the acknowledgement.
 */
export async function quickReport(input: CommandInput, { veille }: CommandDeps): Promise<CommandReply> {
  const text = input.text.trim();
  if (text === '') {
    return { kind: 'modal', view: renderAlertForm({ metadata: { channel: input.channelId, via: 'form' } }) };
  }
  if (!hasWords(text)) {
    return reply(
      notice(
        'Nothing to log: there is no word in what you sent. · Rien à enregistrer : votre message ne contient aucun mot.',
        'Describe what happened, where, who — e.g. `/alert Armed men attacked Kamango market, 4 killed, ADF suspected`. · Décrivez ce qui s’est passé, où, qui — p. ex. `/alert Des hommes armés ont attaqué le marché de Kamango, 4 morts`.',
      ),
    );
  }
  if (text.length > MAX_REPORT_LENGTH) {
    const language = reportLanguage(text);
    return reply(withTheirText(tooLong(text.length, language), text, language));
  }
  const report = await readReport(veille, text);
  if (report.conductMatter) {
    return reply(
      withTheirText(
        notice(t(report.language).commands.conduct(`<#${veille.mission.conductChannel}>`), t(report.language).commands.conductDetail),
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
    // Without overrides the description is the text just parsed: its facts are not read a second time.
    ...(report.description === text && { textFacts: textFactsOf(report) }),
    ifAnswerLost: () => ({ kind: 'confirmation', channel: input.channelId, user: input.userId, warnings: report.warnings, late: true }),
  });
  veille.log.info('alert logged', { reference: alert.reference, via: 'quick_report', sections: routes.length });
  return reply(renderConfirmation(alert, placeById(veille, alert.placeId), routes, veille.mission, report.warnings, uncertainty), answered);
}

/** The language a report is written in: a refusal of it is in that language, since its author reads the text back below it. */
export function reportLanguage(text: string): Language {
  return detectLanguage(tokenize(text));
}

function tooLong(length: number, language: Language) {
  const c = t(language).commands;
  return notice(c.tooLong(formatCount(length, language), formatCount(MAX_REPORT_LENGTH, language)), c.tooLongDetail);
}
