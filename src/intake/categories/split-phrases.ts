import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Phrases whose words come apart in field reports, so the keyword index cannot see them:
 * forced labour ("les Wazalendo obligent les habitants à transporter leurs munitions", "villagers
 * forced to carry loads", "made to work on M23 fortifications") and calls to violence ("calling Hema
 * youths to drive the Lendu out", "appelant les jeunes à chasser les Hunde").
 */

const FORCED_LABOUR = 'forced_labour';

// Someone made to do something: the compulsion, then (a few words later) the work.
const COMPEL = /^(forced|forcing|force|forcent|forcaient|forces|forcees|made|make|makes|obliges?|obligees?|obligent|obligeaient|obliger|contraint|contraints|contraintes?|contraignent|contraignaient|requisitionn\w*|compelled|compelling|coerced|pressed|imposes?|imposent|imposed|imposing|imposaient)$/;
const WORK = /^(carry|carrying|transport|transporter|porter|portent|dig|digging|creuser|work|working|travailler|labour|labor|build|building|construire|clean|cleaning|nettoyer|cultivate|cultivating|cultiver|fetch|fetching|puiser|chercher|cook|cooking|preparer|cut|cutting|couper|collect|ramasser|loads?|colis|charges?|fardeaux|bagages|baggage|luggage|munitions|ammunition|trenches|tranchees|fortifications?|salongo)$/;
// "forced to pay" is extortion, "forced to flee" displacement, "forced into marriage" sexual slavery: not labour.
const NOT_WORK = /^(pay|payer|flee|fuir|leave|quitter|marry|epouser|marriage|mariage|join|rejoindre|enrol\w*|enroll\w*|fight|combattre|sex|sexe)$/;
// A labour levy: each household made to send someone to work ("M23 requiring every household to send one person to dig
// trenches, 'or pay 10$'", "le M23 exige que chaque ménage envoie une personne creuser des tranchées"): the demand, the
// sending (within six words), then the work (within six more). "exige 20$ par ménage" sends nobody: no labour.
const DEMAND = /^(requiring|require|requires|required|demanding|demands|demanded|ordering|orders|ordered|exige|exigent|exigeant|exigeait|ordonne|ordonnent|ordonnant|oblige|obligent)$/;
const SEND = /^(send|sending|sends|provide|providing|supply|envoie|envoient|envoyer|fournisse|fournissent|fournir|donner|donne)$/;
// Labour named as such: "travaux forcés", "forced labour", "salongo forcé".
const NAMED = [['forced', 'labour'], ['forced', 'labor'], ['travaux', 'forces'], ['travail', 'force'], ['salongo', 'force'], ['corvee', 'forcee'], ['corvees', 'forcees'], ['unpaid', 'labour'], ['unpaid', 'labor']];

// "salongo": the Congolese word for community work, imposed by armed groups as forced labour ("les M23 imposent le salongo").
/** Words that call others to act ("calling Hema youths to…", "appelant les jeunes à…"). */
export const CALL = /^(calling|calls|called|call|urging|urge|urges|urged|appelant|appellent|appelle|appele|appeles|appeler|exhortant|exhortent|exhorte|poussant|poussent|pousse|invitant|invite|invites|invitent|incitant|encouraging|encourages|encouraged|encourage|encouragent|demandant|incitent|incite|inciting)$/;
const VIOLENCE = /^(expelled|chased|driven|expulses?|chasses?|killed|tues?|drive|chase|expel|kill|attack|burn|chasser|expulser|tuer|attaquer|bruler|massacrer|exterminer|eliminer|eliminate|exterminate|massacre|slaughter|lynch|lyncher|take|prendre|hunt|chasse|traquer|finish|finir|arm|armer|rise|soulever|lyncher|lynch)$/;

// Children put to an armed group's work ("using children as scouts", "enfants utilisés comme éclaireurs", "kids working as cooks"):
// the use of children, a grave violation, even without the word recruit.
const CHILDREN = /^(children|child|kids|kid|minors|boys|girls|enfants|enfant|mineurs|garcons|fillettes|kadogos?|watoto)$/;
const ROLE = /^(scouts?|messengers?|cooks?|porters?|spies|spy|guards?|escorts?|lookouts?|fighters?|informants?|eclaireurs?|messagers?|cuisinier\w*|porteurs?|espions?|gardes?|sentinelles?|combattants?|informateurs?|estafettes?|guetteurs?)$/;
// (every hit opens on a child word, a compelling verb, a calling verb or the first word of a labour named: the four above)
const SPLIT_PHRASE_SAID = trigger([
  'children', 'child', 'kids', 'kid', 'minors', 'boys', 'girls', 'enfants', 'enfant', 'mineurs', 'garcons', 'fillettes', 'kadogo', 'kadogos', 'watoto',
  'forced', 'travaux', 'travail', 'salongo', 'corvee', 'corvees', 'unpaid',
  'forcing', 'force', 'forcent', 'forcaient', 'forces', 'forcees', 'made', 'make', 'makes', 'oblige', 'obliges', 'obligee', 'obligees', 'obligent',
  'obligeaient', 'obliger', 'contraint', 'contraints', 'contrainte', 'contraintes', 'contraignent', 'contraignaient', 'requisitionn*', 'compelled',
  'compelling', 'coerced', 'pressed', 'impose', 'imposes', 'imposent', 'imposed', 'imposing', 'imposaient',
  'requiring', 'require', 'requires', 'required', 'demanding', 'demands', 'demanded', 'ordering', 'orders', 'ordered', 'exige', 'exigent', 'exigeant',
  'exigeait', 'ordonne', 'ordonnent', 'ordonnant',
  'calling', 'calls', 'called', 'call', 'urging', 'urge', 'urges', 'urged', 'appelant', 'appellent', 'appelle', 'appele', 'appeles', 'appeler', 'exhortant',
  'exhortent', 'exhorte', 'poussant', 'poussent', 'pousse', 'invitant', 'invite', 'invites', 'invitent', 'incitant', 'encouraging', 'encourages',
  'encouraged', 'encourage', 'encouragent', 'demandant', 'incitent', 'incite', 'inciting',
]);
function childrenUsed(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + 4 && k + 1 < tokens.length; k++) {
    if (tokens[k]!.breakBefore) return -1;
    if ((tokens[k]!.norm === 'as' || tokens[k]!.norm === 'comme') && ROLE.test(tokens[k + 1]!.norm)) return k + 2;
  }
  return -1;
}

/** `armed`: the text names an armed group or armed men (children paid to carry a trader's goods are no violation). */
export function splitPhraseHits(tokens: readonly Token[], armed: boolean): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, SPLIT_PHRASE_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (armed && CHILDREN.test(w)) {
      const end = childrenUsed(tokens, i);
      if (end > 0) out.push({ value: { signal: 'recruit', subType: 'recruitment' }, start: i, end });
    }
    const named = NAMED.find(([a, b]) => w === a && tokens[i + 1]?.norm === b && !tokens[i + 1]!.breakBefore);
    if (named) {
      out.push({ value: { signal: 'torture', subType: FORCED_LABOUR }, start: i, end: i + 2 });
      continue;
    }
    if (DEMAND.test(w)) {
      const sent = within(tokens, i, 6, SEND, NOT_WORK);
      const end = sent > 0 ? within(tokens, sent - 1, 6, WORK, NOT_WORK) : -1;
      if (end > 0) {
        out.push({ value: { signal: 'torture', subType: FORCED_LABOUR }, start: i, end });
        continue;
      }
    }
    if (COMPEL.test(w) && !forcesNoun(tokens, i)) {
      const end = within(tokens, i, 7, WORK, NOT_WORK);
      if (end > 0) out.push({ value: { signal: 'torture', subType: FORCED_LABOUR }, start: i, end });
    } else if (CALL.test(w)) {
      const end = within(tokens, i, 6, VIOLENCE, null, true);
      if (end > 0) out.push({ value: { signal: 'hate', subType: null }, start: i, end });
    }
  }
  return out;
}

// The end of the first word matching `want` within `window` words of i in the same clause (none matching `stop` first).
function within(tokens: readonly Token[], i: number, window: number, want: RegExp, stop: RegExp | null, afterTo = false): number {
  for (let k = i + 1; k <= i + window && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.breakBefore) return -1;
    if (stop?.test(t.norm)) return -1;
    // "released without charge", "sans charge", "no charges": a legal charge, no load carried (reports39)
    if (want === WORK && /^charges?$/.test(t.norm) && /^(without|sans|no|aucune|any|pending|of|de)$/.test(tokens[k - 1]!.norm)) return -1;
    // a call to violence says "to"/"à" before the verb: "calling youths to drive", "appelant les jeunes à chasser"
    if (want.test(t.norm) && (!afterTo || ['to', 'a', 'de', 'd', 'be', 'etre'].includes(tokens[k - 1]!.norm))) return k + 1;
  }
  return -1;
}

// "forces" as the noun: "the FARDC naval forces", "security forces", "les forces de l'ordre", "forces navales" (reports39):
// an article, an adjective of the force or an actor's name before it, or "de"/"navales"/"armées" after it.
const FORCES_BEFORE = /^(the|les|des|aux|armed|security|naval|navy|government|special|fardc|pnc|monusco|defence|defense|local|rebel|enemy|ces|their|leurs|nos|our)$/;
const FORCES_AFTER = /^(de|du|des|navales?|armees|speciales|loyalistes|gouvernementales|were|are|have|had|ont|sont)$/;
function forcesNoun(tokens: readonly Token[], i: number): boolean {
  if (!/^(forces|force)$/.test(tokens[i]!.norm)) return false;
  return FORCES_BEFORE.test(tokens[i - 1]?.norm ?? '') || FORCES_AFTER.test(tokens[i + 1]?.norm ?? '');
}
