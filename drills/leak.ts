import { ManualClock } from '../src/clock.js';
import { createToken } from '../src/api/tokens.js';
import { GENERAL_CHANNEL, PEOPLE } from '../src/fake-slack/index.js';
import { startVeille, type Running } from '../tests/integration/harness.js';
import type { DrillResult } from './result.js';

/**
 * The leak drill: a few hundred generated alerts, restricted ones among them, each carrying unique
 * canary words, source identities, phone numbers and e-mail addresses; then follow-up, reminders,
 * escalations and the morning digests. Everything a non-restricted user or channel received —
 * messages, thread replies, DMs, ephemerals, App Home, digests, API answers and the CSV — is scanned:
 * no restricted canary, no source canary, no phone number or e-mail address may appear.
 */
const MINUTE = 60_000;
const RESTRICTED_PEOPLE = new Set([PEOPLE.crsvAdviser.id, PEOPLE.crsvLead.id, PEOPLE.cpLead.id]);
const STANDARD = [
  'Armed men attacked {place} market, {n} killed, ADF suspected',
  'Mai-Mai roadblock at {place}, patrol denied access',
  'M23 positioned on hills above {place}, population fleeing',
  'Menaces contre un défenseur des droits humains à {place}',
];
const RESTRICTED = ['{n} femmes violées à {place} par des hommes armés non identifiés', "Deux enfants enlevés près de l'école de {place}, CODECO", 'Child recruited by Mai-Mai in {place}, {n} boys taken'];
const PLACES = ['Kamango', 'Oicha', 'Mavivi', 'Minova', 'Drodro', 'Kiwanja', 'Mambasa', 'Lubero', 'Eringeti', 'Bunia'];

interface Finding {
  where: string;
  what: string;
}

export async function leakDrill(options: { alerts: number } = { alerts: 300 }): Promise<DrillResult> {
  const clock = new ManualClock(Date.UTC(2026, 10, 21, 12, 0));
  const veille = await startVeille({ clock });
  const { driver, fake, db } = veille;
  const api = `http://127.0.0.1:${veille.runtime.port}/api/v1`;
  const writer = createToken(db, { name: 'drill-writer', scopes: ['alerts:write'], at: clock.now(), actor: 'drill' });
  const reader = createToken(db, { name: 'drill-reader', scopes: ['alerts:read'], at: clock.now(), actor: 'drill' });
  if (!writer.ok || !reader.ok) throw new Error('could not create drill tokens');

  const forbidden: string[] = []; // what no outsider may ever see
  let restrictedCount = 0;
  for (let i = 0; i < options.alerts; i++) {
    const restricted = i % 4 === 1;
    const place = PLACES[i % PLACES.length]!;
    const template = restricted ? RESTRICTED[i % RESTRICTED.length]! : STANDARD[i % STANDARD.length]!;
    const phone = `+243 81 555 ${String(1000 + i)}`;
    const email = `witness${i}@example.org`;
    const canary = restricted ? `Rcanary${i}x` : `Scanary${i}x`;
    const text = `${template.replace('{place}', place).replace('{n}', String((i % 6) + 1))} ${canary} call ${phone} or ${email}`;
    forbidden.push(phone, email, `witness${i}@`);
    if (restricted) {
      restrictedCount++;
      forbidden.push(canary);
    }
    if (i % 5 === 0) {
      // Through the API, with a source identity that must never reach a channel.
      const source = `Srccanary${i}x`;
      forbidden.push(source);
      await fetch(`${api}/alerts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${writer.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ description: text, sourceDetail: source, ...(restricted ? { restricted: true } : {}) }),
      });
    } else {
      const reporter = restricted ? (i % 2 ? PEOPLE.crsvAdviser.id : PEOPLE.cpLead.id) : PEOPLE.focalPoint.id;
      await driver.slashCommand({ user: reporter, channel: GENERAL_CHANNEL, text });
    }
  }
  await veille.settle();

  // Follow-up by the restricted sections on restricted alerts (with canaries in the notes), by others on the rest.
  const alerts = db.prepare('SELECT id, reference, sensitivity FROM alerts ORDER BY id').all() as Array<{ id: number; reference: string; sensitivity: string }>;
  for (const alert of alerts.slice(0, 60)) {
    if (alert.sensitivity === 'restricted') {
      const note = `Rnote${alert.id}x`;
      forbidden.push(note);
      await driver.slashCommand({ user: PEOPLE.crsvLead.id, channel: GENERAL_CHANNEL, text: `update ${alert.reference} survivor moved, ${note}, call +243 81 555 9${alert.id}` });
      if (alert.id % 3 === 0) await driver.slashCommand({ user: PEOPLE.crsvLead.id, channel: GENERAL_CHANNEL, text: `assign ${alert.reference} <@${PEOPLE.crsvAdviser.id}|grace>` });
    } else {
      await driver.slashCommand({ user: PEOPLE.pocLead.id, channel: GENERAL_CHANNEL, text: `assign ${alert.reference} <@${PEOPLE.pocOfficer.id}|amina>` });
    }
  }
  await veille.settle();

  // A day and a night: reminders, escalations, the 07:00 digests and the leadership digest.
  for (let minute = 0; minute < 20 * 60; minute += 15) {
    clock.advance(15 * MINUTE);
    await veille.runtime.tick();
  }
  await veille.settle();

  // What outsiders asked for themselves.
  const outsiders = Object.values(PEOPLE).filter((p) => !RESTRICTED_PEOPLE.has(p.id));
  for (const person of outsiders) {
    await driver.slashCommand({ user: person.id, channel: GENERAL_CHANNEL, text: 'list' });
    await driver.slashCommand({ user: person.id, channel: GENERAL_CHANNEL, text: 'list overdue' });
    for (const alert of alerts.filter((a) => a.id % 7 === 0)) await driver.slashCommand({ user: person.id, channel: GENERAL_CHANNEL, text: `show ${alert.reference} history` });
    for (const section of veille.mission.sections) await driver.slashCommand({ user: person.id, channel: GENERAL_CHANNEL, text: `digest preview ${section.id}` });
    await driver.event({ type: 'app_home_opened', user: person.id });
  }
  await veille.settle();

  const findings: Finding[] = [];
  const scan = (where: string, content: unknown) => {
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    for (const word of forbidden) if (text.includes(word)) findings.push({ where, what: word });
  };
  const restrictedChannels = new Set(veille.mission.sections.filter((s) => s.restricted).map((s) => s.channel));
  const channels = [GENERAL_CHANNEL, ...veille.mission.sections.map((s) => s.channel), veille.mission.escalationChannel, veille.mission.leadershipDigest.channel, veille.mission.conductChannel];
  let scanned = 0;
  for (const channel of new Set(channels)) {
    if (restrictedChannels.has(channel)) continue;
    for (const message of fake.messages(channel)) {
      scanned++;
      // Reporters' own words in #general are theirs; Veille's posts are what we check.
      if ((message as { bot_id?: string }).bot_id) scan(`#${channel} ${message.ts}`, { text: message.text, blocks: message.blocks });
      for (const reply of (message as { replies?: unknown[] }).replies ?? []) {
        scanned++;
        scan(`#${channel} thread of ${message.ts}`, reply);
      }
    }
  }
  for (const person of outsiders) {
    for (const dm of fake.dms(person.id)) {
      scanned++;
      scan(`DM to ${person.name}`, dm);
    }
    for (const eph of fake.ephemerals({ user: person.id })) {
      scanned++;
      scan(`ephemeral to ${person.name}`, eph);
    }
    scanned++;
    scan(`Home of ${person.name}`, fake.homeView(person.id) ?? '');
  }
  const apiGet = async (path: string) => {
    scanned++;
    const response = await fetch(`${api}${path}`, { headers: { authorization: `Bearer ${reader.token}` } });
    const body = await response.text();
    scan(`API ${path}`, body);
    return body;
  };
  let cursor: string | null = null;
  do {
    const page = JSON.parse(await apiGet(`/alerts?limit=500${cursor ? `&cursor=${cursor}` : ''}`)) as { nextCursor?: string | null; alerts?: unknown[] };
    cursor = page.alerts && page.alerts.length > 0 ? (page.nextCursor ?? null) : null;
  } while (cursor);
  for (const alert of alerts.filter((a) => a.id % 3 === 0)) await apiGet(`/alerts/${alert.reference}`);
  await apiGet('/export.csv');
  for (const section of veille.mission.sections.filter((s) => !s.restricted)) await apiGet(`/digests/${section.id}?date=2026-11-22`);

  // The control: the same scan finds the canaries where they belong, so a clean result means something.
  let seenWhereAllowed = 0;
  for (const channel of restrictedChannels) {
    const text = JSON.stringify(fake.messages(channel));
    seenWhereAllowed += forbidden.filter((w) => w.startsWith('Rcanary') && text.includes(w)).length;
  }
  const violations = fake.violations.length;
  await veille.stop();
  const byPlace = new Map<string, Finding>();
  for (const f of findings) byPlace.set(f.where.replace(/[0-9.]+|A-\d+/g, '#'), f);
  const examples = [...byPlace.values()].slice(0, 8).map((f) => `${f.what} in ${f.where}`);
  return {
    name: 'leak',
    clean: findings.length === 0 && violations === 0 && seenWhereAllowed > 0,
    figures: {
      alerts: options.alerts,
      restricted_alerts: restrictedCount,
      forbidden_strings: forbidden.length,
      things_scanned: scanned,
      leaks_found: findings.length,
      control_canaries_seen_in_restricted_channels: seenWhereAllowed,
      ...(examples.length ? { first_leaks: examples.join(' | ') } : {}),
      fake_slack_violations: violations,
    },
  };
}
