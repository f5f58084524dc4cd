import { ManualClock } from '../src/clock.js';
import { GENERAL_CHANNEL, PEOPLE, type Fault } from '../src/fake-slack/index.js';
import { startVeille } from '../tests/integration/harness.js';
import type { DrillResult } from './result.js';

/**
 * The slack-down drill: Slack answers 500, then 429 with Retry-After, then times out, for most of an
 * hour, while focal points keep reporting and reminders and the morning digests fall due. Reporters
 * still get their confirmations; once Slack is back every post is delivered once, in order per channel.
 */
const POSTING = ['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'conversations.open', 'conversations.history', 'conversations.replies', 'auth.test'];
const MINUTE = 60_000;
const REPORTS = [
  'Attaque en cours à Drodro, hommes armés CODECO, 7 tués',
  'Armed men attacked Kamango market, 4 killed, ADF suspected',
  'Mai-Mai roadblock at Lubero, patrol denied access',
  'M23 positioned on hills above Kanyaruchinya, population fleeing',
  '3 femmes violées à Minova par des hommes armés non identifiés',
];

export async function slackDownDrill(options: { reports: number; outageMinutes: number } = { reports: 20, outageMinutes: 50 }): Promise<DrillResult> {
  // 06:30 in Kinshasa: the 07:00 digests and the 07:30 leadership digest fall due during the outage.
  const clock = new ManualClock(Date.UTC(2026, 10, 22, 5, 30));
  const veille = await startVeille({ clock, slackTimeoutMs: 300 });
  const { fake, driver, db, runtime } = veille;
  await runtime.tick();
  const outage = (fault: Fault) => {
    fake.clearFaults();
    for (const method of POSTING) fake.failNext(method, 100_000, fault);
  };

  outage({ httpStatus: 500 });
  let confirmed = 0;
  for (let i = 0; i < options.reports; i++) {
    const answer = await driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: `${REPORTS[i % REPORTS.length]} [outage ${i}]` });
    if (answer.status === 200 && /^A-\d+ (logged|enregistrée)/.test(String((answer.body as { text?: string }).text))) confirmed++;
  }
  const third = Math.floor(options.outageMinutes / 3);
  for (let minute = 0; minute < options.outageMinutes; minute++) {
    if (minute === third) outage({ rateLimited: 60 });
    if (minute === 2 * third) outage({ delayMs: 1_000 }); // longer than the client's 300 ms timeout
    clock.advance(MINUTE);
    await runtime.tick();
  }
  const postedDuringOutage = fake.messages(GENERAL_CHANNEL).length + veille.mission.sections.reduce((n, s) => n + fake.messages(s.channel).length, 0);
  const pendingAtEnd = db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").pluck().get() as number;

  fake.clearFaults(); // Slack is back
  for (let minute = 0; minute < 30 && (db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").pluck().get() as number) > 0; minute++) {
    clock.advance(MINUTE);
    await runtime.tick();
    // Minutes pass in real time too: a post whose slow answer timed out lands in (real) time, and
    // the sender does not look for it before it could have (outbox-sender.ts).
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await veille.settle();

  // Every card once, in order per channel.
  const expectedCards = db.prepare('SELECT COUNT(*) FROM alert_sections').pluck().get() as number;
  let cards = 0;
  let duplicateCards = 0;
  let outOfOrder = 0;
  for (const section of veille.mission.sections) {
    const refs = fake
      .messages(section.channel)
      .map((m) => /^(?:🔒 )?A-(\d+) ·/.exec(m.text ?? '')?.[1])
      .filter((r): r is string => Boolean(r))
      .map(Number);
    cards += refs.length;
    duplicateCards += refs.length - new Set(refs).size;
    outOfOrder += refs.filter((r, i) => i > 0 && r < refs[i - 1]!).length;
  }
  // Reminders and escalations: one post per event.
  const reminderEvents = db.prepare("SELECT COUNT(*) FROM events WHERE type IN ('reminded', 'escalated')").pluck().get() as number;
  const escalationPosts = fake.messages(veille.mission.escalationChannel).length;
  const escalationEvents = db.prepare("SELECT COUNT(*) FROM events WHERE type = 'escalated'").pluck().get() as number;
  const digestRuns = db.prepare('SELECT COUNT(*) FROM digest_runs').pluck().get() as number;
  const digestPosts = [...veille.mission.sections.map((s) => s.channel), veille.mission.leadershipDigest.channel].reduce(
    (n, channel) => n + fake.messages(channel).filter((m) => /digest/i.test(m.text ?? '')).length,
    0,
  );
  const failed = db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'failed'").pluck().get() as number;
  const pending = db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").pluck().get() as number;
  const violations = fake.violations.length;
  await veille.stop();

  return {
    name: 'slack-down',
    clean:
      confirmed === options.reports &&
      cards === expectedCards &&
      duplicateCards === 0 &&
      outOfOrder === 0 &&
      escalationPosts === escalationEvents &&
      digestPosts === digestRuns &&
      digestRuns > 0 &&
      failed === 0 &&
      pending === 0 &&
      violations === 0,
    figures: {
      reports: options.reports,
      confirmations_during_outage: confirmed,
      outage_minutes: `${options.outageMinutes} (500, then 429 Retry-After 60 s, then time-outs)`,
      posts_that_got_through_during_outage: postedDuringOutage,
      posts_held_in_outbox_at_end_of_outage: pendingAtEnd,
      cards_expected: expectedCards,
      cards_posted: cards,
      duplicate_cards: duplicateCards,
      cards_out_of_order: outOfOrder,
      reminder_and_escalation_events: reminderEvents,
      escalation_posts: escalationPosts,
      escalation_events: escalationEvents,
      digests_recorded: digestRuns,
      digests_posted: digestPosts,
      outbox_failed: failed,
      outbox_pending_after: pending,
      fake_slack_violations: violations,
    },
  };
}
