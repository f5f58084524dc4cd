import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMission, type Mission } from '../../src/config/mission.js';
import type { Language } from '../../src/domain/taxonomy.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { formatDuration, t } from '../../src/slack/i18n/index.js';
import { priorityWord } from '../../src/slack/views/format.js';
import { MORNING, startVeille, type Running } from './harness.js';
import { catalogMatcher, textsIn } from './catalog-texts.js';
import { card, report, submit } from './followup-helpers.js';

/**
 * What one person sees privately, walked in French and in English: every modal (the alert form,
 * Assign, Add update, Log response, Verify, Close), their validation messages, every refusal (not in
 * a section working on it, not answerable, already closed, bad input), help and the answers to what
 * they did. In French it is a protection officer of the Bunia office whose Slack is in French; in
 * English an officer whose Slack is in English. Each answer is the catalog's sentence for its facts,
 * and nothing they are shown (a view's every label, hint and option, every ephemeral) may come from
 * anywhere but their language's catalog.
 */

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
const HOUR = 3_600_000;
const { focalPoint, buniaOfficer, hrOfficer, pocLead, hrLead, buniaLead } = PEOPLE;
const ZONE = 'Africa/Lubumbashi'; // the Bunia office's

let running: Running | null = null;
afterEach(async () => {
  if (running) {
    expect(running.fake.violations).toEqual([]);
    await running.stop();
  }
  running = null;
});

function missionIn(language: Language): Mission {
  const mission = loadMission('data/mission.example.json');
  return { ...mission, language, sections: mission.sections.map((s) => (s.id === 'fo-bunia' ? { ...s, language } : s)) };
}

const WORDS = {
  fr: { report: 'Des hommes armés ont attaqué le marché de Bunia, 2 tués', crsv: 'Une femme violée près de Bunia par des hommes armés', update: 'Patrouille sur place', outcome: 'Calme revenu', help: 'aide' },
  en: { report: 'Armed men attacked Bunia market, 2 killed', crsv: 'A woman raped near Bunia by armed men', update: 'Patrol on site', outcome: 'Calm returned', help: 'help' },
} as const;

describe.each(['fr', 'en'] as const)('what one person sees privately, in %s', (language) => {
  it('every modal, validation message, refusal, help and answer is from the catalog of their language', async () => {
    const v = (running = await startVeille({ mission: missionIn(language) }));
    const me = language === 'fr' ? buniaOfficer : hrOfficer;
    const c = t(language);
    const a = c.answers;
    const r = c.refusals;
    const e = c.modals.errors;
    const words = WORDS[language];
    const by = (user: string) => `<@${user}>`;
    const views: unknown[] = [];

    /** The answer a command gets (the acknowledgement's blocks). */
    const ask = async (text: string): Promise<string[]> => {
      const answer = await v.driver.slashCommand({ user: me.id, channel: GENERAL_CHANNEL, text });
      await v.settle();
      return textsIn((answer.body as { blocks?: unknown[] }).blocks ?? []);
    };
    /** The private answer to a button on the Bunia card. */
    const press = async (actionId: string, n = 1): Promise<string> => {
      const before = v.fake.responses({ user: me.id }).length;
      const c1 = card(v, 'fo-bunia', n);
      await v.driver.clickButton({ user: me.id, channel: c1.channel, ts: c1.ts, actionId });
      await v.fake.waitFor(() => v.fake.responses({ user: me.id }).length > before, { what: actionId });
      await v.settle();
      return textsIn(v.fake.responses({ user: me.id }).at(-1)!.body)[0]!;
    };
    const open = async (actionId: string): Promise<string> => {
      const before = v.fake.callsTo('views.open').length;
      const c1 = card(v, 'fo-bunia');
      await v.driver.clickButton({ user: me.id, channel: c1.channel, ts: c1.ts, actionId });
      await v.fake.waitFor(() => v.fake.callsTo('views.open').length > before, { what: actionId });
      const view = v.fake.openViews(me.id).at(-1)!;
      views.push(view);
      return view.id;
    };
    const said = (m: { text: string; blocks?: unknown[] }) => (m.blocks?.length ? textsIn(m.blocks) : [m.text]);
    const lastEphemeral = () => said(v.fake.ephemerals({ user: me.id }).at(-1)!)[0];

    // Help answers in the language of its word.
    const help = await ask(words.help);
    expect(help[0]).toBe(`Veille — ${v.mission.name}`);
    expect(help[1]).toBe(c.help.quick);

    await report(v, words.report, focalPoint.id); // standard, in the Bunia office, PoC and HR
    const leads = [pocLead, hrLead, buniaLead].map((p) => by(p.id));

    // Not answerable for it: closing, and giving it to someone else, are refused, saying who can.
    const notAnswerable = (doing: string) => r.notAllowed(doing, r.notAnswerable, r.whoCan({ channels: [], owner: null, leads, reporter: by(focalPoint.id) }));
    expect(await ask(`close A-1 resolved ${words.outcome}`)).toEqual([`⚠️ ${notAnswerable(r.doing.close('A-1', null))}`, a.nothingChanged]);
    let view = await open('followup.assign');
    expect(v.fake.view(view)!.title).toMatchObject({ text: c.modals.assign.title('A-1') });
    expect(await submit(v, me.id, view, {})).toEqual({ assignee: e.chooseOwner });
    expect(await submit(v, me.id, view, { assignee: hrLead.id, due: 'xyz' })).toEqual({ due: e.dueNotUnderstood });
    expect(await submit(v, me.id, view, { assignee: hrLead.id })).toEqual({ assignee: notAnswerable(r.doing.assign_someone('A-1', null)) });

    // Taking it, then acknowledging it again.
    expect(await press('followup.take_ownership')).toMatch(new RegExp(`^${a.owned('A-1', null).slice(0, -1)}`));
    expect(await press('followup.acknowledge')).toMatch(new RegExp(`^${a.alreadyAcknowledged('A-1', null).slice(0, -1)}`));

    // Add update: empty is refused under its field; then it goes in.
    view = await open('followup.update');
    expect(await submit(v, me.id, view, { text: ' ' })).toEqual({ text: r.emptyUpdate });
    expect(await submit(v, me.id, view, { text: words.update })).toEqual({});
    expect(lastEphemeral()).toBe(a.updated('A-1', false, null));

    // Log response, two hours on: past a high alert's hour, it needs the reason for the delay.
    v.clock.set(MORNING + 2 * HOUR);
    view = await open('followup.respond');
    expect(await submit(v, me.id, view, {})).toEqual({ type: e.chooseResponseType });
    const late = r.lateNeedsReason(formatDuration(2 * HOUR, language), formatDuration(HOUR, language), priorityWord('high', language));
    expect(await submit(v, me.id, view, { type: 'patrol' })).toEqual({ delay: late });
    expect(await submit(v, me.id, view, { type: 'patrol', delay: 'access_denied' })).toEqual({});
    expect(lastEphemeral()).toBe(a.firstResponse('A-1', formatDuration(2 * HOUR, language)));

    // Verify: a count that is no number, then the verification.
    view = await open('followup.verify');
    expect(await submit(v, me.id, view, { verification: 'verified', sources: 'deux' })).toEqual({ sources: e.wholeSources });
    expect(await submit(v, me.id, view, { verification: 'verified', sources: '2' })).toEqual({});
    expect(lastEphemeral()).toBe(a.verified('A-1', c.verified.verified));

    // Close: every fact its reason needs, then closed.
    view = await open('followup.close');
    expect(await submit(v, me.id, view, {})).toEqual({ reason: e.chooseReason });
    expect(await submit(v, me.id, view, { reason: 'resolved' })).toEqual({ note: r.outcomeRequired('A-1') });
    expect(await submit(v, me.id, view, { reason: 'duplicate', duplicate_of: 'zzz' })).toEqual({ duplicate_of: e.giveReference('A-7') });
    expect(await submit(v, me.id, view, { reason: 'duplicate', duplicate_of: 'A-1' })).toEqual({ duplicate_of: r.duplicateOfSelf });
    expect(await submit(v, me.id, view, { reason: 'resolved', note: words.outcome })).toEqual({});
    expect(lastEphemeral()).toBe(a.closed('A-1', c.closures.resolved));

    // Already closed.
    expect(await press('followup.reopen')).toBe(a.reopened('A-1', c.statuses.responding));
    expect(await ask(`close A-1 unfounded ${words.outcome}`)).toEqual([`✅ ${a.closed('A-1', c.closures.unfounded)}`]);
    expect(await ask(`update A-1 ${words.update}`)).toEqual([`⚠️ ${r.closed('A-1', 'update')}`, a.nothingChanged]);

    // Not in a section working on it: a CRSV alert is the restricted section's, named in the reader's language.
    await report(v, words.crsv, focalPoint.id);
    const crsv = v.mission.sections.find((s) => s.id === 'crsv')!;
    const holders = `${language === 'fr' ? crsv.name_fr : crsv.name} (<#${crsv.channel}>)`;
    expect(await ask(`update A-2 ${words.update}`)).toEqual([`⚠️ ${r.notAllowedRestricted(r.doing.update('A-2', null), r.notInSection('A-2'), holders)}`, a.nothingChanged]);

    // Commands misused.
    expect(await ask('show A-99')).toEqual([c.commands.noSuchAlert('A-99'), c.commands.referencesLook('A')]);
    expect((await ask('assign A-1'))[0]).toBe(c.commands.usage('assign <reference> @person [due:6h|tomorrow|2026-11-25]'));
    expect(await ask(`assign A-2 <@${hrOfficer.id}|jean> due:someday`)).toEqual([c.commands.dueNotUnderstood('someday'), c.commands.dueHelp]);
    expect(await ask('list place:Atlantis')).toEqual([c.commands.notInGazetteer('Atlantis'), c.commands.tryPlace]);

    // The full form, and what it refuses.
    await v.driver.slashCommand({ user: me.id, channel: GENERAL_CHANNEL, text: '' });
    await v.fake.waitFor(() => v.fake.openViews(me.id).length > 0, { what: 'the form' });
    const form = v.fake.openViews(me.id).at(-1)!;
    views.push(form);
    expect(form.title).toMatchObject({ text: c.form.logTitle });
    expect(await submit(v, me.id, form.id, { description: ' ', 'victims.killed': 'beaucoup' })).toEqual({ description: c.form.errors.sayWhatHappened, 'victims.killed': c.form.errors.wholeNumber });

    // Nothing they were shown came from anywhere else than their language's catalog.
    const shown = [...views.flatMap(textsIn), ...v.fake.ephemerals({ user: me.id }).flatMap(said), ...v.fake.responses({ user: me.id }).flatMap((m) => textsIn(m.body))];
    expect(shown.length).toBeGreaterThan(100);
    const data = ['A-1', 'A-2', words.update, v.mission.name, `Veille — ${v.mission.name}`];
    expect(catalogMatcher(language, data).foreign(shown)).toEqual([]);
    // The check tells the languages apart: most of it is foreign to the other catalog.
    expect(catalogMatcher(language === 'fr' ? 'en' : 'fr', data).foreign(shown).length).toBeGreaterThan(shown.length / 2);
  });
});

describe('whose language, for one person', () => {
  it('with the mission in English, a French Slack gets French answers and modals; an English one English', async () => {
    const v = (running = await startVeille());
    await report(v, WORDS.en.report, focalPoint.id);
    for (const [person, language] of [
      [buniaOfficer, 'fr'],
      [hrOfficer, 'en'],
    ] as const) {
      const answer = await v.driver.slashCommand({ user: person.id, channel: GENERAL_CHANNEL, text: 'close A-1 resolved done' });
      await v.settle();
      expect(textsIn((answer.body as { blocks?: unknown[] }).blocks).at(-1), person.name).toBe(t(language).answers.nothingChanged);
      const c1 = card(v, 'poc');
      await v.driver.clickButton({ user: person.id, channel: c1.channel, ts: c1.ts, actionId: 'followup.update' });
      await v.fake.waitFor(() => v.fake.openViews(person.id).length > 0, { what: 'the update modal' });
      expect(v.fake.openViews(person.id).at(-1)!.title, person.name).toMatchObject({ text: t(language).modals.update.title('A-1') });
    }
    // Slack is asked once per person, with the locale.
    const asked = v.fake.callsTo('users.info').map((call) => call.args);
    expect(asked.filter((args) => args.user === buniaOfficer.id).length).toBe(1);
    expect(asked.every((args) => args.include_locale === true || args.include_locale === 'true')).toBe(true);
  });

  it('a DM follows the Slack language of whoever it goes to: the assignment to a French Slack is French', async () => {
    const v = (running = await startVeille());
    await report(v, WORDS.en.report, focalPoint.id);
    await v.driver.slashCommand({ user: buniaLead.id, channel: GENERAL_CHANNEL, text: `assign A-1 <@${buniaOfficer.id}|josephine>` });
    await v.settle();
    expect(v.fake.dms(buniaOfficer.id).map((m) => m.text)).toEqual([t('fr').dm.assignedYou('A-1', `<@${buniaLead.id}>`).replace(/[*_`]/g, '')]);
  });

  it('/alert list speaks the reader’s language: statuses, places, “restricted”, the count', async () => {
    const v = (running = await startVeille());
    await report(v, WORDS.en.report, focalPoint.id);
    await report(v, WORDS.en.crsv, focalPoint.id);
    for (const [person, language] of [
      [buniaOfficer, 'fr'],
      [hrOfficer, 'en'],
    ] as const) {
      const answer = await v.driver.slashCommand({ user: person.id, channel: GENERAL_CHANNEL, text: 'list' });
      const [lines, count] = textsIn((answer.body as { blocks?: unknown[] }).blocks);
      const c = t(language);
      expect(count, person.name).toBe(c.commands.listCount(2));
      expect(lines, person.name).toContain(`· ${c.statuses.new} · ${c.commands.listNoOwner}`);
      expect(lines, person.name).toContain(`· ${c.commands.listRestricted}`);
      expect(lines, person.name).toContain(language === 'fr' ? 'territoire de ' : ' territory, ');
    }
  });

  it('about their own report, a person is answered in the language they wrote it in', async () => {
    const v = (running = await startVeille());
    await report(v, WORDS.fr.report, focalPoint.id); // an English Slack, a French report
    const answer = await v.driver.slashCommand({ user: focalPoint.id, channel: GENERAL_CHANNEL, text: `assign A-1 <@${hrOfficer.id}|jean> due:demain` });
    await v.settle();
    expect(textsIn((answer.body as { blocks?: unknown[] }).blocks)[0]).toMatch(/^✅ A-1 a désormais pour responsable <@U0HROFF001> — échéance /);
  });
});

describe('an alert’s record and history, for one person', () => {
  it('/alert show A-1 history is in the reader’s language, French or English', async () => {
    const v = (running = await startVeille());
    await report(v, WORDS.en.report, focalPoint.id);
    await v.driver.slashCommand({ user: buniaLead.id, channel: GENERAL_CHANNEL, text: `assign A-1 <@${hrOfficer.id}|jean>` });
    await v.driver.slashCommand({ user: hrOfficer.id, channel: GENERAL_CHANNEL, text: `update A-1 ${WORDS.en.update}` });
    await v.settle();
    for (const [person, language] of [
      [buniaOfficer, 'fr'],
      [hrOfficer, 'en'],
    ] as const) {
      const answer = await v.driver.slashCommand({ user: person.id, channel: GENERAL_CHANNEL, text: 'show A-1 history' });
      const [title, ...lines] = textsIn((answer.body as { blocks?: unknown[] }).blocks);
      const e = t(language).record.events;
      expect(title, person.name).toBe(t(language).record.history('A-1'));
      const history = lines.join('\n');
      for (const said of [e.logged(t(language).record.via.quick_report!), e.assigned(`<@${hrOfficer.id}>`, null), e.updated(WORDS.en.update)]) expect(history, person.name).toContain(said);
      expect(history).toContain(`→ *${t(language).statuses.acknowledged}*`);
    }
  });
});

describe('places and sections in the reader’s language', () => {
  it('a French reader sees Nord-Kivu and the section’s French name; an English one North Kivu', async () => {
    const v = (running = await startVeille());
    const { placeLabel, sectionName } = await import('../../src/slack/views/format.js');
    const beni = v.mission.places.find((p) => p.id === 'beni')!;
    expect(placeLabel(beni, null, 'fr')).toBe('Beni (Beni, Nord-Kivu)');
    expect(placeLabel(beni, null, 'en')).toBe('Beni (Beni, North Kivu)');
    const poc = v.mission.sections.find((s) => s.id === 'poc')!;
    expect([sectionName(poc, 'fr'), sectionName(poc, 'en')]).toEqual(['Protection des civils', 'Protection of Civilians']);
    expect(ZONE).toBe(v.mission.sections.find((s) => s.id === 'fo-bunia')!.digest.timeZone);
  });
});
