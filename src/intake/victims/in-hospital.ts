import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * People said to be in hospital after an attack are the injured (pending reports38): "1 peacekeeper died of wounds, 2 still
 * in hospital", "3 toujours à l'hôpital", "l'un évacué à l'hôpital de Kayna", "one of them evacuated to HGR Beni", "the WHO
 * staff attacked yesterday is out of hospital", "l'agent agressé est sorti de l'hôpital". Read only when a harm is said
 * (the caller checks) and no injured count was read. Look-alikes kept out: "30 patients in hospital for cholera" (no harm:
 * the caller), "the bodies at the hospital morgue" (no count before), "2 killed, 3 injured, 1 still in hospital" (a count
 * read already).
 */
const HOSPITAL_WORDS = ['hospital', 'hopital', 'hgr', 'hospitalised', 'hospitalized', 'hospitalises', 'hospitalisees'];
const HOSPITAL: ReadonlySet<string> = new Set(HOSPITAL_WORDS);
const STILL = /^(still|toujours|encore|are|sont|remain|remains|restent|reste|now|currently|actuellement|in|at|a|au|l|the|a|dans)$/;
const ONE_OF = [['l', 'un'], ['l', 'une'], ['one', 'of', 'them'], ['un', 'd', 'eux'], ['une', 'd', 'elles'], ['one']];
const TAKEN = /^(evacue|evacuee|evacuated|admitted|admis|admise|hospitalise|hospitalisee|hospitalised|hospitalized|taken|transfere|transferee|transferred)$/;
const OUT = [['out', 'of', 'hospital'], ['sorti', 'de', 'l', 'hopital'], ['sortie', 'de', 'l', 'hopital'], ['discharged'], ['left', 'hospital'], ['quitte', 'l', 'hopital']];
const HOSPITAL_SAID = trigger([...HOSPITAL_WORDS, ...OUT.map((p) => p[0]!)]);
const ONE_PERSON = /^(staff|agent|worker|man|woman|driver|chauffeur|teacher|enseignant|nurse|infirmier|infirmiere|he|she|il|elle|victim|victime|homme|femme|motard|chief|chef)$/;

const at = (tokens: readonly Token[], i: number, p: readonly string[]): boolean => p.every((w, d) => tokens[i + d]?.norm === w && (d === 0 || !tokens[i + d]!.breakBefore));

export function inHospitalCount(tokens: readonly Token[], victims: Victims): void {
  if ((victims.injured !== null && victims.injured !== undefined) || !said(tokens, HOSPITAL_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!HOSPITAL.has(tokens[i]!.norm)) continue;
    // "2 still in hospital", "3 toujours à l'hôpital"
    let k = i - 1;
    while (k >= 0 && k >= i - 4 && STILL.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
    const n = k >= 0 && k < i - 1 && !tokens[k + 1]!.breakBefore ? readNumber(tokens, k) : null;
    if (n && !n.zero && !n.article && n.next === k + 1) {
      // ("5 morts (4 sur place, 1 à l'hôpital)", "5 dead, 4 on the spot and 1 in hospital": where the dead died, reports49)
      if (diedOnTheSpotBefore(tokens, k)) continue;
      victims.injured = n.value;
      return;
    }
    // "l'un évacué à l'hôpital", "one of them evacuated to hospital"
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      if (tokens[j + 1]!.breakBefore) break;
      if (TAKEN.test(tokens[j]!.norm) && ONE_OF.some((p) => at(tokens, j - p.length, p) && !tokens[j]!.breakBefore)) {
        victims.injured = 1;
        return;
      }
    }
  }
  // "the WHO staff attacked … is out of hospital", "l'agent … est sorti de l'hôpital"
  for (let i = 1; i < tokens.length; i++) {
    if (!OUT.some((p) => at(tokens, i, p))) continue;
    for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
      if (tokens[j + 1]!.stopBefore) break;
      // ("the WHO staff", "l'agent de l'OMS", "he"): one person, named with an article or as a pronoun
      const w = tokens[j]!.norm;
      if (ONE_PERSON.test(w) && (/^(he|she|il|elle)$/.test(w) || [1, 2].some((d) => /^(the|l|le|la)$/.test(tokens[j - d]?.norm ?? '')))) {
        victims.injured = 1;
        return;
      }
    }
  }
}

const ON_THE_SPOT = [['sur', 'place'], ['sur', 'le', 'coup'], ['on', 'the', 'spot'], ['on', 'spot'], ['on', 'site'], ['instantly']];
/** A part of the dead said to have died on the spot just before the hospital count: the count is of dead too. */
function diedOnTheSpotBefore(tokens: readonly Token[], count: number): boolean {
  for (let j = count - 1; j >= 0 && j >= count - 6; j--) if (ON_THE_SPOT.some((p) => at(tokens, j, p))) return true;
  return false;
}
