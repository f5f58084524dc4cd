import type { Mission } from '../../config/mission.js';
import type { NowRestrictedHeldHere, Retracted } from '../../alerts/restriction-facts.js';
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
  return { text: c.withdrawn(fact.reference, where), blocks: [] };
}

/** What a restricted section now holding it hears in its thread: leads mentioned, who was released. */
export function renderHeldHere(fact: NowRestrictedHeldHere, language: Language): SlackMessage {
  const c = t(language).restriction;
  const leads = fact.leads.length ? fact.leads.map(mention).join(' ') : null;
  const lines = [
    c.heldHere(leads, fact.reference, fact.edited),
    ...fact.released.map((r) => (r.type === 'owner' ? c.ownerReleased(mention(r.owner)) : c.taskReleased(postable(r.text, 300), mention(r.owner), fact.reference))),
  ];
  return { text: lines.join('\n'), blocks: [] };
}
