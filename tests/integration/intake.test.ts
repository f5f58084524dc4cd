import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, textOf, type Running } from './harness.js';

let veille: Running;
beforeEach(async () => {
  veille = await startVeille();
});
afterEach(async () => {
  expect(veille.fake.violations).toEqual([]);
  await veille.stop();
});

const channelOf = (id: string) => veille.mission.sections.find((s) => s.id === id)!.channel;
const report = (text: string, user = PEOPLE.focalPoint.id) => veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text });
const blocksText = (body: unknown) => textOf(body);

describe('a quick report from a focal point', () => {
  it('is stored, confirmed privately with Edit and Undo, and carded in every section that receives it', async () => {
    const answer = await report('Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      response_type: 'ephemeral',
      text: 'A-1 logged — Attack on civilians · Kamango (Beni, North Kivu) · ADF · 4 killed, 2 abducted · priority high',
    });
    const buttons = (answer.body as any).blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.type === 'button').map((e: any) => e.text.text);
    expect(buttons).toEqual(['Edit', 'Undo']);

    const alert = getAlert(veille.db, 1)!;
    expect(alert).toMatchObject({ reference: 'A-1', category: 'attack_on_civilians', placeId: 'kamango', priority: 'high', status: 'new', reportedBy: PEOPLE.focalPoint.id });
    expect(alert.victims).toMatchObject({ killed: 4, abducted: 2, injured: null });
    expect(eventsOf(veille.db, 1).map((e) => e.type)).toEqual(['logged']);

    await veille.settle();
    for (const section of ['poc', 'hr', 'fo-beni']) {
      const cards = veille.fake.messages(channelOf(section));
      expect(cards, section).toHaveLength(1);
      expect(blocksText(cards[0])).toContain('A-1 · Attack on civilians');
      expect(blocksText(cards[0])).toContain('Kamango market');
    }
    for (const section of ['crsv', 'cp', 'fo-bunia', 'fo-goma']) expect(veille.fake.messages(channelOf(section)), section).toHaveLength(0);
  });

  it('works in French: a child violation is restricted, in full only in Child Protection, a stub elsewhere', async () => {
    const answer = await report("Deux enfants enlevés près de l'école de Mambasa, CODECO");
    expect((answer.body as any).text).toMatch(/^A-1 enregistrée — Violation grave contre des enfants · Mambasa/);
    expect((answer.body as any).text).toContain('CODECO');
    expect((answer.body as any).text).toContain('priorité haute');
    await veille.settle();

    const full = veille.fake.messages(channelOf('cp'));
    expect(full).toHaveLength(1);
    expect(blocksText(full[0])).toContain('Deux enfants enlevés');

    for (const section of ['poc', 'hr', 'fo-bunia']) {
      const [stub, ...rest] = veille.fake.messages(channelOf(section));
      expect(rest, section).toHaveLength(0);
      const text = blocksText(stub);
      expect(text).toContain('A-1');
      // The Bunia field office reads in French (sections[].language), the others in English.
      expect(text).toContain(section === 'fo-bunia' ? 'territoire de Mambasa, Ituri' : 'Mambasa territory, Ituri');
      expect(text).toContain('Child Protection');
      // 'enfants enlevés', not 'enfants': the French category label itself says "contre des enfants".
      for (const secret of ['enfants enlevés', 'école', 'CODECO', 'Deux', PEOPLE.focalPoint.id, '2 abducted']) expect(text, `${section} stub leaks ${secret}`).not.toContain(secret);
    }
  });

  it('keeps what it did not understand in the description and masks contacts in the card', async () => {
    await report('Chief of Mavivi received threats, call him on +243 812 345 678 or chief@example.org, foo:bar');
    const alert = getAlert(veille.db, 1)!;
    expect(alert.description).toContain('+243 812 345 678');
    expect(alert.description).toContain('foo:bar');
    await veille.settle();
    const card = blocksText(veille.fake.messages(channelOf('poc'))[0]);
    expect(card).toContain('[phone hidden]');
    expect(card).toContain('[e-mail hidden]');
    expect(card).not.toContain('812 345');
    expect(card).not.toContain('chief@example.org');
  });

  it('asks for the place when none was recognised, and routes to the field office once given', async () => {
    const answer = await report('Armed men attacked Kabwe-Kabwe hamlet last night, 2 killed');
    expect(blocksText(answer.body)).toContain('Where did it happen?');
    await veille.settle();
    expect(veille.fake.messages(channelOf('fo-beni'))).toHaveLength(0);

    const click = await veille.driver.clickButton({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, ts: answer.ephemeralTs!, actionId: 'alert.set_place' });
    expect(click.status).toBe(200);
    await veille.fake.waitFor(() => veille.fake.openViews(PEOPLE.focalPoint.id).length > 0);
    const [view] = veille.fake.openViews(PEOPLE.focalPoint.id);

    const wrong = await veille.driver.submitView({ user: PEOPLE.focalPoint.id, viewId: view!.id as string, values: { place: 'Nowhereville' } });
    expect(wrong.body).toMatchObject({ response_action: 'errors', errors: { place: expect.stringContaining('“Nowhereville” is not in the gazetteer') } });
    expect(getAlert(veille.db, 1)!.placeId).toBeNull();

    const right = await veille.driver.submitView({ user: PEOPLE.focalPoint.id, viewId: view!.id as string, values: { place: 'Oicha' } });
    expect(right.status).toBe(200);
    await veille.settle();
    expect(getAlert(veille.db, 1)!.placeId).toBe('oicha');
    expect(blocksText(veille.fake.messages(channelOf('fo-beni'))[0])).toContain('Oicha (Beni, North Kivu)');
    expect(blocksText(veille.fake.messages(channelOf('poc'))[0])).toContain('Oicha (Beni, North Kivu)');
    expect(eventsOf(veille.db, 1).map((e) => e.type)).toEqual(['logged', 'edited']);
  });

  it('tells the reporter where sexual exploitation by UN personnel belongs, and stores nothing', async () => {
    const answer = await report('A peacekeeper sexually exploited a girl near the base in Bunia');
    expect(blocksText(answer.body)).toContain('Conduct and Discipline');
    expect(blocksText(answer.body)).toContain(`<#${veille.mission.conductChannel}>`);
    expect(blocksText(answer.body)).toContain('A peacekeeper sexually exploited a girl near the base in Bunia'); // theirs to pass on
    await veille.settle();
    expect(veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(0);
    expect(veille.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('Undo and Edit on the confirmation', () => {
  it('Undo withdraws the alert: kept in the audit trail, every card says so', async () => {
    const answer = await report('Mai-Mai roadblock at Lubero, patrol denied access');
    await veille.settle();
    const undo = await veille.driver.clickButton({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, ts: answer.ephemeralTs!, actionId: 'alert.undo' });
    expect(undo.status).toBe(200);
    await veille.fake.waitFor(() => veille.fake.responses({ user: PEOPLE.focalPoint.id }).length > 0);
    expect(textOf(veille.fake.responses({ user: PEOPLE.focalPoint.id }).at(-1))).toContain('A-1 withdrawn');
    await veille.settle();
    expect(getAlert(veille.db, 1)).toMatchObject({ status: 'closed', closureReason: 'withdrawn' });
    expect(eventsOf(veille.db, 1).map((e) => e.type)).toEqual(['logged', 'withdrawn']);
    expect(blocksText(veille.fake.messages(channelOf('poc'))[0])).toContain('withdrawn by its reporter');
  });

  it('Undo by someone else is refused and changes nothing', async () => {
    const answer = await report('Mai-Mai roadblock at Lubero, patrol denied access');
    // Someone else pressing the reporter's button (a shared screen, a forwarded payload).
    await veille.driver.blockAction({ user: PEOPLE.pocOfficer.id, channel: GENERAL_CHANNEL, messageTs: answer.ephemeralTs!, actions: [{ action_id: 'alert.undo', value: '1', type: 'button' }] });
    await veille.fake.waitFor(() => veille.fake.responses({ user: PEOPLE.pocOfficer.id }).length > 0);
    expect(textOf(veille.fake.responses({ user: PEOPLE.pocOfficer.id }).at(-1))).toContain('Only the reporter can withdraw');
    expect(getAlert(veille.db, 1)!.status).toBe('new');
  });

  it('Edit opens the form filled in; saving re-routes and updates the cards in place', async () => {
    const answer = await report('Armed men attacked Kamango, 1 killed');
    await veille.settle();
    const pocCard = veille.fake.messages(channelOf('poc'))[0]!;
    await veille.driver.clickButton({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, ts: answer.ephemeralTs!, actionId: 'alert.edit' });
    await veille.fake.waitFor(() => veille.fake.openViews(PEOPLE.focalPoint.id).length > 0);
    const [view] = veille.fake.openViews(PEOPLE.focalPoint.id);
    expect(textOf(view)).toContain('Armed men attacked Kamango, 1 killed');
    const saved = await veille.driver.submitView({ user: PEOPLE.focalPoint.id, viewId: view!.id as string, values: { 'victims.killed': '6' } });
    expect(saved.status).toBe(200);
    await veille.settle();
    const alert = getAlert(veille.db, 1)!;
    expect(alert.victims.killed).toBe(6);
    expect(alert.priority).toBe('critical');
    const updated = veille.fake.message(channelOf('poc'), pocCard.ts as string);
    expect(blocksText(updated)).toContain('6 killed');
    expect(veille.fake.messages(channelOf('poc'))).toHaveLength(1);
    expect(eventsOf(veille.db, 1).at(-1)).toMatchObject({ type: 'edited', data: { fields: ['victims', 'priority'] } });
  });
});
