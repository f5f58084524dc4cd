import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { CATEGORY_IDS, PRIORITIES } from '../domain/taxonomy.js';
import { ConfigError, describeZodIssue } from './errors.js';
import { koboConfigSchema } from '../gateways/kobo/config.js';

/** ISO-8601 durations (`PT15M`, `PT30S`, `P1D`) so demos and tests can use seconds. */
const isoDuration = z
  .string()
  .regex(/^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, 'an ISO-8601 duration such as PT15M, PT2H or P1D');

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time HH:MM such as 07:00');
const timeZone = z.string().refine(isTimeZone, 'an IANA time zone such as Africa/Lubumbashi');
const channelId = z.string().regex(/^[CGD][A-Z0-9]{2,}$/, 'a Slack channel id such as C0123ABCD');
const userId = z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'a Slack user id such as U0123ABCD');
const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a lowercase id (letters, digits, - and _)');
const category = z.enum(CATEGORY_IDS);
const priority = z.enum(PRIORITIES);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const sectionSchema = z.strictObject({
  id: slug.describe('Short id used in commands, e.g. `cp` in `/alert list section:cp`'),
  name: z.string().min(1).max(80),
  name_fr: z.string().min(1).max(80).optional().describe('Optional: the name in French, for readers whose language is French'),
  channel: channelId.describe('The section channel where its alert cards are posted'),
  receives: z
    .array(z.union([category, z.literal('*')]))
    .min(1)
    .describe('Category ids this section receives, or ["*"] for all'),
  places: z
    .array(z.string().min(1))
    .default([])
    .describe('Optional: only alerts in these places (field office, province, territory or locality ids/names)'),
  restricted: z.boolean().default(false).describe('Restricted sections see full CRSV and child-protection details'),
  humanRights: z.boolean().default(false).describe('The section told of every HRDDP-flagged (host-state) alert'),
  holdsRestricted: z
    .boolean()
    .optional()
    .describe('A restricted section that holds in full the restricted alerts no restricted section receives by category (e.g. a threat marked restricted:yes); without one, the restricted human-rights sections, else every restricted section'),
  leads: z.array(userId).default([]).describe('Section leads: reminded, escalated to, may assign and close'),
  language: z
    .enum(['en', 'fr'])
    .optional()
    .describe("Language of this section's channel posts (cards, thread replies, reminders); the mission's language by default"),
  digest: z
    .strictObject({ time: timeOfDay.default('07:00'), timeZone: timeZone.optional() })
    .default({ time: '07:00' })
    .describe('When the daily digest is posted, in the section time zone (mission time zone by default)'),
});

const reminderRule = z.strictObject({ acknowledgeWithin: isoDuration, updateEvery: isoDuration });

export const missionSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).describe('Mission name shown in digests and help'),
    referencePrefix: z
      .string()
      .regex(/^[A-Z]{1,6}$/, 'one to six capital letters such as A or EW')
      .default('A'),
    timeZone: timeZone.default('Africa/Kinshasa').describe('Default time zone for sections and snoozes'),
    language: z.enum(['en', 'fr']).default('en').describe('Default language: of channels whose section sets none, and of messages to people whose language is not known'),
    sections: z.array(sectionSchema).min(1),
    escalationChannel: channelId.describe('Where escalations are posted (e.g. SMG-P or JOC)'),
    leadershipDigest: z.strictObject({ channel: channelId, time: timeOfDay.default('07:30'), timeZone: timeZone.optional() }),
    conductChannel: channelId.describe('Conduct and discipline: where SEA by UN personnel belongs (Veille does not log it)'),
    reminderPolicy: z
      .strictObject({
        critical: reminderRule.default({ acknowledgeWithin: 'PT15M', updateEvery: 'PT2H' }),
        high: reminderRule.default({ acknowledgeWithin: 'PT1H', updateEvery: 'PT6H' }),
        medium: reminderRule.default({ acknowledgeWithin: 'PT4H', updateEvery: 'PT24H' }),
        low: reminderRule.default({ acknowledgeWithin: 'PT24H', updateEvery: 'PT72H' }),
        escalateAfter: z.number().int().min(1).max(20).default(2),
      })
      .default({
        critical: { acknowledgeWithin: 'PT15M', updateEvery: 'PT2H' },
        high: { acknowledgeWithin: 'PT1H', updateEvery: 'PT6H' },
        medium: { acknowledgeWithin: 'PT4H', updateEvery: 'PT24H' },
        low: { acknowledgeWithin: 'PT24H', updateEvery: 'PT72H' },
        escalateAfter: 2,
      }),
    sweepSchedule: z.string().default('* * * * *').describe('node-cron schedule of the reminder sweep'),
    categoryPriority: z
      .partialRecord(category, priority)
      .default({})
      .describe('Optional floor per category over the default priority rule'),
    retention: z
      .strictObject({
        closedAlertDetails: isoDuration.default('P365D').describe('How long closed alerts keep their free text and personal details'),
      })
      .default({ closedAlertDetails: 'P365D' }),
    gazetteer: z.string().min(1).describe('Gazetteer file, relative to this config file'),
    actors: z
      .array(
        z.strictObject({
          id: slug,
          name: z.string().min(1),
          aliases: z.array(z.string().min(1)).default([]),
          hostState: z.boolean().default(false).describe('A host-state force: alerts naming it carry the HRDDP flag'),
        }),
      )
      .default([]),
    reporterNotices: z
      .strictObject({
        showResponseUnit: z.boolean().default(true).describe("Name the unit that responded in the reporter's notice of a first response (false: the type and time only)"),
      })
      .default({ showResponseUnit: true })
      .describe('What the DMs telling reporters of their alerts\' progress may say'),
    intake: z
      .strictObject({
        kobo: koboConfigSchema.optional().describe('KoBoToolbox forms taken at POST /api/v1/intake/kobo'),
        replyToReporter: z
          .enum(['never', 'acknowledged', 'all'])
          .default('never')
          .describe("SMS back to whoever reported by SMS (Twilio, RapidPro): never (default: a message arriving on an informant's phone can expose them), acknowledged, or all (acknowledged, first response, closed)"),
      })
      .optional()
      .describe('Field intake gateways'),
  })
  .superRefine((mission, ctx) => {
    const ids = new Set<string>();
    mission.sections.forEach((section, i) => {
      if (ids.has(section.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `duplicate section id "${section.id}"` });
      ids.add(section.id);
    });
    // No alert may fall through routing: every category needs a section that takes it from anywhere.
    const everywhere = mission.sections.filter((s) => s.places.length === 0);
    const missing = CATEGORY_IDS.filter((c) => !everywhere.some((s) => s.receives.includes('*') || s.receives.includes(c)));
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `no section without a place filter receives ${missing.join(', ')}; add "*" to one section's receives`,
      });
    }
    // A restricted alert must always reach a restricted section (routing.ts `restrictedHolders`).
    mission.sections.forEach((section, i) => {
      if (section.holdsRestricted && !section.restricted) {
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'holdsRestricted'], message: 'restricted: true on this section: only a restricted section may hold restricted alerts' });
      }
    });
    if (!mission.sections.some((s) => s.restricted && s.places.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: 'no restricted section without a place filter: a restricted alert (CRSV, child violation, restricted:yes) could reach no one allowed to read it',
      });
    }
  });

export type MissionFile = z.output<typeof missionSchema>;
export type Section = MissionFile['sections'][number];
export type Actor = MissionFile['actors'][number];

const pcode = z.string().regex(/^[A-Z]{2,3}[0-9A-Z]*$/, 'a P-code of capital letters then digits, e.g. CD61');

const placeSchema = z.strictObject({
  id: slug,
  name: z.string().min(1).describe('Display name'),
  name_fr: z.string().min(1).optional().describe('Optional: the name in French where it differs (Nord-Kivu), for readers whose language is French'),
  aliases: z.array(z.string().min(1)).default([]).describe('Other spellings: French, English, common variants'),
  level: z.enum(['locality', 'territory', 'province']),
  territory: z.string().min(1).describe('Territory (DRC) or county'),
  province: z.string().min(1).describe('Province or state'),
  fieldOffice: z.string().min(1).describe('Mission field office covering the place'),
  forceSector: z.string().min(1).describe('Force sector'),
  // OCHA P-codes (COD-AB), only where a real source gives them: never invented.
  pcode: pcode.optional().describe("This place's OCHA P-code (its ADM1, ADM2 or ADM3 code by level)"),
  adm1Pcode: pcode.optional().describe("P-code of the province (ADM1) the place lies in"),
  adm2Pcode: pcode.optional().describe("P-code of the territory (ADM2) the place lies in"),
});
export const gazetteerSchema = z.strictObject({ $schema: z.string().optional(), places: z.array(placeSchema).min(1) });
/** `province_fr`: the French name of its province, filled in when loaded (from the province's `name_fr`). */
export type Place = z.output<typeof placeSchema> & { province_fr?: string };

/** The mission config with its gazetteer loaded: what the rest of the app receives. */
export interface Mission extends MissionFile {
  places: Place[];
  configPath: string;
}

export function loadMission(path: string): Mission {
  const file = readJson(path, missionSchema);
  const gazetteerPath = resolve(dirname(path), file.gazetteer);
  const { places } = readJson(gazetteerPath, gazetteerSchema);
  return { ...file, places: withFrenchProvinces(places), configPath: path };
}

/** Each place learns its province's French name from the province's own entry, so a French reader sees "Nord-Kivu". */
function withFrenchProvinces(places: Place[]): Place[] {
  const french = new Map(places.filter((p) => p.level === 'province' && p.name_fr).map((p) => [p.name, p.name_fr!]));
  return places.map((p) => (french.has(p.province) && !p.province_fr ? { ...p, province_fr: french.get(p.province)! } : p));
}

function readJson<T extends z.ZodType>(path: string, schema: T): z.output<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(path, null, `is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(path, issue.path, describeZodIssue(issue));
  }
  return parsed.data;
}
