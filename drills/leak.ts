import { writeFileSync } from 'node:fs';
import { ManualClock } from '../src/clock.js';
import { createToken } from '../src/api/tokens.js';
import { loadMission } from '../src/config/mission.js';
import { PEOPLE } from '../src/fake-slack/index.js';
import { startVeille } from '../tests/integration/harness.js';
import { CanaryBook, FIELDS, type Canary } from './leak/canaries.js';
import { Desk } from './leak/desk.js';
import { actionCheck, askCheck, judge, linkCheck, mrkdwnCheck, namedCheck, type AlertFacts, type Finding } from './leak/judge.js';
import { Play, PLACES, reopenRedacted, retentionUnit, runUnit, type Scenario } from './leak/scenario.js';
import { backToStandardCheck, blockIdCheck, ownerCheck, placeFilterCheck, refusalCheck, standardCards, unfurlCheck } from './leak/state-checks.js';
import { apiItems, databaseItems, slackItems, type Item } from './leak/surfaces.js';
import type { DrillResult } from './result.js';
import { FakeSmsGateways } from '../src/fake-gateways/sms.js';
import { smsReplySettings } from '../src/reporter/sms-send.js';
import { PUBLIC_URL, reporterChecks, reporterUnit, TWILIO_TOKEN, type ReporterRecord } from './leak/reporter.js';

/**
 * The leak drill. Alerts are logged with canaries (unique words, each with a phone number and an
 * e-mail address) in every free-text field, then CHANGED: follow-up with canaries in updates,
 * tasks, responses, verification and closure notes; re-categorised both ways (Edit, Verify);
 * closed as duplicates across restricted and standard; reopened; redacted by retention, reopened
 * and redacted again. Then the FINAL state of every message, thread reply, DM, ephemeral, App
 * Home, digest chart (title and alt text), API answer, digest, CSV line and XLSX row is scanned
 * against who may read it; and a control proves each canary is found where it is allowed
 * (restricted section, reporter, restricted:read; the XLSX has every canary the CSV has).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const CRSV_MEMBERS = new Set([PEOPLE.crsvAdviser.id, PEOPLE.crsvLead.id]);

export async function leakDrill(options: { units: number } = { units: 25 }): Promise<DrillResult> {
  const start = Date.UTC(2026, 10, 18, 12, 0);
  const clock = new ManualClock(start);
  const base = loadMission('data/mission.example.json');
  // Retention after three days, so the drill sees two nights of it.
  // The mission answers SMS reporters at every step (issue 19), so the drill sees the SMS replies.
  const mission = { ...base, retention: { closedAlertDetails: 'P3D' }, intake: { ...base.intake, replyToReporter: 'all' as const } };
  const sms = await FakeSmsGateways.start();
  const veille = await startVeille({ clock, mission, gateways: { publicUrl: PUBLIC_URL, twilioAuthToken: TWILIO_TOKEN, replies: smsReplySettings(sms.env()) } });
  const reporters: ReporterRecord = { restrictedByOutsider: [], smsAlerts: [] };
  const { db, fake } = veille;
  const api = `http://127.0.0.1:${veille.runtime.port}/api/v1`;
  const token = (name: string, scopes: string[]) => {
    const made = createToken(db, { name, scopes: scopes as never, at: clock.now(), actor: 'drill' });
    if (!made.ok) throw new Error(`could not create the ${name} token`);
    return made.token;
  };
  const writer = token('drill-writer', ['alerts:write']);
  const reader = token('drill-reader', ['alerts:read']);
  const trusted = token('drill-trusted', ['alerts:read', 'restricted:read']);
  const book = new CanaryBook();
  const scenario: Scenario = { stories: new Map(), verifyFallbacks: 0, placedByOthers: [] };
  const desk = new Desk(veille, api, writer);
  const play = new Play(desk, book, scenario);
  const tick = async () => {
    await veille.runtime.tick();
    await veille.settle();
  };

  // Night one: closed alerts past retention are redacted; reopened with new text, closed, and redacted the next night.
  const retained: number[] = [];
  for (let u = 0; u < Math.max(1, Math.ceil(options.units / 3)); u++) retained.push(...(await retentionUnit(play, u)));
  await veille.settle();
  // The control for retention: what it must remove was there before it ran (else it was never stored).
  const neverStored = new Set<Canary>();
  const presentBefore = (canaries: Canary[]) => {
    const rows = databaseItems(veille, new Set(retained)).map((i) => i.text).join('\n');
    for (const c of canaries) if (!rows.includes(c.token.replace(/^\+/, ''))) neverStored.add(c);
    return canaries.filter((c) => rows.includes(c.token.replace(/^\+/, ''))).length;
  };
  const firstRedaction = retained.flatMap((id) => book.ofAlert(id));
  let retentionControl = presentBefore(firstRedaction);
  clock.set(start + 3 * DAY + HOUR);
  await tick();
  const placedBefore = book.all.length;
  clock.advance(10 * MINUTE); // the next morning's work, not the same instant as the redaction
  await reopenRedacted(play, retained);
  await veille.settle();
  const secondRedaction = book.all.slice(placedBefore);
  retentionControl += presentBefore(secondRedaction);
  for (const c of [...firstRedaction, ...secondRedaction]) c.redacted = true;
  clock.set(start + 3 * DAY + 8 * HOUR);
  await tick();

  // The main phase: units of alerts logged and changed, then a day of reminders, escalations and digests.
  for (let u = 0; u < options.units; u++) {
    await runUnit(play, u);
    await reporterUnit(play, veille, u, reporters);
    await veille.settle();
  }
  for (let minute = 0; minute < 20 * 60; minute += 15) {
    clock.advance(15 * MINUTE);
    await veille.runtime.tick();
  }
  await veille.settle();
  // The second night of retention for the reopened ones (the main phase's alerts are too recent).
  clock.set(start + 6 * DAY + 5 * HOUR);
  await tick();

  // What people asked for themselves, at the end: lists (by village too), show, history, digests, App Home.
  const everyone = Object.values(PEOPLE).map((p) => p.id);
  const alerts = db.prepare('SELECT id, reference, sensitivity, reported_by, category, place_id, owner FROM alerts ORDER BY id').all() as Array<{
    id: number;
    reference: string;
    sensitivity: string;
    reported_by: string;
    category: string;
    place_id: string | null;
    owner: string | null;
  }>;
  const askers = [PEOPLE.pocOfficer.id, PEOPLE.pocLead.id, PEOPLE.cpLead.id, PEOPLE.crsvLead.id];
  const placeReplies: Array<{ user: string; placeId: string; text: string }> = [];
  for (const person of everyone) {
    await desk.command(person, 'list');
    await desk.command(person, 'list overdue');
    for (const place of PLACES) {
      const answer = await desk.command(person, `list place:${place}`);
      placeReplies.push({ user: person, placeId: veille.veille.intake.gazetteer.lookup(place)?.id ?? place, text: answer.text });
    }
    for (const section of [...mission.sections.map((x) => x.id), 'leadership']) await desk.command(person, `digest preview ${section}`);
    await veille.driver.event({ type: 'app_home_opened', user: person });
  }
  for (const alert of alerts) {
    for (const person of new Set([alert.reported_by, ...askers])) {
      if (!person.startsWith('U')) continue;
      await desk.command(person, `show ${alert.reference}`);
      await desk.command(person, `show ${alert.reference} history`);
    }
  }
  await veille.settle();

  // Who may read each alert: its reporter and the members of restricted sections holding it.
  const restrictedSections = mission.sections.filter((s) => s.restricted);
  const facts = new Map<number, AlertFacts>();
  for (const alert of alerts) {
    const holding = new Set(db.prepare('SELECT section_id FROM alert_sections WHERE alert_id = ?').pluck().all(alert.id) as string[]);
    const members = new Set<string>();
    for (const section of restrictedSections) {
      if (holding.has(section.id) || (section.receives as string[]).includes(alert.category) || (section.receives as string[]).includes('*')) {
        for (const m of fake.members(section.channel)) members.add(m);
      }
    }
    const allowed = new Set<string>([alert.reported_by, ...members]);
    facts.set(alert.id, { id: alert.id, reference: alert.reference, restricted: alert.sensitivity === 'restricted', allowed, members, placeId: alert.place_id });
  }

  const items: Item[] = [
    ...slackItems(veille, everyone),
    ...(await apiItems(api, reader, false, alerts.map((a) => a.reference), mission.sections.filter((s) => !s.restricted).map((s) => s.id), ['2026-11-21', '2026-11-22', '2026-11-24'])),
    ...(await apiItems(api, trusted, true, alerts.map((a) => a.reference), [], [])),
    ...databaseItems(veille, new Set(retained)),
  ];
  // The API's place filter on villages, without restricted:read.
  for (const place of PLACES) {
    const id = veille.veille.intake.gazetteer.lookup(place)?.id ?? place;
    const text = await fetch(`${api}/alerts?place=${id}&limit=500`, { headers: { authorization: `Bearer ${reader}` } }).then((r) => r.text());
    // Only the alerts listed, not what they link to (links are the link check's).
    const listed = ((JSON.parse(text) as { alerts?: Array<{ reference?: string }> }).alerts ?? []).map((a) => a.reference).join(' ');
    placeReplies.push({ user: 'api', placeId: id, text: listed });
  }

  const verdict = judge(items, book, facts);
  const findings: Finding[] = [...verdict.findings];
  // The XLSX's control: it carries every canary the CSV carries, for the same reader (same columns and masking).
  const spreadsheets = { csv: 0, xlsx: 0 };
  for (const trustedReader of [false, true]) {
    const csv = items.filter((i) => (trustedReader ? i.kind === 'API answer (restricted:read)' && i.where === 'GET /export.csv' : i.kind === 'CSV'));
    const xlsx = new Set(book.find(items.filter((i) => i.kind === (trustedReader ? 'XLSX (restricted:read)' : 'XLSX')).map((i) => i.text).join('\n')));
    for (const canary of new Set(book.find(csv.map((i) => i.text).join('\n')))) {
      if (trustedReader) spreadsheets.csv++;
      if (xlsx.has(canary)) {
        if (trustedReader) spreadsheets.xlsx++;
      } else findings.push({ check: 'in the CSV but not in the XLSX', field: canary.field, surface: trustedReader ? 'XLSX (restricted:read)' : 'XLSX', where: '/export.xlsx', what: canary.token });
    }
  }
  const charts = items.filter((i) => i.kind === 'chart');
  findings.push(...namedCheck(items, PEOPLE.crsvAdviser.id, CRSV_MEMBERS));
  findings.push(...actionCheck(items, facts, (task) => (db.prepare('SELECT alert_id FROM tasks WHERE id = ?').pluck().get(task) as number | undefined) ?? 0));
  findings.push(...mrkdwnCheck(items));
  findings.push(...askCheck(items, facts));
  const restrictedRefs = new Set([...facts.values()].filter((a) => a.restricted).map((a) => a.reference));
  findings.push(...linkCheck(items, standardCards(veille, facts), restrictedRefs));
  const places = placeFilterCheck(placeReplies, facts, (placeId) => (placeId ? (veille.veille.intake.gazetteer.byId(placeId)?.territory ?? null) : null));
  findings.push(...places.findings);
  findings.push(...backToStandardCheck(veille, items, book, scenario, restrictedSections.map((section) => section.channel), facts));
  findings.push(...ownerCheck(veille, facts));
  findings.push(...unfurlCheck(veille));
  const redraws = blockIdCheck(veille);
  findings.push(...redraws.findings);

  // A canary whose step was refused was never stored: nothing to find, so no control either.
  const stored = databaseItems(veille, new Set(alerts.map((a) => a.id))).map((i) => i.text).join('\n');
  const notStored = new Set([...neverStored, ...book.all.filter((c) => !c.redacted && (c.mustBeRefused || !stored.includes(c.token.replace(/^\+/, ''))))]);
  const refusals = refusalCheck(book, scenario, stored, new Map(alerts.map((a) => [a.id, a.place_id])));
  findings.push(...refusals.findings);
  const told = reporterChecks(veille, sms, book, facts, reporters, items);
  findings.push(...told.findings);
  const violations = fake.violations.length;
  await veille.stop();
  await sms.close();
  // DRILL_FINDINGS=<file> keeps every finding (the printout shows the first few), for whoever fixes them.
  if (process.env.DRILL_FINDINGS) writeFileSync(process.env.DRILL_FINDINGS, JSON.stringify({ alerts, notStored: [...notStored].map((c) => `${c.token} ${c.field} A-${c.alertId}`), findings, refusals: desk.refusals, missing: book.all.filter((c) => c.alertId > 0 && !c.redacted && !notStored.has(c) && !verdict.controls.has(c)) }, null, 1));

  // Figures: what was checked, per surface and per field, and what was found.
  const live = book.all.filter((c) => c.alertId > 0 && !notStored.has(c));
  const perField = FIELDS.map((field) => {
    const words = live.filter((c) => c.field === field && c.kind === 'word');
    const checkable = words.filter((c) => !c.redacted);
    const inSlack = checkable.filter((c) => verdict.controls.get(c) === 'slack').length;
    const viaApi = checkable.filter((c) => verdict.controls.get(c) === 'api').length;
    const leaks = findings.filter((f) => f.field?.startsWith(field)).length;
    return { field, placed: words.length, redacted: words.length - checkable.length, inSlack, viaApi, missing: checkable.length - inSlack - viaApi, leaks };
  });
  const contacts = live.filter((c) => c.kind !== 'word' && !c.redacted);
  const contactControls = contacts.filter((c) => verdict.controls.has(c)).length;
  const controlMissing = perField.reduce((a, f) => a + f.missing, 0) + (contacts.length - contactControls);
  const redactedPlanted = live.filter((c) => c.redacted).length;
  const byCheck = new Map<string, number>();
  for (const f of findings) byCheck.set(`${f.check}${f.field ? ` [${f.field}]` : ''} in ${f.surface}`, (byCheck.get(`${f.check}${f.field ? ` [${f.field}]` : ''} in ${f.surface}`) ?? 0) + 1);
  const examples = new Map<string, Finding>();
  for (const f of findings) if (!examples.has(`${f.check}|${f.field}|${f.surface}`)) examples.set(`${f.check}|${f.field}|${f.surface}`, f);
  const stories = new Map<string, number>();
  for (const story of scenario.stories.values()) stories.set(story, (stories.get(story) ?? 0) + 1);

  return {
    name: 'leak',
    clean: findings.length === 0 && violations === 0 && controlMissing === 0 && retentionControl === redactedPlanted && spreadsheets.xlsx > 0 && charts.length > 0,
    figures: {
      alerts: alerts.length,
      alerts_by_story: [...stories].map(([k, n]) => `${k} ${n}`).join(', '),
      verify_could_not_recategorise_so_edit_did: scenario.verifyFallbacks,
      steps_refused_or_impossible: desk.refusals.length,
      ...(desk.refusals.length ? { first_refused_steps: desk.refusals.slice(0, 5).join(' | ') } : {}),
      canaries_never_stored: (() => {
        // Not refused on purpose, yet not in the database: a step that failed, or text lost on the way in.
        const lost = book.all.filter((c) => c.alertId > 0 && notStored.has(c) && !c.mustBeRefused);
        const byField = new Map<string, number>();
        for (const c of lost) byField.set(`${c.field} ${c.kind}`, (byField.get(`${c.field} ${c.kind}`) ?? 0) + 1);
        return lost.length ? `${lost.length} (${[...byField].map(([k, n]) => `${k} ${n}`).join(', ')})` : 0;
      })(),
      steps_by_non_members_that_must_be_refused: refusals.checked,
      canaries_planted: `${live.length} (${live.filter((c) => c.kind === 'word').length} words, ${live.filter((c) => c.kind !== 'word').length} phones and e-mails; ${redactedPlanted} for retention to redact)`,
      scanned_per_surface: [...verdict.itemsPerSurface].map(([k, n]) => `${k} ${n}`).join(', '),
      per_field_placed_found_where_allowed_leaks: perField.map((f) => `${f.field}: ${f.placed} placed${f.redacted ? ` (${f.redacted} redacted)` : ''}, control ${f.inSlack} in Slack + ${f.viaApi} via restricted:read${f.missing ? `, ${f.missing} NOT FOUND` : ''}, ${f.leaks} leaks`).join(' | '),
      canaries_not_found_where_allowed: controlMissing,
      phones_and_emails_found_via_restricted_read: `${contactControls} of ${contacts.length}`,
      xlsx_with_restricted_read_has_the_csv_canaries: `${spreadsheets.xlsx} of ${spreadsheets.csv}`,
      digest_charts_scanned: `${charts.length} shares (${new Set(charts.map((c) => c.where.split(' ')[1])).size} files), ${charts.filter((c) => /"alt_txt":"[^"]/.test(c.text)).length} with alt text`,
      retention_control_present_before_redaction: `${retentionControl} of ${redactedPlanted}`,
      card_redraws_checked_for_new_block_ids: redraws.checked,
      reporter_notices_to_a_non_member_checked: told.notices,
      sms_replies_checked: told.replies,
      place_filter_answers_checked: `${placeReplies.length} (${places.conclusive} could tell a village from its territory)`,
      findings: findings.length,
      ...(findings.length ? { findings_by_check: [...byCheck].map(([k, n]) => `${k}: ${n}`).join(' | ') } : {}),
      ...(examples.size ? { first_findings: [...examples.values()].slice(0, 12).map((f) => `${f.what} — ${f.where}`).join(' | ') } : {}),
      fake_slack_violations: violations,
    },
  };
}

