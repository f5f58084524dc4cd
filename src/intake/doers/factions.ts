import type { Perpetrator } from '../../domain/alert.js';
import { memberOfVictim, victimsFollow, type ActorIndex } from './actors.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Mai-Mai factions named without the word "Mai-Mai": "enlevé par les Kyandenga", "Kifuafua
 * fighters", "Mazembe men". The faction is the mission's Mai-Mai actor when it has one; the
 * faction's own name, kept as free text by the group finder, then goes.
 */
// (Yakutumba stays free text as the perpetrators tests expect: "miliciens Yakutumba".)
const FACTION_WORDS = ['kyandenga', 'kifuafua', 'mazembe', 'malaika'];
const MAI_MAI_FACTIONS = oneOf(FACTION_WORDS);
const FACTION_SAID = trigger(FACTION_WORDS);
// "attack against the Kyandenga", "opération contre les Mazembe": the faction is the target.
const AGAINST = /^(against|contre|on|sur|targeting|visant|ciblant)$/;
const ARTICLE = /^(the|les|des|la|le|l|d)$/;

// Units of the army named by their service: "arrested by military intelligence", "la police militaire",
// "la Garde républicaine" are the FARDC.
const ARMY_UNITS = [
  ['military', 'intelligence'], ['renseignements', 'militaires'], ['renseignement', 'militaire'], ['demiap'], ['ex', 'demiap'],
  ['military', 'police'], ['police', 'militaire'], ['republican', 'guard'], ['garde', 'republicaine'],
];
// (the first word of each, "ex" aside: "ex demiap" needs "demiap")
const ARMY_UNIT_SAID = trigger(ARMY_UNITS.map((unit) => unit[0]!).filter((w) => w !== 'ex'));

// ("… de la garde républicaine tués à Kiwanja": the French participle then "à" and a place, not the English article "a")
const FRENCH_HARMED = /^(tues?|tuees?|blesses?|blessees?|enleves?|enlevees?|abattus?|morts?)$/;
function frenchHarmAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  return !!word && !word.breakBefore && FRENCH_HARMED.test(word.norm) && (tokens[k + 1]?.breakBefore !== false || /^(a|au|pres|dans|sur|lors|ce|cette|hier)$/.test(tokens[k + 1]!.norm));
}

/** The army unit named as the doer (not the target), or null: its last word tells the DEMIAP apart (C15). */
function armyUnitNamed(tokens: readonly Token[]): readonly string[] | null {
  for (let i = 0; i < tokens.length; i++) {
    for (const unit of ARMY_UNITS) {
      if (!unit.every((w, j) => tokens[i + j]?.norm === w && (j === 0 || !tokens[i + j]!.breakBefore))) continue;
      const before = tokens[i - 1]?.norm ?? '';
      // ("2 soldats de la garde républicaine tués", "two officers of the Republican Guard killed": its members, the victims)
      if (memberOfVictim(tokens, i) && (victimsFollow(tokens, i + unit.length) || frenchHarmAt(tokens, i + unit.length))) continue;
      if (!(AGAINST.test(before) || (ARTICLE.test(before) && AGAINST.test(tokens[i - 2]?.norm ?? '')))) return unit;
    }
  }
  return null;
}

export function withFactions(found: Perpetrator[], tokens: readonly Token[], actors: ActorIndex): Perpetrator[] {
  const army = actors.byId('fardc');
  const unit = army && !found.some((p) => p.actorId === army.id) && said(tokens, ARMY_UNIT_SAID) ? armyUnitNamed(tokens) : null;
  // C15: the DEMIAP, the army's military intelligence, is the FARDC (HRDDP) and stays named as written (C5).
  const service = unit?.at(-1) === 'demiap' && !found.some((p) => p.actorId === null && p.name.toLowerCase() === 'demiap') ? [{ actorId: null, name: 'DEMIAP' }] : [];
  const list = army && unit ? [...found, actors.perpetrator(army), ...service] : found;
  const maiMai = actors.byId('mai-mai');
  if (!maiMai) return list;
  let named = false;
  for (let i = 0; i < tokens.length && !named && said(tokens, FACTION_SAID); i++) {
    if (!MAI_MAI_FACTIONS.test(tokens[i]!.norm)) continue;
    const before = tokens[i - 1]?.norm ?? '';
    const target = AGAINST.test(before) || (ARTICLE.test(before) && AGAINST.test(tokens[i - 2]?.norm ?? ''));
    if (!target) named = true;
  }
  const rest = list.filter((p) => p.actorId !== null || !p.name.split(/\s+/).some((w) => MAI_MAI_FACTIONS.test(w.toLowerCase())));
  if (!named && rest.length === list.length) return list;
  return rest.some((p) => p.actorId === maiMai.id) || !named ? rest : [...rest, actors.perpetrator(maiMai)];
}
