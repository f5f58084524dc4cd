import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { isPerson, isSingularPerson } from './victim-words.js';

/**
 * People held, taken or made to carry loads who came back beaten or hurt are counted injured (C3, C12; reports47), when
 * no other reader counted them:
 * - one person held "and beaten": "A moto driver detained at the PNC sub-station for 4 days and beaten", "Un motard
 *   détenu 4 jours au sous-commissariat et battu" (1);
 * - all of the people named before say so: "released the 2 activists …; both report beatings", "les 3 militants …; tous
 *   disent avoir été battus" (the number of those named);
 * - "2 came back injured from beatings", "3 sont revenus blessés après avoir été battus" (the number);
 * - one of them: "l'un giflé et frappé à coups de pied", "one of them was beaten", "l'un relâché ce matin blessé" (1).
 * Look-alikes: "beaten" with nobody held or counted, a number of things ("2 came back with their motos").
 */
const BEATEN = /^(battus?|battues?|beaten|tabasse\w*|fouette\w*|whipped|flogged|frappe\w*|bastonne\w*|gifle\w*|slapped|kicked|injured|wounded|hurt|blesse\w*|beatings?|bastonnades?)$/;
const HELD = /^(detained|held|kept|locked|detenu\w*|retenu\w*|garde\w*|enferme\w*|arrested|arrete\w*|taken|pris|emmene\w*|enleve\w*|abducted|released|relache\w*|libere\w*|freed)$/;
const WORDS = ['battu', 'battus', 'battue', 'battues', 'beaten', 'tabasse*', 'fouette*', 'whipped', 'flogged', 'frappe*', 'bastonne*', 'gifle*', 'slapped', 'kicked', 'injured', 'wounded', 'hurt', 'blesse*', 'beating', 'beatings', 'bastonnade', 'bastonnades'];
const BEATEN_SAID = trigger(WORDS);
const ALL = /^(both|all|tous|toutes|les)$/;
const SAY = /^(say|says|said|report|reported|disent|dit|affirment|racontent|declarent|complain\w*)$/;
const FILL = /^(avoir|ete|they|were|was|had|have|been|of|them|deux|two|to|three|trois)$/;
const BACK = /^(came|come|returned|back|revenus?|revenues?|rentres?|rentrees?|sont|are|were)$/;

export function heldThenBeaten(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || !said(tokens, BEATEN_SAID)) return;
  const n = oneHeldAndBeaten(tokens) ?? allSayBeaten(tokens) ?? cameBackHurt(tokens) ?? oneOfThem(tokens);
  if (n !== null && n > 0) victims.injured = n;
}

// "A moto driver detained … and beaten": a singular person opening the report, held, then "and/et beaten" in the clause.
function oneHeldAndBeaten(tokens: readonly Token[]): number | null {
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(and|et)$/.test(tokens[i - 1]!.norm) || !BEATEN.test(tokens[i]!.norm) || /^(injured|wounded|hurt|blesse\w*|beatings?)$/.test(tokens[i]!.norm)) continue;
    let held = -1;
    for (let k = i - 2; k >= 0 && k >= i - 12; k--) {
      if (tokens[k + 1]!.stopBefore) break;
      if (HELD.test(tokens[k]!.norm)) held = k;
    }
    if (held < 1) continue;
    // the one held: "a moto driver detained", "un motard détenu"
    const who = tokens[held - 1]!;
    if (isSingularPerson(who.norm) && /^(a|an|un|une|the|le|la|l|moto|taxi)$/.test(tokens[held - 2]?.norm ?? '')) return 1;
  }
  return null;
}

// "the 2 activists …; both report beatings", "les 3 militants …; tous disent avoir été battus"
function allSayBeaten(tokens: readonly Token[]): number | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!ALL.test(tokens[i]!.norm) || tokens[i]!.norm === 'les') continue;
    let k = i + 1;
    if (!SAY.test(tokens[k]?.norm ?? '')) continue;
    k++;
    while (k < i + 8 && FILL.test(tokens[k]?.norm ?? '')) k++;
    if (!BEATEN.test(tokens[k]?.norm ?? '')) continue;
    if (tokens[i]!.norm === 'both') return 2;
    // the people named before: "les 3 militants", "the 2 civil society activists"
    for (let j = i - 1; j >= 1; j--) {
      const n = readNumber(tokens, j);
      if (!n || n.article || n.zero || !/^(les|the|des|ses|their)$/.test(tokens[j - 1]!.norm)) continue;
      // (the people, or a plural noun naming them: "les 3 militants", "the 2 activists")
      if (/^[a-z]{4,}s$/.test(tokens[n.next]?.norm ?? '')) return n.value;
      for (let p = n.next; p <= n.next + 3 && p < tokens.length; p++) if (isPerson(tokens[p]!.norm)) return n.value;
    }
  }
  return null;
}

// "2 came back injured from beatings", "3 sont revenus blessés après avoir été battus"
function cameBackHurt(tokens: readonly Token[]): number | null {
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero) continue;
    let k = n.next;
    if (!BACK.test(tokens[k]?.norm ?? '') || tokens[k]!.stopBefore) continue;
    while (k < n.next + 3 && BACK.test(tokens[k]?.norm ?? '')) k++;
    if (/^(injured|wounded|hurt|blesse\w*|beaten|battus?|battues?)$/.test(tokens[k]?.norm ?? '')) return n.value;
  }
  return null;
}

// "l'un giflé et frappé", "one of them was beaten", "l'un relâché ce matin blessé"
function oneOfThem(tokens: readonly Token[]): number | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    const lun = tokens[i]!.norm === 'l' && /^(un|une)$/.test(tokens[i + 1]!.norm);
    const oneOf = tokens[i]!.norm === 'one' && tokens[i + 1]!.norm === 'of' && /^(them|those)$/.test(tokens[i + 2]?.norm ?? '');
    if (!lun && !oneOf) continue;
    for (let k = i + 2; k < tokens.length && k <= i + 7; k++) {
      if (tokens[k]!.stopBefore) break;
      if (BEATEN.test(tokens[k]!.norm) && !/^(beatings?|bastonnades?)$/.test(tokens[k]!.norm)) return 1;
    }
  }
  return null;
}
