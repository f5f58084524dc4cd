import type { Perpetrator, VictimKey } from '../domain/alert.js';
import { VICTIM_KEYS } from '../domain/alert.js';
import type { CategoryId, Priority, SourceType } from '../domain/taxonomy.js';
import type { IntakeContext } from './context.js';
import { tokenize } from './normalize.js';
import { parseCount } from './numbers.js';
import { categoryValue, priorityValue, sourceValue, yesNoValue } from './override-values.js';
import { findOverrides, type RawOverride } from './overrides.js';
import type { PlaceOverride } from './places/read-place.js';
import { dedupePerpetrators } from './doers/read-doers.js';

/** What the reporter set with `key:value` in the text; each wins over what the text says. */
export interface Overrides extends PlaceOverride {
  priority?: Priority;
  category?: { category: CategoryId; subType: string | null };
  perpetrators?: Perpetrator[];
  restricted?: boolean;
  source?: SourceType;
  counts: Partial<Record<VictimKey, number>>;
}

const COUNT_KEYS = new Set<string>(VICTIM_KEYS);

/** The understood overrides (they leave the description); one not understood stays in it, with a warning. */
export function readOverrides(text: string, ctx: IntakeContext, warnings: string[]): { overrides: Overrides; understood: RawOverride[] } {
  const overrides: Overrides = { counts: {} };
  const understood: RawOverride[] = [];
  for (const o of findOverrides(text)) {
    const ok = applyOverride(o, ctx, overrides, warnings);
    if (ok) understood.push(o);
  }
  return { overrides, understood };
}

/** True when the override was understood (its token leaves the description); otherwise a warning says why. */
function applyOverride(o: RawOverride, ctx: IntakeContext, out: Overrides, warnings: string[]): boolean {
  const bad = (expected: string): false => {
    warnings.push(`"${o.raw}": ${expected}; kept in the description`);
    return false;
  };
  switch (o.key) {
    case null:
      warnings.push(`Unknown override "${o.raw}" kept in the description`);
      return false;
    case 'priority': {
      const p = priorityValue(o.value);
      if (!p) return bad('priority is critical, high, medium or low (critique, haute, moyenne, basse)');
      out.priority = p;
      return true;
    }
    case 'place': {
      const exact = ctx.gazetteer.lookup(o.value);
      const within = exact ? null : ctx.gazetteer.match(o.value);
      out.place = exact ?? within?.place ?? null;
      if (!exact) out.placeText = o.value;
      if (!out.place) warnings.push(`Place "${o.value}" is not in the gazetteer; kept as the location text`);
      return true;
    }
    case 'category': {
      const c = categoryValue(o.value, ctx);
      if (!c) return bad('not a category (e.g. attack_on_civilians, abduction, crsv, child_violation)');
      out.category = c;
      return true;
    }
    case 'perp': {
      const list = ctx.actors.fromOverride(o.value);
      if (list.length === 0) return bad('no perpetrator given');
      out.perpetrators = dedupePerpetrators([...(out.perpetrators ?? []), ...list]);
      return true;
    }
    case 'restricted': {
      const r = yesNoValue(o.value);
      if (r === null) return bad('restricted is yes or no (oui, non)');
      out.restricted = r;
      return true;
    }
    case 'source': {
      const s = sourceValue(o.value);
      if (!s) return bad('source is community_alert_network (can), patrol, unpol, human_rights_monitoring (hr), humanitarian_partner, media or other');
      out.source = s;
      return true;
    }
    default: {
      const n = COUNT_KEYS.has(o.key) ? parseCount(tokenize(o.value)) : null;
      if (n === null) return bad('a count is a number such as 4 or four');
      out.counts[o.key] = n;
      return true;
    }
  }
}
