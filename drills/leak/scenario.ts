import { PEOPLE } from '../../src/fake-slack/index.js';
import type { CanaryBook, Canary, Field } from './canaries.js';
import type { Desk } from './desk.js';

/**
 * What happens to the leak drill's alerts after they are logged, one "unit" of alerts at a time:
 * standard and restricted alerts by quick report, form and API with canaries in every free-text
 * field; follow-up (owner, task, update, response, verification) with canaries; re-categorisation
 * both ways (Edit, Verify); closing as a duplicate across restricted and standard; reopening.
 */
export const PLACES = ['Kamango', 'Oicha', 'Mavivi', 'Eringeti', 'Kiwanja', 'Minova', 'Drodro'];
export const CHANNEL = { poc: 'C0POC00001', crsv: 'G0CRSV0001' };
const mention = (p: { id: string; name: string }) => `<@${p.id}|${p.name}>`;
export const ref = (id: number) => `A-${id}`;

/** How each alert was meant to end, for the figures. */
export type Story =
  | 'standard'
  | 'standard (API)'
  | 'restricted'
  | 'restricted (API)'
  | 'restricted (form)'
  | 'standard → restricted (Edit)'
  | 'standard → restricted (Verify)'
  | 'restricted → standard (Edit)'
  | 'restricted, closed as duplicate of a standard'
  | 'standard, closed as duplicate of a restricted'
  | 'reopened'
  | 'retention';

export interface Scenario {
  stories: Map<number, Story>;
  /** Alerts someone other than the reporter sent an Add-place form for: their place must not change. */
  placedByOthers: number[];
  /** Steps where Verify offered no way to re-categorise, so Edit did it. */
  verifyFallbacks: number;
}

export class Play {
  constructor(
    readonly desk: Desk,
    readonly book: CanaryBook,
    readonly scenario: Scenario,
  ) {}

  plant(field: Field, alertId = 0, contact = true): { text: string; canaries: Canary[] } {
    return this.book.plant(field, alertId, contact);
  }

  tell(id: number, story: Story): number {
    if (id) this.scenario.stories.set(id, story);
    return id;
  }

  /** Owner, task, update, response and verification on a standard alert, by PoC people, each with a canary. */
  async standardFollowup(id: number): Promise<void> {
    const { desk } = this;
    await desk.command(PEOPLE.pocLead.id, `assign ${ref(id)} ${mention(PEOPLE.pocOfficer)}`);
    await desk.command(PEOPLE.pocLead.id, `task ${ref(id)} ${mention(PEOPLE.hrOfficer)} ${this.plant('task', id).text}`);
    await desk.command(PEOPLE.pocOfficer.id, `update ${ref(id)} ${this.plant('update', id).text} <!channel> <https://evil.example/x|click>`);
    await this.respondAndVerify(id, PEOPLE.pocOfficer.id, CHANNEL.poc);
  }

  /** The same by the CRSV section on a restricted alert. */
  async restrictedFollowup(id: number): Promise<void> {
    const { desk } = this;
    await desk.command(PEOPLE.crsvLead.id, `assign ${ref(id)} ${mention(PEOPLE.crsvAdviser)}`);
    await desk.command(PEOPLE.crsvLead.id, `task ${ref(id)} ${mention(PEOPLE.crsvAdviser)} ${this.plant('task', id).text}`);
    await desk.command(PEOPLE.crsvAdviser.id, `update ${ref(id)} ${this.plant('update', id).text}`);
    await this.respondAndVerify(id, PEOPLE.crsvAdviser.id, CHANNEL.crsv);
  }

  async respondAndVerify(id: number, user: string, channel: string, respond = true): Promise<void> {
    const ts = this.desk.cardTs(id, channel);
    if (!ts) {
      this.desk.refusals.push(`${ref(id)} has no card in ${channel}`);
      return;
    }
    if (respond) {
      const unit = this.plant('response unit', id, false).text;
      const outcome = this.plant('response outcome', id).text;
      await this.desk.viaModal(user, channel, ts, 'followup.respond', () => ({ type: 'patrol', unit, outcome, delay: 'other' }));
    }
    const note = this.plant('verification note', id).text;
    await this.desk.viaModal(user, channel, ts, 'followup.verify', () => ({ verification: 'verified', note }));
  }

  /** The reporter's Edit, from the confirmation he was given. */
  async edit(reporter: string, ephemeralTs: string | undefined, values: Record<string, string | string[]>): Promise<boolean> {
    if (!ephemeralTs) {
      this.desk.refusals.push('no confirmation to edit from');
      return false;
    }
    return (await this.desk.viaModal(reporter, 'C0GENERAL1', ephemeralTs, 'alert.edit', () => values)) !== null;
  }
}

/** One unit of the main phase: eleven alerts, each told one of the stories above. */
export async function runUnit(s: Play, u: number): Promise<void> {
  const { desk } = s;
  const place = PLACES[u % PLACES.length]!;
  const other = PLACES[(u + 3) % PLACES.length]!;
  const focal = PEOPLE.focalPoint.id;
  const grace = PEOPLE.crsvAdviser.id;

  // Standard, by quick report, with a place override that is no gazetteer name and a free-text perpetrator.
  const sText = `Armed men attacked ${place} market, 2 killed ${s.plant('description').text} <!channel> place:"near the market <!channel> ${s.plant('place override').text}" perp:"${s.plant('free-text perpetrator').text} <https://evil.example/p|ADF>"`;
  const standard = s.tell((await desk.report(focal, sText)).id, 'standard');
  s.book.attach(s.book.all.filter((c) => c.alertId === 0), standard);
  if (standard) {
    await s.standardFollowup(standard);
    // Add place is the reporter's: the same form sent by someone else changes nothing.
    await desk.placeFormBy(PEOPLE.pocOfficer.id, standard, 'Oicha');
    s.scenario.placedByOthers.push(standard);
  }

  // Standard, by the API: location text, free-text perpetrator and source detail.
  const apiStandard = await api(s, { description: `Village burnt overnight near ${place}, ADF`, category: 'looting_destruction', place }, 'standard (API)');
  if (apiStandard) await s.desk.command(PEOPLE.pocOfficer.id, `update ${ref(apiStandard)} ${s.plant('update', apiStandard).text}`);

  // Restricted from the start, by quick report, then worked by the CRSV section.
  const rText = `3 femmes violées à ${place} par des hommes armés ${s.plant('description').text} perp:"${s.plant('free-text perpetrator').text}"`;
  const restricted = s.tell((await desk.report(grace, rText)).id, 'restricted');
  s.book.attach(s.book.all.filter((c) => c.alertId === 0), restricted);
  if (restricted) await s.restrictedFollowup(restricted);

  await api(s, { description: `Two girls raped near ${place} by armed men`, category: 'crsv', restricted: true }, 'restricted (API)');

  // Restricted, by the form: a place that is not in the gazetteer becomes location text.
  const form = { description: s.plant('description').text, place: s.plant('location text').text, perpetrators: s.plant('free-text perpetrator').text, source_detail: s.plant('source detail').text, category: 'crsv' };
  const formed = s.tell(await desk.formReport(grace, form), 'restricted (form)');
  s.book.attach(s.book.all.filter((c) => c.alertId === 0), formed);

  // Standard → restricted by the reporter's Edit, after an owner, a task owner and thread replies had it.
  const a = await desk.report(focal, `Armed men attacked ${other}, 1 killed ${s.plant('description').text}`);
  s.book.attach(s.book.all.filter((c) => c.alertId === 0), a.id);
  if (s.tell(a.id, 'standard → restricted (Edit)')) {
    await s.standardFollowup(a.id);
    await s.edit(focal, a.ephemeralTs, { category: 'crsv' });
    // The former owner tries to go on: he may no longer act on it.
    const late = s.plant('update', a.id);
    for (const c of late.canaries) c.mustBeRefused = 'update by the former owner after the alert became restricted';
    await desk.command(PEOPLE.pocOfficer.id, `update ${ref(a.id)} ${late.text}`);
  }

  // Standard → restricted by Verify (when Verify can re-categorise; else by Edit's restricted box).
  const b = await desk.report(focal, `Armed men looted shops in ${place}, 2 injured ${s.plant('description').text}`);
  s.book.attach(s.book.all.filter((c) => c.alertId === 0), b.id);
  if (s.tell(b.id, 'standard → restricted (Verify)')) {
    await desk.command(PEOPLE.pocLead.id, `assign ${ref(b.id)} ${mention(PEOPLE.pocOfficer)}`);
    await desk.command(PEOPLE.pocLead.id, `task ${ref(b.id)} ${mention(PEOPLE.hrOfficer)} ${s.plant('task', b.id).text}`);
    await desk.command(PEOPLE.pocOfficer.id, `update ${ref(b.id)} ${s.plant('update', b.id).text}`);
    const ts = desk.cardTs(b.id, CHANNEL.poc);
    const note = s.plant('verification note', b.id).text;
    let offered = false;
    if (!ts) desk.refusals.push(`${ref(b.id)} has no card in ${CHANNEL.poc}`);
    else {
      await desk.viaModal(PEOPLE.pocOfficer.id, CHANNEL.poc, ts, 'followup.verify', (blocks) => {
        offered = blocks.has('category') || blocks.has('restricted') || blocks.has('sensitivity');
        const values: Record<string, string | string[]> = { verification: 'verified', note };
        if (blocks.has('category')) values.category = 'crsv';
        if (blocks.has('restricted')) values.restricted = ['restricted'];
        if (blocks.has('sensitivity')) values.sensitivity = ['restricted'];
        return values;
      });
    }
    if (!offered) {
      s.scenario.verifyFallbacks++;
      await s.edit(focal, b.ephemeralTs, { restricted: ['restricted'] });
    }
  }

  // Restricted → standard: marked restricted by its reporter, then unmarked with Edit.
  const c = await desk.report(focal, `Mai-Mai roadblock at ${place}, patrol denied access restricted:yes ${s.plant('description').text}`);
  s.book.attach(s.book.all.filter((x) => x.alertId === 0), c.id);
  if (s.tell(c.id, 'restricted → standard (Edit)')) {
    await s.edit(focal, c.ephemeralTs, { restricted: [] });
    await desk.command(PEOPLE.pocOfficer.id, `update ${ref(c.id)} ${s.plant('update', c.id).text}`);
  }

  // A restricted alert closed as a duplicate of the unit's standard one: the link stays in the restricted section.
  const d = s.tell((await desk.report(grace, `Une femme violée à ${place} ${s.plant('description').text}`)).id, 'restricted, closed as duplicate of a standard');
  s.book.attach(s.book.all.filter((x) => x.alertId === 0), d);
  if (d && standard) await desk.command(PEOPLE.crsvLead.id, `close ${ref(d)} duplicate ${ref(standard)} ${s.plant('closure note', d).text}`);

  // A standard alert closed (by a PoC lead) as a duplicate of the unit's restricted one: he cannot see it.
  const e = s.tell((await desk.report(focal, `Armed men attacked ${place} market again, 2 killed ${s.plant('description').text}`)).id, 'standard, closed as duplicate of a restricted');
  s.book.attach(s.book.all.filter((x) => x.alertId === 0), e);
  if (e && restricted) {
    const note = s.plant('closure note', e);
    for (const c of note.canaries) c.mustBeRefused = 'closed as a duplicate of a restricted alert its closer cannot read';
    await desk.command(PEOPLE.pocLead.id, `close ${ref(e)} duplicate ${ref(restricted)} ${note.text}`);
  }

  // Closed and reopened, standard and restricted, with text added after the reopening.
  const o = s.tell((await desk.report(focal, `M23 positioned on hills above ${other}, population fleeing ${s.plant('description').text}`)).id, 'reopened');
  s.book.attach(s.book.all.filter((x) => x.alertId === 0), o);
  if (o) {
    await desk.command(PEOPLE.pocLead.id, `close ${ref(o)} resolved ${s.plant('closure note', o).text}`);
    await desk.command(PEOPLE.pocLead.id, `reopen ${ref(o)}`);
    await desk.command(PEOPLE.pocOfficer.id, `update ${ref(o)} ${s.plant('update', o).text}`);
  }
  const ro = s.tell((await desk.report(grace, `Deux femmes violées à ${other} ${s.plant('description').text}`)).id, 'reopened');
  s.book.attach(s.book.all.filter((x) => x.alertId === 0), ro);
  if (ro) {
    await desk.command(PEOPLE.crsvLead.id, `close ${ref(ro)} resolved ${s.plant('closure note', ro).text}`);
    await desk.command(PEOPLE.crsvLead.id, `reopen ${ref(ro)}`);
    await desk.command(PEOPLE.crsvAdviser.id, `update ${ref(ro)} ${s.plant('update', ro).text}`);
  }
}

/** An API alert with canaries in its description, location text, perpetrator and source. */
async function api(s: Play, body: Record<string, unknown>, story: Story): Promise<number> {
  const planted = ['description', 'location text', 'free-text perpetrator', 'source detail'].map((f) => s.plant(f as Field));
  const [description, location, perpetrator, source] = planted.map((p) => p.text);
  const id = await s.desk.apiReport({ ...body, description: `${String(body.description)} ${description}`, locationText: `${location} <https://evil.example/l|map>`, perpetrators: [perpetrator], sourceDetail: source });
  s.book.attach(planted.flatMap((p) => p.canaries), id);
  return s.tell(id, story);
}

/** Retention: closed alerts (standard and restricted) with text everywhere, for the nightly job to redact. */
export async function retentionUnit(s: Play, u: number): Promise<number[]> {
  const { desk } = s;
  const place = PLACES[(u + 1) % PLACES.length]!;
  const ids: number[] = [];
  const st = (await desk.report(PEOPLE.focalPoint.id, `Armed men attacked ${place}, 1 killed ${s.plant('description').text} perp:"${s.plant('free-text perpetrator').text}"`)).id;
  s.book.attach(s.book.all.filter((c) => c.alertId === 0), st);
  if (st) {
    await desk.command(PEOPLE.pocLead.id, `assign ${ref(st)} ${mention(PEOPLE.pocOfficer)}`);
    await desk.command(PEOPLE.pocLead.id, `task ${ref(st)} ${mention(PEOPLE.hrOfficer)} ${s.plant('task', st).text}`);
    await desk.command(PEOPLE.pocOfficer.id, `update ${ref(st)} ${s.plant('update', st).text}`);
    await desk.command(PEOPLE.pocLead.id, `close ${ref(st)} resolved ${s.plant('closure note', st).text}`);
    ids.push(s.tell(st, 'retention'));
  }
  const rt = (await desk.report(PEOPLE.crsvAdviser.id, `2 femmes violées à ${place} ${s.plant('description').text}`)).id;
  s.book.attach(s.book.all.filter((c) => c.alertId === 0), rt);
  if (rt) {
    await desk.command(PEOPLE.crsvLead.id, `assign ${ref(rt)} ${mention(PEOPLE.crsvAdviser)}`);
    await desk.command(PEOPLE.crsvAdviser.id, `update ${ref(rt)} ${s.plant('update', rt).text}`);
    await desk.command(PEOPLE.crsvLead.id, `close ${ref(rt)} resolved ${s.plant('closure note', rt).text}`);
    ids.push(s.tell(rt, 'retention'));
  }
  const apiId = await api(s, { description: `Village burnt near ${place}`, category: 'looting_destruction', place }, 'retention');
  if (apiId) {
    await desk.command(PEOPLE.pocLead.id, `close ${ref(apiId)} unfounded ${s.plant('closure note', apiId).text}`);
    ids.push(apiId);
  }
  return ids;
}

/** After the first redaction: reopened, given new text, closed again — the next night must redact that too. */
export async function reopenRedacted(s: Play, ids: number[]): Promise<void> {
  const { desk } = s;
  for (const id of ids) {
    const restricted = desk.isRestricted(id);
    const lead = restricted ? PEOPLE.crsvLead.id : PEOPLE.pocLead.id;
    await desk.command(lead, `reopen ${ref(id)}`);
    await desk.command(restricted ? PEOPLE.crsvAdviser.id : PEOPLE.pocOfficer.id, `update ${ref(id)} ${s.plant('update', id).text}`);
    await desk.command(lead, `task ${ref(id)} ${mention(restricted ? PEOPLE.crsvAdviser : PEOPLE.hrOfficer)} ${s.plant('task', id).text}`);
    await desk.command(lead, `close ${ref(id)} resolved ${s.plant('closure note', id).text}`);
  }
}
