import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Where the people are now, not where it happened (pending reports31): a place named after the incident's own as the place
 * the displaced now stay ("Approx 300 HH now in Mutwanga", "les familles sont désormais à Oicha"), where a team went back
 * to ("no one hurt, team went back to Walikale-centre", "l'équipe est rentrée à Beni"), or where survivors are cared for
 * ("Survivors at Oicha HGR", "les blessés à Oicha"). Such a place goes after the other places named.
 * Look-alikes kept: fighters now somewhere ("ADF now in Mamove": no people word before), displaced who went back home
 * ("IDPs returned to Kamango": a return, read where they return), a place alone (nothing to prefer).
 */
const NOW_WORDS = ['now', 'maintenant', 'desormais', 'actuellement', 'currently'];
const NOW: ReadonlySet<string> = new Set(NOW_WORDS);
const NOW_WHO = new Set(['hh', 'households', 'menages', 'families', 'familles', 'idps', 'deplaces', 'displaced', 'people', 'ppl', 'pop', 'population', 'personnes', 'pers', 'they', 'ils', 'elles', 'survivors', 'survivantes', 'survivants', 'victims', 'victimes', 'wounded', 'blesses', 'injured']);
const BACK_WORDS = ['back', 'returned', 'retourne', 'retournee', 'retournes', 'retournees', 'rentre', 'rentree', 'rentres', 'rentrees', 'repartie', 'repartis', 'reparti', 'withdrew', 'replie', 'repliee', 'replies'];
const BACK: ReadonlySet<string> = new Set(BACK_WORDS);
const BACK_WHO = new Set(['team', 'teams', 'equipe', 'equipes', 'ptl', 'patrol', 'patrouille', 'convoy', 'convoi', 'mission', 'staff', 'crew', 'vehicle', 'vehicule', 'agents']);
const CARED_WORDS = ['survivors', 'survivantes', 'survivants', 'survivor', 'survivante', 'wounded', 'injured', 'blesses', 'blessees'];
const CARED: ReadonlySet<string> = new Set(CARED_WORDS);
// (people now somewhere, gone back, or cared for)
const ELSEWHERE_SAID = trigger([...NOW_WORDS, ...BACK_WORDS, ...CARED_WORDS]);
const AT = new Set(['in', 'at', 'a', 'au', 'dans', 'to', 'vers', 'sur', 'en']);
const FILLER = new Set(['are', 'is', 'were', 'sont', 'est', 'now', 'in', 'at', 'staying', 'went', 'gone', 'has', 'have', 'a', 'ete', 'the', 'l', 'la', 'le', 'les']);

function nowElsewhere(tokens: readonly Token[], start: number): boolean {
  if (!AT.has(tokens[start - 1]?.norm ?? '') || tokens[start]!.breakBefore) return false;
  // ("Survivors at Oicha HGR" opens its clause; "3 blessés à Mutwanga" is where they were hurt)
  if (CARED.has(tokens[start - 2]?.norm ?? '') && !tokens[start - 1]!.breakBefore && clauseHead(tokens, start - 2)) return true;
  for (let j = start - 2; j >= 0 && j >= start - 5; j--) {
    if (tokens[j + 1]!.breakBefore) return false;
    const norm = tokens[j]!.norm;
    const who = NOW.has(norm) ? NOW_WHO : BACK.has(norm) ? BACK_WHO : null;
    if (who) {
      for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
        if (tokens[k + 1]!.breakBefore) return false;
        if (who.has(tokens[k]!.norm)) return true;
      }
      return false;
    }
    if (!FILLER.has(norm)) return false;
  }
  return false;
}

function clauseHead(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || tokens[i]!.breakBefore) return true;
  return /^(the|les|des)$/.test(tokens[i - 1]!.norm) && (i === 1 || tokens[i - 1]!.breakBefore);
}

export function nowElsewhereLast<P extends { start: number; end: number }>(places: P[], tokens: readonly Token[]): P[] {
  if (places.length < 2 || !said(tokens, ELSEWHERE_SAID)) return places;
  const away = places.filter((p) => nowElsewhere(tokens, p.start));
  const rest = places.filter((p) => !away.some((a) => a.start === p.start));
  return away.length === 0 || rest.length === 0 ? places : [...rest, ...places.filter((p) => !rest.includes(p))];
}
