import { z } from 'zod';

/**
 * `intake.kobo.forms[]` in the mission config: which KoBoToolbox forms Veille takes, and which of
 * each form's questions feed which alert field. Checked at start-up like the rest of the config, so
 * a misspelt alert field or a malformed question name stops Veille with a line naming it.
 */

/** Alert fields a form's question can feed. Counts are the victims' (DESIGN.md, the alert record). */
const KOBO_ALERT_FIELDS = [
  'description',
  'place',
  'locationText',
  'occurredAt',
  'category',
  'subType',
  'perpetrators',
  'priority',
  'restricted',
  'sourceType',
  'source',
  'killed',
  'injured',
  'abducted',
  'crsvSurvivors',
  'childrenAffected',
  'displaced',
] as const;
export type KoboAlertField = (typeof KOBO_ALERT_FIELDS)[number];

// XLSForm names (letters, digits, _ . -), joined by / when the question sits in a group.
const questionPath = z
  .string()
  .regex(/^[A-Za-z_][\w.-]*(\/[A-Za-z_][\w.-]*)*$/, 'a KoBo question name such as village, or its group path such as incident/village')
  .max(300);

const DESCRIPTIONS: Record<KoboAlertField, string> = {
  description: 'The question saying what happened (free text); unmapped answers are added after it',
  place: 'A gazetteer id or name (a select_one of place ids works best); an answer not in the gazetteer becomes the location text',
  locationText: 'Free-text location detail',
  occurredAt: 'When it happened: a date or dateTime question',
  category: 'A Veille category id (select_one with those ids as choice names)',
  subType: 'Sub-type, free text',
  perpetrators: 'Actor ids (select_multiple) or names separated by commas',
  priority: 'critical, high, medium or low: overrides the priority rule',
  restricted: 'yes/no: ask for the alert to be restricted',
  sourceType: 'A Veille source type id',
  source: "Who told us (an informant's name or phone): kept as the restricted source identity with the submitter, never posted",
  killed: 'Number killed (integer question)',
  injured: 'Number injured',
  abducted: 'Number abducted',
  crsvSurvivors: 'Number of CRSV survivors',
  childrenAffected: 'Number of children affected',
  displaced: 'Number displaced',
};

const koboFieldsSchema = z.strictObject(
  Object.fromEntries(KOBO_ALERT_FIELDS.map((field) => [field, questionPath.optional().describe(DESCRIPTIONS[field])])) as Record<KoboAlertField, z.ZodOptional<typeof questionPath>>,
);

const koboFormSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[\w.-]{1,100}$/, "the form's asset uid (as in its URL, e.g. aBcD3fGh4iJk5LmN6oPq7r) or its _xform_id_string")
      .describe("The form's asset uid or _xform_id_string: what KoBo sends as _xform_id_string"),
    name: z.string().min(1).max(80).optional().describe('A name for people reading the config and the audit trail'),
    fields: koboFieldsSchema.describe('Alert field → KoBo question name or group path, e.g. {"description": "what_happened", "place": "village", "killed": "nb_tues"}'),
  })
  .superRefine((form, ctx) => {
    // One question feeding two alert fields is a slip (and would say the same thing twice).
    const seen = new Map<string, string>();
    for (const [field, path] of Object.entries(form.fields)) {
      if (path === undefined) continue;
      const earlier = seen.get(path);
      if (earlier) ctx.addIssue({ code: 'custom', path: ['fields', field], message: `duplicate mapping: "${path}" already feeds ${earlier}` });
      seen.set(path, field);
    }
  });
export type KoboForm = z.output<typeof koboFormSchema>;

export const koboConfigSchema = z
  .strictObject({
    forms: z.array(koboFormSchema).default([]).describe('The KoBoToolbox forms whose REST Service posts to /api/v1/intake/kobo'),
  })
  .superRefine((kobo, ctx) => {
    const ids = new Set<string>();
    kobo.forms.forEach((form, i) => {
      if (ids.has(form.id)) ctx.addIssue({ code: 'custom', path: ['forms', i, 'id'], message: `duplicate form id "${form.id}"` });
      ids.add(form.id);
    });
  });
