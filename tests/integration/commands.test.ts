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

const command = (text: string, user: string = PEOPLE.focalPoint.id) => veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text });
const alertCount = () => veille.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get();
/** The report given back under a refusal: its plain-text sections, joined. */
const theirText = (body: unknown) =>
  ((body as { blocks: Array<{ text?: { type: string; text: string } }> }).blocks ?? [])
    .filter((b) => b.text?.type === 'plain_text')
    .map((b) => b.text!.text)
    .join('');

describe('/alert show', () => {
  it('shows a restricted alert in full to the restricted section and the reporter, audited; a summary to others', async () => {
    await command('3 femmes violées à Minova par des hommes armés non identifiés');
    const toOfficer = textOf((await command('show A-1', PEOPLE.pocOfficer.id)).body);
    expect(toOfficer).toContain('summary only');
    expect(toOfficer).not.toContain('femmes');

    const toAdviser = textOf((await command('show A-1', PEOPLE.crsvAdviser.id)).body);
    expect(toAdviser).toContain('3 femmes violées à Minova');
    const toReporter = textOf((await command('show a-1', PEOPLE.focalPoint.id)).body);
    expect(toReporter).toContain('3 femmes violées à Minova');

    const reveals = eventsOf(veille.db, 1).filter((e) => e.type === 'revealed');
    expect(reveals.map((e) => e.actor)).toEqual([PEOPLE.crsvAdviser.id, PEOPLE.focalPoint.id]);
  });

  it('answers a reference that does not exist', async () => {
    const answer = await command('show A-999');
    expect((answer.body as any).text).toBe('No alert A-999.');
  });
});

describe('/alert list and help', () => {
  it('lists open alerts, most urgent first, restricted ones as summaries for outsiders', async () => {
    await command('Mai-Mai roadblock at Lubero, patrol denied access');
    await command('Attaque en cours à Drodro, hommes armés CODECO, 7 tués');
    await command('Deux enfants enlevés près de Mambasa, CODECO');
    const list = textOf((await command('list', PEOPLE.pocOfficer.id)).body);
    const order = ['A-2', 'A-3', 'A-1'].map((ref) => list.indexOf(`*${ref}*`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(list).toContain('🔒');
    expect(list).not.toContain('enfants');
    expect(list).toContain('3 open alerts');

    const beni = textOf((await command('list place:Lubero', PEOPLE.pocOfficer.id)).body);
    expect(beni).toContain('A-1');
    expect(beni).not.toContain('A-2');
    expect(textOf((await command('list section:nowhere')).body)).toContain('No section *nowhere*');
  });

  it('explains the grammar with examples in English and French', async () => {
    const help = textOf((await command('help')).body);
    expect(help).toContain('/alert Armed men attacked Kamango market');
    expect(help).toContain("Deux enfants enlevés");
    expect(help).toContain('place:\\"Mambasa Centre\\"');
    expect(help).toContain('/alert show A-12');
    // The one-tap alternatives, in both languages.
    expect(help).toContain('Not sure of the category — is it one of these?');
    expect(help).toContain('Catégorie incertaine — est-ce l’une de celles-ci ?');
    expect(help).toContain('Log an alert in one line');
  });

  it('answers `aide` with the French help, from the French catalog', async () => {
    const aide = textOf((await command('aide')).body);
    expect(aide).toContain('Signaler une alerte en une ligne');
    expect(aide).toContain('Cette aide.');
    expect(aide).toContain('Donner un responsable à une alerte');
    expect(aide).toContain('/alert show A-12'); // the commands themselves do not change
    expect(aide).not.toContain('Log an alert in one line');
    expect(aide).not.toContain('Give an alert an owner');
  });
});

describe('bad input', () => {
  it('opens the form for empty or blank text', async () => {
    for (const text of ['', '   ']) {
      const answer = await command(text);
      expect(answer.status).toBe(200);
    }
    await veille.fake.waitFor(() => veille.fake.callsTo('views.open').length === 2);
    expect(veille.fake.openViews(PEOPLE.focalPoint.id).at(-1)).toMatchObject({ callback_id: 'alert.form.create' });
    expect(alertCount()).toBe(0);
  });

  it('refuses an over-long report with the reason, storing nothing', async () => {
    const long = `Armed men attacked Kamango ${'x'.repeat(4000)}`;
    const answer = await command(long);
    expect((answer.body as any).text).toMatch(/Nothing was logged: the report is 4,027 characters and the limit is 4,000/);
    // Slack keeps no copy of a slash command's text: the refusal gives it back, whole.
    const given = (answer.body as any).blocks.filter((b: any) => b.text?.type === 'plain_text').map((b: any) => b.text.text).join('');
    expect(given).toBe(long);
    expect(alertCount()).toBe(0);
  });

  it('refuses an over-long report in the language it is written in, whatever the Slack locale of its author', async () => {
    const french = `Des hommes armés ont attaqué le marché de Kamango ce matin, 4 morts ${'x'.repeat(4000)}`;
    const refused = await command(french); // the focal point's Slack is in English
    expect(textOf(refused.body)).toContain("⚠️ Rien n'a été enregistré : le signalement compte 4 068 caractères et la limite est de 4 000.");
    expect(textOf(refused.body)).toContain('Votre texte, à copier :');
    expect(textOf(refused.body)).not.toMatch(/Nothing was logged|Your text/);
    expect(theirText(refused.body)).toBe(french);

    veille.fake.setLocale(PEOPLE.focalPoint.id, 'fr-FR');
    const english = `Armed men attacked Kamango market this morning, 4 killed ${'x'.repeat(4000)}`;
    const answer = textOf((await command(english)).body);
    expect(answer).toContain('⚠️ Nothing was logged: the report is 4,057 characters and the limit is 4,000.');
    expect(answer).toContain('Your text, to copy:');
    expect(alertCount()).toBe(0);
  });

  it('says a report could not be saved in the language it is written in, giving it back', async () => {
    veille.db.pragma('query_only = ON'); // the database refuses every write
    const french = 'Des hommes armés ont attaqué le marché de Kamango ce matin, 4 morts, ADF suspectés';
    const refused = await command(french);
    expect(textOf(refused.body)).toContain("⚠️ *Rien n'a été enregistré* : Veille n'a pas pu l'enregistrer à l'instant. Renvoyez-le dans une minute.");
    expect(textOf(refused.body)).toContain('Votre texte, à copier :');
    expect(theirText(refused.body)).toBe(french);
    veille.db.pragma('query_only = OFF');
    expect(alertCount()).toBe(0);
  });

  it('stores emoji, HTML, script tags and SQL quotes verbatim and posts them inert', async () => {
    const text = `🔥 <script>alert(1)</script> Robert'); DROP TABLE alerts;-- attacked Oicha "market" <b>2 killed</b> <!channel>`;
    const answer = await command(text);
    expect(answer.status).toBe(200);
    expect(getAlert(veille.db, 1)!.description).toBe(text);
    await veille.settle();
    const card = textOf(veille.fake.messages(veille.mission.sections[0]!.channel)[0]);
    expect(card).toContain('&lt;script&gt;');
    expect(card).not.toContain('<script>');
    expect(card).not.toContain('<!channel>');
    expect(alertCount()).toBe(1);
  });

  it('says an unknown subcommand is not one, and logs nothing', async () => {
    const answer = await command('shwo A-1');
    expect((answer.body as any).text).toContain('shwo is not a subcommand — did you mean /alert show <reference>?');
    const misuse = await command('show');
    expect((answer.body as any).text).toContain('Nothing was logged');
    expect((misuse.body as any).text).toBe('Usage: /alert show <reference>');
    expect(alertCount()).toBe(0);
  });

  it('logs a lone word that is no subcommand as a short report, and still asks "did you mean" for a misspelt one', async () => {
    const answer = textOf((await command('foo')).body);
    expect(answer).toContain('A-1 logged');
    expect(getAlert(veille.db, 1)!.description).toBe('foo');
    expect(textOf((await command('shwo')).body)).toContain('shwo is not a subcommand — did you mean /alert show <reference>?');
    expect(alertCount()).toBe(1);
  });

  it('answers "nothing to log" to emoji, marks, emoji codes or mentions alone, in English and French, and logs nothing', async () => {
    for (const text of ['🔥🔥🔥', '🔥 🔥 🔥 !!!', '*_~ ~_*', ':fire: :fire:', `<@${PEOPLE.pocLead.id}|olivier> <#${GENERAL_CHANNEL}|general>`, '4 / 12']) {
      const answer = textOf((await command(text)).body);
      expect(answer, text).toContain('Nothing to log: there is no word in what you sent.');
      expect(answer, text).toContain('Rien à enregistrer');
    }
    expect(alertCount()).toBe(0);
    await veille.settle();
    expect(veille.fake.messages(veille.mission.sections[0]!.channel)).toHaveLength(0);
  });

  it('treats a report that starts with a subcommand word as a report', async () => {
    await command('update from Beni: armed men seen moving towards Mavivi at dawn');
    expect(getAlert(veille.db, 1)).toMatchObject({ category: 'armed_group_movement', placeId: 'mavivi' });
  });

  it('refuses requests with a bad or stale signature with 401, changing nothing', async () => {
    for (const forge of ['bad-signature', 'stale-timestamp', 'no-signature', 'tampered-body'] as const) {
      const answer = await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Oicha, 3 killed', forge });
      expect(answer.status, forge).toBe(401);
    }
    expect(alertCount()).toBe(0);
  });

  it('does not claim a report was logged when the database refuses it', async () => {
    veille.db.pragma('query_only = ON');
    const answer = await command('Armed men attacked Oicha, 3 killed');
    expect((answer.body as any).text).toContain('Nothing was logged');
    expect(textOf(answer.body)).toContain('Armed men attacked Oicha, 3 killed');
    veille.db.pragma('query_only = OFF');
    expect(alertCount()).toBe(0);
  });
});
