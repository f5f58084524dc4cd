import type { Mission } from '../../config/mission.js';
import type { LeftAndReleased, NowRestrictedHeldHere, Released, Retracted } from '../../alerts/restriction-facts.js';
import type { Language } from '../../domain/taxonomy.js';
import { t } from '../i18n/index.js';
import type { SlackMessage } from '../views/card.js';
import { person as mention, postable } from '../views/mrkdwn.js';

/** The notice a withdrawn post becomes: which restricted sections hold the details now. */
export function renderRetracted(mission: Pick<Mission, 'sections'>, fact: Retracted, language: Language): SlackMessage {
  if (fact.stepOnly) {
    const r = t(language);
    const { step, closure } = fact.stepOnly;
    if (step === 'acknowledged') return { text: r.reporter.acknowledgedPlain(fact.reference), blocks: [] };
    if (step === 'responded') return { text: r.reporter.respondedPlain(fact.reference), blocks: [] };
    return { text: r.reporter.closed(fact.reference, r.closures[closure ?? 'resolved'].toLowerCase()), blocks: [] };
  }
  const c = t(language).restriction;
  const holders = fact.heldBy.flatMap((id) => mission.sections.filter((s) => s.id === id));
  const where = holders.length ? holders.map((s) => `${s.name} (<#${s.channel}>)`).join(', ') : c.theRestrictedSections;
  return { text: (fact.leftChannel ? c.withdrawnLeft : c.withdrawn)(fact.reference, where), blocks: [] };
}

/** What a restricted section now holding it hears in its thread: leads mentioned, who was released. */
export function renderHeldHere(fact: NowRestrictedHeldHere, language: Language): SlackMessage {
  const c = t(language).restriction;
  const leads = fact.leads.length ? fact.leads.map(mention).join(' ') : null;
  const lines = [
    c.heldHere(leads, fact.reference, fact.edited),
    ...fact.released.map((r) => (r.type === 'owner' ? c.ownerReleased(mention(r.owner)) : releasedTask(r, fact.reference, language))),
  ];
  return { text: lines.join('\n'), blocks: [] };
}

/** What the restricted sections holding it hear when someone working it left one of them and was released. */
export function renderLeftReleased(fact: LeftAndReleased, language: Language): SlackMessage {
  const c = t(language).restriction;
  const leads = fact.leads.length ? fact.leads.map(mention).join(' ') : null;
  const lines = [
    c.leftReleased(leads, mention(fact.left), `<#${fact.channel}>`, fact.reference),
    ...fact.released.map((r) => (r.type === 'owner' ? c.noOwnerNow(fact.reference) : releasedTask(r, fact.reference, language))),
  ];
  return { text: lines.join('\n'), blocks: [] };
}

function releasedTask(task: Extract<Released, { type: 'task' }>, reference: string, language: Language): string {
  return t(language).restriction.taskReleased(postable(task.text, 300), mention(task.owner), reference);
}
