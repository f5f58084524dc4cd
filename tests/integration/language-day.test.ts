import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMission, type Mission } from '../../src/config/mission.js';
import { formatTime } from '../../src/slack/format/time.js';
import type { Language } from '../../src/domain/taxonomy.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { t } from '../../src/slack/i18n/index.js';
import { priorityWord } from '../../src/slack/views/format.js';
import { enqueue } from '../../src/store/outbox.js';
import { MORNING, startVeille, type Running } from './harness.js';
import { editAsReporter, reportWithConfirmation } from './confidentiality-helpers.js';
import { buttonsOf, card, command, openModal, press, report, submit, threadOf } from './followup-helpers.js';

/**
 * The follow-up part of a day in the life of an alert, in the Bunia field office: acknowledged,
 * assigned (with its DM), updated, a task, reminders, the escalation, a response, the verification,
 * closed. Walked once with the office (and the mission) in French and once in English; every thread
 * reply and DM must be exactly the sentence the catalog of that language gives for those facts.
 */

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
const HOUR = 3_600_000;
const { focalPoint, pocOfficer, hrOfficer, pocLead, hrLead, buniaLead, crsvAdviser } = PEOPLE;
const BUNIA = 'C0FOBUNIA1';
const KINSHASA = 'Africa/Kinshasa';
const LUBUMBASHI = 'Africa/Lubumbashi'; // Bunia's section zone in the example mission

let running: Running | null = null;
afterEach(async () => {
  if (running) {
    expect(running.fake.violations).toEqual([]);
    await running.stop();
  }
  running = null;
});

/** The example mission, with the Bunia field office and the mission's own language set to `language`. */
function missionIn(language: Language): Mission {
  const mission = loadMission('data/mission.example.json');
  return { ...mission, language, sections: mission.sections.map((s) => (s.id === 'fo-bunia' ? { ...s, language } : s)) };
}

/** Runs the timed jobs every hour (as the sweep would) up to `hours` after MORNING. */
async function runUntil(v: Running, hours: number): Promise<void> {
  while (v.clock.now() < MORNING + hours * HOUR) {
    v.clock.set(Math.min(v.clock.now() + HOUR, MORNING + hours * HOUR));
    await v.runtime.tick();
  }
  await v.settle();
}

const dmTexts = (v: Running, user: string) => v.fake.dms(user).map((m) => m.text);
/** The DMs as first posted (reminders kept current read differently once the alert is closed). */
const postedDms = (v: Running, user: string) => v.fake.callsTo('chat.postMessage').filter((call) => call.ok && call.args.channel === v.fake.dmChannelId(user));
const plain = (mrkdwn: string) => mrkdwn.replace(/[*_`]/g, '');

const WORDS = {
  fr: { report: 'Des hommes armés ont attaqué le marché de Bunia, 2 tués', update: 'Patrouille arrivée sur place, situation tendue', task: 'Appeler le chef de quartier', unit: 'Bangladesh Coy A', outcome: 'Calme revenu, patrouille maintenue la nuit' },
  en: { report: 'Armed men attacked Bunia market, 2 killed', update: 'Patrol reached the market, tense', task: 'Call the neighbourhood chief', unit: 'Bangladesh Coy A', outcome: 'Calm returned, patrol kept overnight' },
} as const;

describe.each(['fr', 'en'] as const)('a day of follow-up in the Bunia field office, in %s', (language) => {
  it('every thread reply and DM is the catalog sentence for its facts', async () => {
    const v = (running = await startVeille({ mission: missionIn(language) }));
    // The office's people read Slack in its language too: their DMs follow their Slack's.
    for (const person of Object.values(PEOPLE)) v.fake.setLocale(person.id, language === 'fr' ? 'fr-FR' : 'en-US');
    const c = t(language);
    const f = c.followup;
    const words = WORDS[language];
    const at = (ms: number, zone: string) => formatTime(ms, zone, language);
    const ref = 'A-1';
    const by = (user: string) => `<@${user}>`;

    await report(v, words.report);
    expect(v.db.prepare('SELECT section_id FROM alert_sections WHERE alert_id = 1 ORDER BY section_id').pluck().all()).toEqual(['fo-bunia', 'hr', 'poc']);
    // The card's buttons are in the office's language too.
    expect(buttonsOf(card(v, 'fo-bunia'))).toContain(language === 'fr' ? 'Prendre en compte' : 'Acknowledge');

    await press(v, buniaLead.id, 'fo-bunia', 'followup.acknowledge');
    await command(v, `assign ${ref} <@${pocOfficer.id}|amina>`, buniaLead.id);
    await command(v, `update ${ref} ${words.update}`, pocOfficer.id);
    await command(v, `task ${ref} <@${hrOfficer.id}|jean> ${words.task} due:2h`, pocOfficer.id);

    // No update for 6 h, then 12 h (a high alert's interval): two reminders; at 18 h the escalation.
    await runUntil(v, 18);

    let view = await openModal(v, pocOfficer.id, 'fo-bunia', 'followup.respond');
    expect(await submit(v, pocOfficer.id, view, { type: 'patrol', unit: words.unit, delay: 'access_denied' })).toEqual({});
    const responseAt = v.db.prepare('SELECT at FROM response_actions WHERE id = 1').pluck().get() as number;
    view = await openModal(v, hrOfficer.id, 'fo-bunia', 'followup.verify');
    expect(await submit(v, hrOfficer.id, view, { verification: 'verified', reliability: 'B', credibility: '2', sources: '3' })).toEqual({});
    await command(v, `close ${ref} resolved ${words.outcome}`, buniaLead.id);

    const r = c.reminders;
    const waited = (hours: number) => r.waited(ref, r.waiting.no_update, `${hours} h`);
    const ask = ` ${r.asking(by(pocOfficer.id), r.ask.no_update)}`;
    expect(threadOf(v, 'fo-bunia')).toEqual([
      f.acknowledged(ref, by(buniaLead.id)),
      f.assigned(ref, by(buniaLead.id), by(pocOfficer.id), ''),
      f.update(by(pocOfficer.id), '', words.update),
      f.task(by(pocOfficer.id), by(hrOfficer.id), f.due(at(MORNING + 2 * HOUR, LUBUMBASHI)), words.task),
      // The reminders and the escalation note, kept current: the alert closed, they say so.
      c.reminderPosts.closed(ref, false),
      c.reminderPosts.closed(ref, false),
      c.reminderPosts.closed(ref, true),
      [
        f.response(ref, by(pocOfficer.id), c.responses.patrol, words.unit, at(responseAt, LUBUMBASHI), '18 h', f.movedTo(c.statuses.responding)),
        f.late(c.delays.access_denied),
      ].join('\n'),
      f.verifiedBy(ref, by(hrOfficer.id), c.verified.verified, [f.reliability('B'), f.credibility(2), f.sources(3)]),
      `${f.closed(ref, by(buniaLead.id), c.closures.resolved)}\n${f.outcomeLine(words.outcome)}`,
    ]);

    // As first posted, they were the catalog's reminders and escalation note.
    const bunia = card(v, 'fo-bunia');
    const firstPosted = v.fake.callsTo('chat.postMessage').filter((call) => call.ok && call.args.channel === bunia.channel && call.args.thread_ts === bunia.ts).map((call) => call.args.text);
    expect(firstPosted.slice(4, 7)).toEqual([`⏰ ${waited(6)}.${ask}`, `⏰ ${waited(12)}.${ask}`, r.threadEscalation(waited(18), '<#C0JOC00001>')]);

    // The owner: the assignment (with when the next update is due, in the mission's zone), then the two reminders;
    // the alert closed, the reminders now say so in one line (reminder DMs kept current).
    expect(postedDms(v, pocOfficer.id).map((call) => call.args.text)).toEqual([plain(c.dm.assignedYou(ref, by(buniaLead.id))), r.ownerText(ref, '6 h'), r.ownerText(ref, '12 h')]);
    expect(dmTexts(v, pocOfficer.id)).toEqual([plain(c.dm.assignedYou(ref, by(buniaLead.id))), c.reminderCopies.closed(ref), c.reminderCopies.closed(ref)]);
    // As first posted; the DM is a copy of the card kept current, so closed now, it has no due line left.
    const assignedDm = JSON.stringify(v.fake.callsTo('chat.postMessage').find((call) => call.args.channel === v.fake.dmChannelId(pocOfficer.id))!.args);
    expect(assignedDm).toContain(JSON.stringify(c.dm.nextUpdateBy(at(MORNING + 6 * HOUR, KINSHASA))).slice(1, -1));
    expect(JSON.stringify(v.fake.dms(pocOfficer.id)[0])).not.toContain(JSON.stringify(c.dm.nextUpdateBy('')).slice(1, -3));
    expect(JSON.stringify(postedDms(v, pocOfficer.id)[1]!.args)).toContain(JSON.stringify(r.snoozeTomorrow).slice(1, -1));

    // The task's owner: the task with its Done button, then the overdue reminder(s).
    const taskDms = postedDms(v, hrOfficer.id).map((call) => String(call.args.text));
    expect(taskDms[0]).toBe(plain(c.dm.taskForYou(ref, by(pocOfficer.id), words.task)));
    expect(buttonsOf(v.fake.dms(hrOfficer.id)[0]).at(-1)).toBe(c.dm.done);
    expect(taskDms[1]).toBe(r.taskText(ref, at(MORNING + 2 * HOUR, KINSHASA)));
    expect(new Set(taskDms.slice(1))).toEqual(new Set([r.taskText(ref, at(MORNING + 2 * HOUR, KINSHASA))]));

    // The leads of the sections holding it, and the escalation channel (no section's: the mission's language).
    for (const lead of [pocLead, hrLead, buniaLead]) {
      expect(postedDms(v, lead.id).map((call) => call.args.text), lead.name).toEqual([r.leadText(waited(18), '<#C0JOC00001>')]);
      expect(dmTexts(v, lead.id), lead.name).toEqual([c.reminderCopies.closed(ref)]);
    }
    const escalation = v.fake.callsTo('chat.postMessage').filter((call) => call.ok && call.args.channel === 'C0JOC00001');
    expect(escalation.map((call) => call.args.text)).toEqual([r.escalatedText(r.escalatedTitle(waited(18)), priorityWord('high', language), 2)]);
    // Kept current: the alert closed, it says so (in the mission's language).
    expect(v.fake.messages('C0JOC00001').map((m) => m.text)).toEqual([c.reminderPosts.closed(ref, true)]);
  });
});

describe('whose language', () => {
  it('as shipped, the Bunia office reads its thread in French while the mission and PoC stay in English', async () => {
    const v = (running = await startVeille());
    await report(v, WORDS.en.report, focalPoint.id);
    await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    expect(threadOf(v, 'fo-bunia')).toEqual([t('fr').followup.acknowledged('A-1', `<@${pocOfficer.id}>`)]);
    expect(threadOf(v, 'poc')).toEqual([t('en').followup.acknowledged('A-1', `<@${pocOfficer.id}>`)]);
    expect(JSON.stringify(card(v, 'fo-bunia'))).toContain('Responsable');
    expect(JSON.stringify(card(v, 'poc'))).toContain('Owner');
  });

  it('a DM about their own report is in the language they wrote it in; others get the mission’s', async () => {
    const v = (running = await startVeille());
    await report(v, WORDS.fr.report, focalPoint.id); // written in French; the mission is English
    await command(v, `assign A-1 <@${focalPoint.id}|kahindo>`, buniaLead.id);
    await command(v, `assign A-1 <@${pocOfficer.id}|amina>`, buniaLead.id);
    // His DM was the card, in French; reassigned, it is now the short line, in French still.
    expect(v.fake.callsTo('chat.postMessage').find((call) => call.args.channel === v.fake.dmChannelId(focalPoint.id))!.args.text).toBe(plain(t('fr').dm.assignedYou('A-1', `<@${buniaLead.id}>`)));
    expect(dmTexts(v, focalPoint.id)).toEqual([t('fr').copies.nowOwnedBy('A-1', `<@${pocOfficer.id}>`)]);
    expect(dmTexts(v, pocOfficer.id)).toEqual([plain(t('en').dm.assignedYou('A-1', `<@${buniaLead.id}>`))]);
  });

  it('a reply withdrawn when its alert becomes restricted reads as a notice in the language of where it landed', async () => {
    const v = (running = await startVeille());
    const confirmation = await reportWithConfirmation(v, WORDS.en.report, focalPoint.id);
    await press(v, pocOfficer.id, 'poc', 'followup.acknowledge');
    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'crsv' })).toEqual({});
    const where = 'Women Protection / CRSV (<#G0CRSV0001>)';
    expect(threadOf(v, 'fo-bunia')).toEqual([t('fr').restriction.withdrawn('A-1', where)]);
    expect(threadOf(v, 'poc')).toEqual([t('en').restriction.withdrawn('A-1', where)]);
  });

  it('still sends outbox rows written as text by the previous version', async () => {
    const v = (running = await startVeille());
    await report(v, WORDS.en.report, focalPoint.id);
    enqueue(v.db, v.clock.now(), 1, { kind: 'thread', channel: BUNIA, text: '✅ A-1 acknowledged by <@U0POCOFF01>.' });
    enqueue(v.db, v.clock.now(), 1, { kind: 'dm', user: pocOfficer.id, text: '👤 You own A-1 now.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '👤 You own *A-1* now.' } }] });
    await v.settle();
    expect(threadOf(v, 'fo-bunia')).toEqual(['✅ A-1 acknowledged by <@U0POCOFF01>.']);
    expect(dmTexts(v, pocOfficer.id)).toEqual(['👤 You own A-1 now.']);
    expect(JSON.stringify(v.fake.dms(pocOfficer.id)[0])).toContain('👤 You own *A-1* now.');
  });
});

describe('the facts a stub channel’s reply is rendered from', () => {
  it('carry neither the words nor the people of a restricted alert, in the outbox as in the channel', async () => {
    const v = (running = await startVeille());
    await report(v, 'Une femme violée à Mambasa par des hommes armés', focalPoint.id);
    const views = v.db.prepare('SELECT section_id || \':\' || view FROM alert_sections WHERE alert_id = 1 ORDER BY section_id').pluck().all();
    expect(views).toEqual(['crsv:full', 'fo-bunia:stub', 'hr:stub', 'poc:stub']);
    const CANARY = 'Canary-Update-Word';
    expect(await command(v, `update A-1 ${CANARY} referred to the clinic`, crsvAdviser.id)).toContain('Update added on A-1');
    const stubRows = v.db.prepare("SELECT payload FROM outbox WHERE kind = 'thread' AND json_extract(payload, '$.fact.view') = 'stub'").pluck().all() as string[];
    expect(stubRows).toHaveLength(3);
    for (const row of stubRows) {
      expect(row).not.toContain(CANARY);
      expect(row).not.toContain(crsvAdviser.id);
    }
    // A new alert's first update acknowledges it: that much a stub may say.
    const moved = (language: Language) => t(language).followup.movedTo(t(language).statuses.acknowledged);
    expect(threadOf(v, 'fo-bunia')).toEqual([t('fr').followup.updatedStub('A-1', moved('fr'))]);
    expect(threadOf(v, 'poc')).toEqual([t('en').followup.updatedStub('A-1', moved('en'))]);
  });
});
