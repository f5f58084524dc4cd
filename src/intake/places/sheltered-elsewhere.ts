import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import { clauseBreak } from '../constructions/everyday-traffic-1.js';
import { spokenOfIncident } from './side-roles.js';

/**
 * Everyday field traffic (reports10): places said around the incident — where families sleep or head, where fighters were
 * seen, "the attack on X" under a heading, the wounded brought from. Used by places/where.ts.
 */

// "some families still sleeping in Beni", "des ménages dorment encore à Beni": where people shelter is not where it happened.
// Look-alike kept: "FARDC sleeping in the school" (armed men using a building: no people word before the verb).
const SHELTER_VERB_WORDS = ['spent', 'spends', 'spending', 'sleeping', 'sleep', 'sleeps', 'slept', 'staying', 'stay', 'stays', 'sheltering', 'sheltered', 'hiding', 'hosted', 'housed', 'camping', 'dorment', 'dormir', 'dort', 'dormaient', 'heberge', 'hebergee', 'heberges', 'hebergees', 'logent', 'loges', 'logees', 'abrites', 'abritees', 'caches', 'cachees', 'restent', 'demeurent'];
const SHELTER_VERB = oneOf(SHELTER_VERB_WORDS);
const SHELTER_VERB_SAID = trigger(SHELTER_VERB_WORDS);
// (a threatened person who spends the night elsewhere: "He spent last night in Oicha", "il dort à Beni")
const SHELTER_WHO = /^(he|she|il|elle|families|family|people|ppl|residents|idps|displaced|villagers|households|population|pop|familles|menages|personnes|pers|habitants|deplaces|dplces|villageois|civils|civilians|some|others|many|most|quelques|autres|beaucoup|plusieurs)$/;
const SHELTER_FILLER = /^(last|maintenant|desormais|still|are|were|now|continue|continuent|to|toujours|encore|sont|ont|de|the|les|in|at|a|au|dans|with|chez|en|nights?|nuits?|la|le|relatives|proches|des)$/;
export function shelteredElsewhere<P extends { start: number; end: number }>(places: readonly P[], tokens: readonly Token[]): P[] | null {
  if (!said(tokens, SHELTER_VERB_SAID)) return null;
  const sheltered = (p: P): boolean => {
    for (let j = p.start - 1; j >= 0 && j >= p.start - 5; j--) {
      if (tokens[j + 1]!.breakBefore) return false;
      if (SHELTER_VERB.test(tokens[j]!.norm)) {
        for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
          if (tokens[k + 1]!.breakBefore) return false;
          if (SHELTER_WHO.test(tokens[k]!.norm)) return true;
        }
        return false;
      }
      if (!SHELTER_FILLER.test(tokens[j]!.norm)) return false;
    }
    return false;
  };
  const away = places.filter(sheltered);
  return away.length > 0 && away.length < places.length ? [...places.filter((p) => !sheltered(p)), ...away] : null;
}

// "families moving north towards Lubero", "la population se déplace vers Butembo": where people go is not where it happened
// (fighters heading somewhere stay read by headedTo: "M23 moving towards Sake" is Sake).
// ("she left for Beni town": a person leaving for a place)
const TOWARD = /^(towards?|twd|twds|vers|to|for)$/;
const COMPASS = /^(north|south|east|west|northwards|southwards|nord|sud|est|ouest|further|plus|loin|au|du|the|le|la|en|direction|de)$/;
const PEOPLE_GOING_WORDS = ['moving', 'move', 'moved', 'going', 'heading', 'headed', 'walking', 'relocating', 'relocated', 'leaving', 'left', 'se', 'deplacent', 'deplace', 'dirigent', 'partent', 'vont', 'marchent', 'quittent'];
const PEOPLE_GOING = oneOf(PEOPLE_GOING_WORDS);
const PEOPLE_GOING_SAID = trigger(PEOPLE_GOING_WORDS);
const PEOPLE_WHO = /^(he|she|il|elle|families|family|people|ppl|residents|idps|displaced|villagers|households|population|pop|familles|menages|personnes|pers|habitants|deplaces|villageois|civils|civilians)$/;
export function peopleHeadedTo<P extends { start: number; end: number }>(places: readonly P[], tokens: readonly Token[]): P[] | null {
  if (!said(tokens, PEOPLE_GOING_SAID)) return null;
  const headed = (p: P): boolean => {
    let j = p.start - 1;
    if (!TOWARD.test(tokens[j]?.norm ?? '')) return false;
    j--;
    while (j >= 0 && j >= p.start - 5 && COMPASS.test(tokens[j]!.norm)) j--;
    if (j < 0 || !PEOPLE_GOING.test(tokens[j]!.norm) || clauseBreak(tokens, j, p.start - 1)) return false;
    return [1, 2, 3].some((d) => PEOPLE_WHO.test(tokens[j - d]?.norm ?? '') && !clauseBreak(tokens, j - d, j));
  };
  const to = places.filter(headed);
  return to.length > 0 && to.length < places.length ? [...places.filter((p) => !headed(p)), ...to] : null;
}

// "CODECO en mouvement vers Djugu centre, environ 50 éléments armés vus à Pimbo": where fighters were seen is where it
// happened, not the place they head for.
const SEEN_WORDS = ['seen', 'spotted', 'sighted', 'observed', 'reported', 'present', 'vus', 'vues', 'vu', 'apercus', 'apercues', 'observes', 'signales', 'signalees', 'presents', 'aperçus'];
const SEEN = oneOf(SEEN_WORDS);
const SEEN_SAID = trigger(SEEN_WORDS);
const HEADED_SAID = trigger(['toward', 'towards', 'vers', 'twd']);
export function seenRatherThanHeaded<P extends { start: number; end: number }>(places: readonly P[], tokens: readonly Token[]): P[] | null {
  if (!said(tokens, SEEN_SAID) || !said(tokens, HEADED_SAID)) return null;
  const seen = (p: P): boolean => [1, 2].some((d) => SEEN.test(tokens[p.start - d]?.norm ?? '') && (d === 1 || /^(at|in|a|au|near|around|dans|pres|en)$/.test(tokens[p.start - 1]!.norm)) && !clauseBreak(tokens, p.start - d, p.start));
  const headed = (p: P): boolean => [1, 2, 3].some((d) => /^(towards?|vers|twd)$/.test(tokens[p.start - d]?.norm ?? '') && !clauseBreak(tokens, p.start - d, p.start));
  const at = places.filter(seen);
  if (at.length === 0 || !places.some(headed)) return null;
  return [...at, ...places.filter((p) => !seen(p))];
}

// "Djugu centre: le bilan de l'attaque de Pimbo revu à la hausse", "Beni - toll of the attack on Mbau rises": under a
// heading, the place of the attack named is where it happened ("Oicha, 3 killed" stays Oicha: no place of an attack).
const INCIDENT_WORDS = ['attaque', 'attaques', 'attack', 'attacks', 'raid', 'raids', 'incursion', 'incursions', 'massacre', 'massacres', 'embuscade', 'ambush', 'tuerie', 'killings', 'assault'];
const INCIDENT = oneOf(INCIDENT_WORDS);
const INCIDENT_SAID = trigger(INCIDENT_WORDS);
const INCIDENT_LINK = /^(de|du|d|on|in|at|of|a|contre|sur|against|the|le|la|l)$/;
export function incidentUnderHeading<P extends { start: number; end: number }>(places: P[], tokens: readonly Token[]): P[] {
  if (places.length < 2 || !said(tokens, INCIDENT_SAID)) return places;
  const head = places.find((p) => p.start === 0);
  if (!head || head.end >= tokens.length || !(tokens[head.end]!.breakBefore || tokens[head.end]!.start - tokens[head.end - 1]!.end > 1)) return places;
  const ofIncident = (p: P): boolean => {
    if (p.start < head.end) return false;
    let j = p.start - 1;
    let links = 0;
    while (j >= 0 && links < 2 && INCIDENT_LINK.test(tokens[j]!.norm)) {
      j--;
      links++;
    }
    return links > 0 && j >= 0 && INCIDENT.test(tokens[j]!.norm) && !spokenOfIncident(tokens, j);
  };
  const named = places.filter(ofIncident);
  return named.length > 0 ? [...named, ...places.filter((p) => !ofIncident(p))] : places;
}

// "Nyankunde hospital reports 3 wounded civilians arriving from Marabo", "blessés amenés de Kamango à l'hôpital de Beni":
// the wounded came from where they were harmed.
const BROUGHT_WORDS = ['arriving', 'arrived', 'brought', 'evacuated', 'coming', 'amenes', 'amenees', 'arrives', 'arrivees', 'arrivent', 'evacues', 'ramenes', 'transportes', 'venant', 'venus', 'venues'];
const BROUGHT = oneOf(BROUGHT_WORDS);
const BROUGHT_SAID = trigger(BROUGHT_WORDS);
export function hurtBroughtFrom<P extends { start: number; end: number }>(places: readonly P[], tokens: readonly Token[], hurt: boolean): P[] | null {
  if (!hurt || !said(tokens, BROUGHT_SAID)) return null;
  const from = places.filter((p) => /^(from|de|d|du)$/.test(tokens[p.start - 1]?.norm ?? '') && BROUGHT.test(tokens[p.start - 2]?.norm ?? ''));
  return from.length > 0 && from.length < places.length ? [...from, ...places.filter((p) => !from.includes(p))] : null;
}

