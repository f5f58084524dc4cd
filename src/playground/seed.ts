/**
 * The example data a fresh playground starts with: a few reports a focal point logs with `/alert`,
 * sent to the app exactly as Slack would send them — one standard alert and one restricted (CRSV),
 * so switching people shows at once who sees the details and who sees a summary.
 */
import { GENERAL_CHANNEL, PEOPLE, type SlackDriver } from '../fake-slack/index.js';

const EXAMPLE_REPORTS = [
  'Armed men attacked Kamango market, 4 killed, ADF suspected',
  'Mai-Mai roadblock at Lubero, patrol denied access',
  '3 femmes violées à Minova par des hommes armés non identifiés',
];

export async function seedExampleAlerts(driver: SlackDriver): Promise<void> {
  for (const text of EXAMPLE_REPORTS) {
    const answer = await driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text });
    if (answer.status !== 200) throw new Error(`playground: the example report was refused (HTTP ${answer.status})`);
  }
}
