import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { returnedTo, siteOfDisplacedNamed } from '../places/site-and-return.js';
import { chargedToPeople, takenPerSack } from './money-from-people.js'; // ("5000FC aux motards", "10$ per sack")
import { goldAt, PER_KIND, PER_SHORT } from './levy-in-kind.js'; // ("1 gramme d'or par creuseur", "pr chq passager")

/**
 * Everyday field traffic (reports12): money demanded at barriers and the punishment of those who refuse to pay
 * (said as a rule, not as an incident), ransom still bargained, people held in the present tense, children leaving
 * armed groups, the IDP site people fled to, and where it happened (not the reporter's office, an authority's seat
 * or an arrival point).
 */

const hit = (signal: SignalHit['value']['signal'], subType: string | null, start: number, end = start + 1): SignalHit => ({ value: { signal, subType }, start, end });

// Money named: "2000 FC", "1000fc", "5 000 francs", "10$", "jeton(s)", "de l'argent".
const MONEY_UNIT = /^(fc|fcs|francs?|usd|dollars?|\$|shillings?|ugx)$/;
const MONEY_GLUED = /^\d+(fc|fcs|usd|\$)$/;
const TOKEN_FEE = /^(jetons?|jeton|token|tokens|taxe|taxes|tax|frais|peage|toll-fee)$/;
const DEMAND = /^(ask|asks|asking|asked|demand|demands|demanding|demanded|charge|charges|charging|charged|require|requires|exige\w*|demand\w*|reclam\w*|percoi\w*|percev\w*|wanadai|wanaomba|wanachukua|wanatoza|inadai|anadai|paie|paient|payer|pay|paying|paid|fee|taking|took|takes|prennent|prend|prenaient|prelev\w*)$/;
const PER = /^(per|par|each|every|chaque|kwa|kila|a|la)$/;
const PER_BEFORE = /^(each|every|chaque|chaq|chq|chak|kila|per|par)$/; // (SMS "chaq camion paie 50$": reports39)
// ("1000 FC per pedestrian": the English walker as the French piéton, reports43)
const PER_ITEM = /^(moto|motos|motard|pieton|pedestrian|passenger|passager|truck|camion|vehicle|vehicule|person|personne|tete|mtu|pikipiki|gari|menage|household|bike|velo|trader|commercant|vendeur|vendeuse|sac|bag)$/;
const BARRIER = /^(barrier\w*|barriere\w*|roadblocks?|checkpoints?|barrages?|barricades?|postes?|peage)$/;
// (a sum is extortion only with a barrier, a fee or a demand said, or taken per sack: constructions/money-from-people.ts)
const EXTORTION_SAID = trigger([
  'barrier*', 'roadblock', 'roadblocks', 'checkpoint', 'checkpoints', 'barrage', 'barrages', 'barricade', 'barricades', 'poste', 'postes', 'peage',
  'jeton', 'jetons', 'token', 'tokens', 'taxe', 'taxes', 'tax', 'frais', 'toll-fee',
  'ask', 'asks', 'asking', 'asked', 'demand*', 'charge*', 'charging', 'require', 'requires', 'exige*', 'reclam*', 'percoi*', 'percev*', 'wanadai', 'wanaomba',
  'wanachukua', 'wanatoza', 'inadai', 'anadai', 'paie', 'paient', 'payer', 'pay', 'paying', 'paid', 'fee', 'taking', 'took', 'takes', 'take', 'prennent',
  'prend', 'prenaient', 'prelev*', 'collect*',
]);
function moneyAt(tokens: readonly Token[], i: number, description = ''): boolean {
  const w = tokens[i]!.norm;
  if (MONEY_GLUED.test(w) || goldAt(tokens, i)) return true;
  // ("paie 50$", "$50": the tokenizer drops the sign, the text keeps it; reports39)
  if (/^\d+$/.test(w) && description !== '' && (description[tokens[i]!.end] === '$' || description[tokens[i]!.start - 1] === '$')) return true;
  if (/^\d+$/.test(w)) {
    let k = i + 1;
    while (/^\d{3}$/.test(tokens[k]?.norm ?? '')) k++;
    return MONEY_UNIT.test(tokens[k]?.norm ?? '');
  }
  // "de l'argent", "money"
  return (w === 'argent' && /^(l|de)$/.test(tokens[i - 1]?.norm ?? '')) || w === 'money' || w === 'pesa';
}

/**
 * Money demanded at a barrier, or per head and per vehicle: extortion ("roadblock … 2000 FC per moto",
 * "exigent 5000 FC aux déplacés", "wanadai jeton 500fc barriere"). A price named with nothing demanded
 * ("le sac de ciment coûte 30 000 FC") is not.
 */
export function barrierExtortionHits(tokens: readonly Token[], description = ''): SignalHit[] {
  if (!said(tokens, EXTORTION_SAID)) return [];
  const barrier = tokens.some((t) => BARRIER.test(t.norm) || TOKEN_FEE.test(t.norm));
  for (let i = 0; i < tokens.length; i++) {
    if (takenPerSack(tokens, i)) return [hit('loot', 'extortion', i)];
    if (!moneyAt(tokens, i, description)) continue;
    // demanded within the clause, or "per moto / par piéton / kwa kila mtu" after it
    let demanded = false;
    for (let k = i - 1; k >= 0 && k >= i - 6 && !tokens[k + 1]!.stopBefore; k--) if (DEMAND.test(tokens[k]!.norm) || TOKEN_FEE.test(tokens[k]!.norm)) demanded = true;
    // ("chaque moto 5000 fc", "kila pikipiki 1000fc": the vehicle or head named before the price)
    const perBefore = (PER_BEFORE.test(tokens[i - 2]?.norm ?? '') && PER_ITEM.test(tokens[i - 1]?.norm ?? '')) || (PER_BEFORE.test(tokens[i - 3]?.norm ?? '') && PER_ITEM.test(tokens[i - 2]?.norm ?? ''));
    const per = perBefore || chargedToPeople(tokens, i) || [1, 2, 3, 4].some((d) => (PER.test(tokens[i + d]?.norm ?? '') || PER_SHORT.test(tokens[i + d]?.norm ?? '')) && (PER_KIND.test(tokens[i + d + 1]?.norm ?? '') || /^(moto|motos|motard|motards|pieton|pietons|pedestrian|pedestrians|passenger|passengers|passager|passagers|truck|trucks|camion|camions|vehicle|vehicule|person|personne|tete|head|mtu|mmoja|menage|household|bike|velo|trip|voyage|cycliste|trader|traders|commercant|commercants|commercante|commercantes|vendeur|vendeurs|vendeuse|vendeuses|bag|sac|sacs|cow|vache|chevre|goat)$/.test(tokens[i + d + 1]?.norm ?? '')));
    if ((barrier && (demanded || per)) || (demanded && per)) return [hit('loot', 'extortion', i)];
  }
  return [];
}

// "those who refuse are detained", "ceux qui refusent sont passés à tabac": the rule of the barrier, not an incident told.
const REFUSE = /^(refuse|refuses|refused|refusent|refusant|refusaient|refuse|wanaokataa|resist|resists)$/;
const WHO = /^(those|ceux|celles|anyone|whoever|quiconque|qui|who)$/;
// ("2 diggers who refused were whipped", "3 motards qui ont refusé ont été tabassés": people counted before "who" are
// the ones it was done to, an incident told, reports23)
function countedRefusers(tokens: readonly Token[], who: number): boolean {
  return [2, 3].some((d) => /^\d+$/.test(tokens[who - d]?.norm ?? '') && !tokens.slice(who - d + 1, who + 1).some((t) => t.breakBefore));
}

/** A beating or detention said only of "those who refuse" (to pay): the conditional punishment of an extortion. */
export function refusersOnly(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'torture' && h.value.signal !== 'detention') return false;
  for (let k = h.start - 1; k >= 1 && k >= h.start - 5; k--) {
    if (tokens[k + 1]!.stopBefore) return false;
    if (REFUSE.test(tokens[k]!.norm) && (WHO.test(tokens[k - 1]!.norm) || WHO.test(tokens[k - 2]?.norm ?? ''))) return !countedRefusers(tokens, WHO.test(tokens[k - 1]!.norm) ? k - 1 : k - 2);
  }
  return false;
}

// "Demande de rançon en cours", "ransom talks ongoing": the bargaining goes on, not the attack.
const BARGAIN_WORDS = ['rancon', 'rancons', 'ransom', 'negociation', 'negociations', 'negotiation', 'negotiations', 'pourparlers', 'talks'];
const BARGAIN: ReadonlySet<string> = new Set(BARGAIN_WORDS);
const BARGAIN_SAID = trigger(BARGAIN_WORDS);
/** An inquiry hit on ransom words, so "en cours" after them says no attack is under way. */
export function bargainHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, BARGAIN_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) if (BARGAIN.has(tokens[i]!.norm)) out.push(hit('inquiry', null, i));
  return out;
}

// "L'OPJ de Nyankunde détient depuis 6 jours un homme": held in the present tense is a detention, unless an armed group
// holds them ("Les FDLR détiennent onze cultivateurs" are hostages: left to the abduction words).
const HOLDS_WORDS = ['detient', 'detiennent', 'detenait', 'detenaient', 'detenir'];
const HOLDS: ReadonlySet<string> = new Set(HOLDS_WORDS);
const HOLDS_SAID = trigger(HOLDS_WORDS);
export function holdsHits(tokens: readonly Token[], groupNamed: boolean): SignalHit[] {
  if (groupNamed || !said(tokens, HOLDS_SAID)) return [];
  const at = tokens.findIndex((t) => HOLDS.has(t.norm));
  return at < 0 ? [] : [hit('detention', null, at)];
}

// "2 civilians killed, about 3,000 fled to Rhoe site": the site people fled to is their refuge, not the target.
const TO = /^(to|towards?|vers|au|a|jusqu|into|at|for)$/;
const FLED = /^(fled|flee|fleeing|fui|fuient|fuit|fuyant|ran|running|moved|went|gone|left|partis|refugies?|wamekimbia|wanakimbia|arriv\w*)$/;
export function fledToSite(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'idpSite') return false;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 3; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (TO.test(tokens[k]!.norm)) return [1, 2, 3].some((d) => FLED.test(tokens[k - d]?.norm ?? '') && !tokens.slice(k - d + 1, k + 1).some((t) => t.breakBefore));
  }
  return false;
}

// Children out of an armed group: "7 children left a Mai-Mai group", "escaped from an ADF camp", "sortis des rangs",
// "handed over to CP partners", "at the transit centre".
const LEFT = /^(left|escaped|fled|quit|deserted|released|freed|surrendered|separated|sortis|sorties|sorti|evades|evadees|echappes|echappees|liberes|liberees|demobilis\w*|rendus|separes|wametoroka|walitoroka)$/;
const FROM_GROUP = /^(group|groups|groupe|groupes|camp|camps|ranks|rangs|militia|milice|rebels|captors|ravisseurs|base|bases|fighters|combattants)$/;
const CARE = ['transit centre', 'transit center', 'centre de transit', 'cto', 'child protection partners', 'cp partners', 'partenaires de protection', 'handed over to cp', 'handed over to child protection', 'remis aux partenaires', 'remis a la protection', 'structure d encadrement', 'famille d accueil transitoire', 'reunification', 'reunified', 'reunifies', 'reunifiees'];
// (by first word, so a word that opens none is passed at once: this runs on every word of a report naming a child)
const CARE_BY_FIRST = new Map<string, string[][]>();
for (const phrase of CARE) {
  const words = phrase.split(' ');
  CARE_BY_FIRST.set(words[0]!, [...(CARE_BY_FIRST.get(words[0]!) ?? []), words]);
}
const NO_PHRASES: string[][] = [];
/** A recruitment hit when children come out of an armed group, or are in its after-care. */
export function leftGroupHits(tokens: readonly Token[], childNamed: boolean, actorAt: (i: number) => boolean): SignalHit[] {
  if (!childNamed) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (LEFT.test(tokens[i]!.norm)) {
      for (let k = i + 1; k <= i + 5 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
        if (FROM_GROUP.test(tokens[k]!.norm) || (actorAt(k) && /^(an?|the|from|du|des|de|d|les?)$/.test(tokens[k - 1]!.norm))) return [hit('recruit', 'recruitment', i)];
      }
    }
    for (const words of CARE_BY_FIRST.get(tokens[i]!.norm) ?? NO_PHRASES) {
      if (words.every((w, d) => tokens[i + d]?.norm === w)) return [hit('recruit', 'recruitment', i, i + words.length)];
    }
  }
  return [];
}

// Places of the reporter, not of the incident: "Relayé par CLA Mahagi: … à Nioka", "CLA Mahagi (relais asso femmes Ngote)".
const RELAY = /^(cla|clas|relais|relaye|relayee|relayed|via)$/;
const REPORTING: ReadonlySet<string> = new Set(['selon', 'according', 'says', 'said', 'say', 'reports', 'reported', 'reporting', 'rapporte', 'rapportent', 'signale', 'signalent', 'indique', 'indiquent', 'dit', 'disent', 'informe', 'informs', 'informed', 'confirme', 'confirms', 'confirmed', 'alerte', 'alerts', 'denonce', 'source', 'sources']);
const AUTHORITY = /^(administrator|administrateur|mayor|maire|bourgmestre|poste|groupement|chefferie|governor|gouverneur|commissioner|commissaire|mwami)$/;
// Where people arrived, and where they came from when the gazetteer does not know it: "arrived Eringeti from Manzia",
// "Arrival of 300 IDPs at TOB Kamango from Loselose", "fled from Bapere villages to Lubero centre", "pop ya Bandiboli inahama vers Mambasa".
const AT = /^(at|to|in|into|towards?|vers|a|au|aux|en|arrived|arriving|arrive|arrives|arrivees?|reached|tob|cob|base|centre|center|ds|dans|jusqu|kwenye|hadi)$/;
const FROM = /^(from|frm|de|d|ya|kutoka|of)$/;
const MOVED = /^(arriv\w*|fled|flee\w*|fui\w*|fuy\w*|escaped|idps|deplace\w*|displaced|dplc\w*|pop|population|families|familles|households|menages|wamefika|inahama|wanahama|wamekimbia|refugees|refugies|inflow|influx|afflux)$/;

// Across a border the crossing point is where it happened: "Returnees from Uganda arriving in Bunagana".
const COUNTRY = /^(uganda|ouganda|rwanda|burundi|sudan|soudan|south|sud|tanzania|tanzanie|zambia|zambie|angola|centrafrique|car|kenya)$/;

interface PlaceAt {
  place: { id: string; level: string; territory?: string | null };
  start: number;
  end: number;
}

/** The places of a report in the order of where it happened, with the reporter's office and arrival points set aside. */
export function placesWhere12<P extends PlaceAt>(places: readonly P[], tokens: readonly Token[], isNamed: (i: number) => boolean): P[] {
  if (places.length === 0) return [...places];
  // "Administrator of Lubero: FARDC … out of Alimbongo", "le chef de poste de Kasugho … à Bapere": the authority's seat gives way too.
  // (only when the authority tells of it, in a heading or with a word of reporting: "Chef de groupement of Bulongo received a letter
  // signed ADF …, he spent last night in Oicha" is the chief threatened at his seat)
  const seat = (p: P): boolean => /^(of|de|d|du)$/.test(tokens[p.start - 1]?.norm ?? '') && AUTHORITY.test(tokens[p.start - 2]?.norm ?? '') && (headed(p) || tokens.some((t) => REPORTING.has(t.norm)));
  // ("Administrator of Lubero: …": a mark between the seat and what follows, or nothing after it)
  const headed = (p: P): boolean => !tokens[p.end] || tokens[p.end]!.breakBefore || tokens[p.end]!.start - tokens[p.end - 1]!.end > 1;
  const relay = (p: P): boolean => seat(p) || [1, 2].some((d) => RELAY.test(tokens[p.start - d]?.norm ?? '') && !tokens.slice(p.start - d + 1, p.start + 1).some((t) => t.stopBefore));
  let out = [...places];
  const relayed = out.filter(relay);
  if (relayed.length > 0 && relayed.length < out.length) out = [...out.filter((p) => !relay(p)), ...relayed];
  // an origin the gazetteer does not know: a capitalised word after "from", not a place or an actor
  const moved = tokens.some((t) => MOVED.test(t.norm));
  const unknownOrigin = moved && tokens.some((t, i) => {
    if (!FROM.test(t.norm) || i === 0) return false;
    if (t.norm !== 'from' && t.norm !== 'frm' && t.norm !== 'kutoka' && !MOVED.test(tokens[i - 1]!.norm)) return false;
    const k = /^(the|an?|les?|la)$/.test(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    const w = tokens[k];
    // ("escaped from an ADF camp arrived in Eringeti": a group's camp is a place the gazetteer does not know)
    const camp = isNamed(k) && /^(camp|camps|base|bases|bastion|fief)$/.test(tokens[k + 1]?.norm ?? '');
    return !!w && !w.breakBefore && /^\p{Lu}/u.test(w.text) && !COUNTRY.test(w.norm) && !places.some((p) => p.start <= k && k < p.end) && (!isNamed(k) || camp);
  });
  if (unknownOrigin) {
    const arrival = (p: P): boolean => [1, 2, 3].some((d) => AT.test(tokens[p.start - d]?.norm ?? '') && !tokens.slice(p.start - d + 1, p.start + 1).some((t) => t.breakBefore));
    if (out.every((p) => arrival(p) || relay(p))) return [];
  }
  // "deplaces ya Mambasa wamefika", "pop de Bandiboli": the place the displaced are of is the place they left.
  // (a site's name, "site de déplacés de Bulengo", is no origin; people gone home, "rentrés à Ntoto", are where they went: places/site-and-return.ts)
  const of = (p: P): boolean => !siteOfDisplacedNamed(tokens, p.start) && !out.some((q) => returnedTo(tokens, q.start)) && /^(ya|de|d|of|from)$/.test(tokens[p.start - 1]?.norm ?? '') && /^(deplaces|deplacees|dplces|dplcs|idps|pop|population|watu|wakimbizi|habitants)$/.test(tokens[p.start - 2]?.norm ?? '');
  const origins = out.filter(of);
  if (origins.length > 0 && origins.length < out.length) out = [...origins, ...out.filter((p) => !of(p))];
  // "Djugu, Largu:", "Today in Djugu: … to Largu market": a bare territory name, then a locality of it.
  const first = out[0]!;
  // (only a heading: the name opens the report, or follows "in", and a comma or colon closes it)
  const heading = (first.start === 0 || /^(in|a|au|en)$/.test(tokens[first.start - 1]!.norm)) && tokens[first.end]?.breakBefore === true;
  const territoryToo = heading && places.some((q) => q !== first && q.start === first.start && q.place.level === 'territory');
  if (first.place.level === 'locality' && territoryToo) {
    const inside = out.find((q) => q.start !== first.start && q.place.level === 'locality' && q.place.territory === first.place.territory);
    if (inside) return [inside, ...out.filter((q) => q !== inside)];
  }
  return out;
}
