import type { Signals } from './categories.js';

/**
 * Peacekeepers who found, cleared, removed or destroyed ordnance did their job; nobody attacked them: "NEPBATT
 * engineers removed an unexploded shell at Kamanyola", "FPU destroyed a grenade found in Goma", "obus désamorcé par
 * les casques bleus"; ordnance lying near their post ("UXO reported near the NEPBATT COB") is where it lies. An
 * explosive hazard, not an attack on peacekeepers (a convoy hit by an IED, shells fired at a base, still are).
 */
const HANDLED = /^(removed|remove|removes|removing|cleared|clear|clears|clearing|destroyed|destroy|destroys|destroying|defused|defuse|defusing|neutrali[sz]ed|neutrali[sz]ing|detonated|disposed|secured|secure|securing|found|discovered|recovered|collected|marked|cordoned|fenced|detruit|detruite|detruits|detruisent|neutralise|neutralisee|neutralises|neutralisent|desamorce|desamorcee|desamorces|securise|securisee|securisent|retire|retiree|retirent|ramasse|ramassee|decouvert|decouverte|trouve|trouvee|recupere|recuperee|balise|balisee|bouclent|boucle|detone|detonee|evacue|evacuee|handled|rendered)$/;

// the peacekeepers' post named as where the ordnance lies: "near the INDBATT base", "200m from", "près de la base"
const NEAR = /^(near|nr|from|outside|beside|behind|pres|proximite|cote|loin|vers|around|autour)$/;

// a post stays where it is (ordnance near a convoy or a patrol may have been set for it)
const POST = /^(base|bases|position|positions|cob|tob|camp|post|poste|hq|qg|compound|office|bureau|quartier)$/;
const postAt = (t: Signals['tokens'], start: number, end: number): boolean => {
  for (let k = Math.max(0, start - 3); k < end + 2 && k < t.length; k++) if (POST.test(t[k]!.norm)) return true;
  return false;
};

// the ordnance itself, which some keyword families also read as an attack ("obus", "grenade", "bombe")
const ORDNANCE = /^(obus|shells?|bombes?|bombs?|grenades?|mortars?|mortiers?|roquettes?|rockets?|mines?|ied|eei|uxo|engins?|munitions?)$/;

/** Peacekeepers handled ordnance and the text tells no harm to anyone (no killing, wound or taking; no attack but the ordnance's own words). */
export function ordnanceHandledByPeacekeepers(s: Signals): boolean {
  if (!s.has('explosive') || s.has('kill') || s.has('injure') || s.has('abduct')) return false;
  const t = s.tokens;
  const ownWords = (h: { start: number }) => HANDLED.test(t[h.start]?.norm ?? '') || ORDNANCE.test(t[h.start]?.norm ?? '') || s.all('explosive').some((e) => e.start <= h.start && h.start < e.end);
  if (![...s.all('attack'), ...s.all('loot')].every(ownWords)) return false;
  return s.all('peacekeeper').every((p) => {
    // "NEPBATT engineers removed", "FPU destroyed", "casques bleus ont désamorcé"
    for (let k = p.end; k <= p.end + 4 && k < t.length; k++) {
      if (k > p.end && t[k]!.breakBefore) break;
      if (HANDLED.test(t[k]!.norm)) return true;
    }
    // "IED found by INDBATT patrol", "obus désamorcé par les casques bleus"; "UXO near the NEPBATT COB", "à 200m de la base"
    for (let k = p.start - 1; k >= p.start - 5 && k >= 0; k--) {
      if (t[k + 1]!.breakBefore) break;
      if ((t[k]!.norm === 'by' || t[k]!.norm === 'par') && k > 0 && (HANDLED.test(t[k - 1]!.norm) || HANDLED.test(t[k - 2]?.norm ?? ''))) return true;
      if (NEAR.test(t[k]!.norm) && postAt(t, p.start, p.end)) return true;
    }
    return false;
  });
}
