import { versusAcronymGroups } from './versus-acronym.js';
import { SITREP_SHORTHAND } from './sitrep-shorthand.js';
import { notNameAfterGroup, RELIEF_ACRONYMS } from './relief-and-group-words.js';
import { fullNameGroups } from './full-names.js';
import { fledOrThreatenedBy } from './fled-or-threatened-by.js';
import type { Token } from '../normalize.js';
import { moreGroupNames } from './swahili-sides-and-factions.js';
import { clashSideGroups, oneNameGroups } from '../constructions/denials-and-rumours.js';
import { sideOfVictims, suspectedAcronyms } from './sides-and-signatures.js';
import { selfNamedGroups } from './self-named-groups.js';
import { clashingPairGroups } from './sides-clashing.js';
import { hyphenedSideGroups } from './hyphened-sides.js';
import { afterAside, afterLeader, articleNamedGroups, opensAfterReportOrLeader } from './group-openers.js';
import { headlineWord } from './headline-words.js';
import { isRoadNumber } from './road-numbers.js';
import { opensAfterTimeWord } from './acronym-after-time.js';
import { groupHeadingWithPlace } from './group-place-heading.js';

/**
 * Armed groups the mission's actor list does not know, kept as free text when the report names
 * them as such: "APCLS fighters", "NDC-R combatants", "des éléments du groupe Gumino", "miliciens
 * Red Tabara", "l'attaque des FRPI". A capitalised word alone is never taken for a group.
 */
export interface GroupName {
  name: string;
  start: number;
  end: number;
}

// Said right after a group's name: "APCLS fighters", "Red Tabara militia".
const AFTER = new Set([
  'fighters', 'fighter', 'militia', 'militias', 'militiamen', 'militiaman', 'combatants', 'combatant', 'rebels', 'rebel', 'elements',
  'gunmen', 'coalition', 'insurgents', 'combattants', 'combattant', 'rebelles', 'miliciens', 'milicien', 'elements', 'assaillants',
  // in SMS: "FRPI elts", "APCLS combttnts"
  'elts', 'elmts', 'elemts', 'combtts', 'combttnts', 'fighterz',
  // in DTG sitreps: "CRP elms looted cattle" (reports33)
  'elms',
  // former fighters still named by their group: "FRPI ex-combatants", "FRPI démobilisés"
  'excombatants', 'excombattants', 'demobilises', 'demobilized', 'demobilised', 'deserters', 'deserteurs',
]);
const MEN = new Set(['men', 'hommes', 'boys', 'gars', 'guys']);
const ATTRIBUTED = /^(attributed|attribuee?s?|imputee?s?|imputed|blamed|kidnappers|abductors|attackers|assailants|assaillants|ravisseurs|auteurs|perpetrators|perpetrator|presumes|presumed)$/;
// (what may stand between the word and the name: "attributed to the", "imputée aux", "the kidnappers are", "auteurs présumés:")
const TO_OR_ARE = new Set(['to', 'on', 'a', 'aux', 'au', 'the', 'les', 'des', 'l', 'la', 'are', 'were', 'sont', 'etaient', 'seraient', 'would', 'be', 'presumes', 'presumed', 'suspected', 'suspectes', 'allegedly']);
// Said right before: "éléments du groupe Gumino", "miliciens Yakutumba", "the Gumino militia".
const BEFORE = new Set([
  'elements', 'element', 'miliciens', 'milicien', 'milice', 'militia', 'militiamen', 'combattants', 'combatants', 'fighters', 'rebelles',
  'rebels', 'groupe', 'group', 'faction', 'mouvement', 'movement', 'coalition', 'insurges', 'insurgents', 'elts', 'elmts', 'elemts', 'elms',
]);
const LINKS = new Set(['du', 'de', 'des', 'd', 'la', 'le', 'l', 'of', 'the', 'arme', 'armed', 'groupe', 'group', 'milice', 'militia', 'mouvement', 'faction']);
const JOINERS = new Set(['ya', 'wa', 'na']);
// "attaque des FRPI", "attacked by CNRD": an acronym after a word saying who did it.
const BY = new Set(['by', 'par', 'from']);
// (reports38: "la route reste coupée par les barricades FRPI": the group whose barricades they are)
const OF_ATTACK = /^(fear|peur|crain|reprisal|represaill|attaqu|attack|incursion|raid|embuscade|ambush|exactions|incursions|offensive|presence|signal|mouvement|movement|elements|barriere|barricade|position|bastion|checkpoint|passage|arrivee|arrival|irruption|descente|hands|mains|combattants|fighters|agents?$)/;
const ACCUSE = /^(accuse|accuses|accusent|accusant|accusing|blame|blames|blaming|blamed|soupconnent|suspect|suspectent)$/;
const AUX = new Set(['ont', 'a', 'have', 'has', 'had', 'were', 'are', 'auraient', 'aurait', 'reportedly', 'allegedly', 'also', 'aussi', 's', 'se', 'will', 'vont', 'va']);
// ("les APCLS ont pris 4 motards", "APCLS tied a man to a tree": taking and tying, reports32)
// ("les NDC-R ont repris Ntoto", "CRP announced they will attack": taking a place back, announcing an attack; reports44)
// ("la CRP retient en otage deux agents", "FPIC holds 3 miners": a verb of holding, reports40)
const DOING = /^(pris$|repris$|reprend|reoccup|retook|retaken|announc|annonc|prise$|prises$|prennent$|tied$|tie$|ligot|collect|percev|fouett|whip|flog|chicott|bastonn|tabass|incursion|assault|offensive|exactions|took|take|set|erect|erig|attack|attaqu|kill|tue|tuent|abduct|enlev|kidnap|loot|pill|burn|brul|incend|raid|ambush|recruit|recrut|rape|raping|viol|occup|seiz|shot|shoot|fired|tir|massacr|execut|abatt|torch|extort|racket|ranconn|captur|beat|tortur|harass|menac|threat|arrest|arrete|detain|clash|affront|combat|fight|battent|battu|frapp|chass|saisi|regroup|se regroup|massing|rassembl|advanc|avanc|deploy|deploi|infiltr|holding|held|holds|detien|retien|retenai|sequestr|kept|keeping|intimid|summon|convoq|signal|back|install|retourn|revenu|seen|spotted|vus|apercu|reappar|resurfac|come|reviendr|revien|descend|moved|moving|entered|crossed|travers|wameshuka|wanashuka|walishuka|ferm|closed|closing|block|bloqu|exig|impos|taxing|taxed|tax|enrol|enroll|enlist|conscri|embrigad|vole$|volent$|volaient$|stole|steal|robb|emport|razzi|taking$)/;
const HOLDING = new Set(['position', 'positions', 'camp', 'camps', 'base', 'bases', 'checkpoint', 'checkpoints', 'stronghold', 'bastion', 'unit',
  'commander', 'commanders', 'recruiters', 'roadblock', 'barriere', 'barrier', 'hideout', 'cell', 'cadres']);
const ARTICLES = new Set(['les', 'des', 'the', 'la', 'le', 'l', 'd', 'de', 'du']);
// Capitalised words that are not names of groups.
const NOT_NAMES = new Set([
  'armed', 'unknown', 'unidentified', 'suspected', 'presumed', 'the', 'some', 'local', 'community', 'self', 'defence', 'defense',
  'government', 'congolese', 'rwandan', 'rwandais', 'burundian', 'burundais', 'ugandan', 'ougandais', 'foreign', 'etrangers',
  'former', 'young', 'jeunes', 'hommes', 'men', 'des', 'les', 'ces', 'these', 'those', 'several', 'plusieurs', 'many', 'other', 'autres',
  'nouveaux', 'new', 'same', 'memes', 'anciens', 'ex', 'monusco', 'un', 'onu', 'ngo', 'ong', 'idp', 'idps', 'pdi', 'ras', 'sms', 'am',
  'pm', 'hr', 'hrs', 'crsv', 'vbg', 'sgbv', 'ied', 'eei', 'uxo', 'erw', 'msf', 'icrc', 'cicr', 'ocha', 'hcr', 'unhcr', 'wfp', 'pam',
  'unicef', 'oim', 'iom', 'nrc', 'fib', 'cob', 'tob', 'tcc', 'fpu', 'sea', 'eas', 'can', 'rdc', 'drc', 'rn', 'hgr', 'jhro', 'bcnudh', 'unpol',
  'urgent', 'update', 'alerte', 'alert', 'info', 'flash', 'note', 'source', 'sources', 'mai', 'may', 'ce', 'ds', 'pop', 'mvt', 'nbr',
  'ppl', 'civ', 'i', 'we', 'nous', 'on', 'il', 'ils', 'elles', 'ddr', 'dgm', 'ptf', 'poc', 'csr', 'cs', 'ep', 'ps', 'ddh', 'hrd', 'hrds', 'dh', 'unmas', 'osc', 'cpa', 'cpe', 'fao', 'pnud', 'undp', 'unfpa', 'who', 'oms', 'unhas', 'ohchr', 'srsg', 'rssg', 'ong', 'asbl', 'ambulance',
  // a topic heading, not a group: "SV: 2 women raped", "GBV: …", "VS: …" (sexual violence, reports32)
  'sv', 'vs', 'gbv', 'vsbg', 'vslc',
  // a sender's desk heading the line: "WP: woman raped by…" (women protection, reports33)
  'wp', 'wpa',
  // a description of the group, not its name: "un groupe armé parlant kinyarwanda", "armed men speaking Kinyarwanda" (reports39)
  'parlant', 'speaking', 'venus', 'venant', 'coming', 'habilles', 'dressed', 'portant', 'wearing',
  // what kind of group, not its name: "un groupe d'autodéfense local", "a vigilante group" (reports43)
  'autodefense', 'auto', 'vigilance', 'vigilante', 'vigilantes', 'vigilants',
  // the child protection desk that withdrew children: "retirés par la PE" (reports39)
  'pe',
  // the army's own units (factions.ts reads them as the FARDC): "éléments de la Garde républicaine ont battu…"
  'garde', 'guard', 'republican', 'presidential',
  // suspected, not a name: "Présumés miliciens Kabido"
  'presumes', 'presume', 'presumee', 'presumees', 'suspectes', 'suspecte', 'soupconnes', 'alleged', 'supposes',
  // how many, not who: "Quelques éléments M23", "Some elements of"
  'quelques', 'certains', 'certaines', 'some', 'few', 'nombreux', 'nombreuses', 'beaucoup', 'numerous',
  // a count opening the sentence: "Deux éléments des FARDC blessés" (reports23)
  'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  // where a message came from, or a citizen movement whose members are the ones threatened: "groupe whatsapp", "activistes de la LUCHA"
  'whatsapp', 'facebook', 'telegram', 'twitter', 'tiktok', 'youtube', 'lucha', 'filimbi',
  ...SITREP_SHORTHAND, // ("FARDC pos IVO Tchabi": sitrep-shorthand.ts)
  ...RELIEF_ACRONYMS, // ("corps ramenés par CRC": relief-and-group-words.ts)
]);

export function findGroupNames(tokens: readonly Token[], text: string, taken: Uint8Array, known: (name: string) => boolean = () => false): GroupName[] {
  const out: GroupName[] = [];
  const add = (start: number, end: number, name?: string): void => {
    if (end <= start || out.some((g) => g.start < end && start < g.end)) return;
    // A known actor left out on purpose ("repelled by FARDC") is not a new group.
    if (known(text.slice(tokens[start]!.start, tokens[end - 1]!.end))) return;
    // A contingent or battalion ("NEPBAT", "INDBAT") is peacekeepers, never a group that did harm.
    if (tokens.slice(start, end).some((t) => /^[A-Z]{2,6}(BATT?|RDB|MARU|QRF|ENG|COY|SF)\d*$/.test(t.text))) return;
    const raw = text.slice(tokens[start]!.start, tokens[end - 1]!.end);
    // (a service or group typed in lower case is shown as its acronym: "fpic" → "FPIC")
    out.push({ name: name ?? (SERVICES.has(raw) ? raw.toUpperCase() : raw), start, end });
  };
  // ("ils se font appeler 'Bazungu'": the name a group gives itself, self-named-groups.ts; "after NDC-R and APCLS clashed": sides-clashing.ts)
  for (const [start, end] of [...oneNameGroups(tokens, taken), ...clashSideGroups(tokens, taken), ...suspectedAcronyms(tokens, taken, isAcronym, (w) => NOT_NAMES.has(w)), ...selfNamedGroups(tokens, text, taken), ...clashingPairGroups(tokens, taken), ...hyphenedSideGroups(tokens, taken, text), ...moreGroupNames(tokens, taken), ...versusAcronymGroups(tokens, taken)]) add(start, end); // ("combats Nyatura-APCLS": hyphened-sides.ts)
  // ("Les Biloze Bishambuke ont érigé une barrière": a name in full after a plural article, doers/group-openers.ts)
  for (const g of fledOrThreatenedBy(tokens, taken, (w) => NOT_NAMES.has(w))) add(g.start, g.end, g.name); // (fled-or-threatened-by.ts)
  for (const [start, end] of articleNamedGroups(tokens, taken, (w) => DOING.test(w), AUX)) add(start, end);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.norm;
    // NAME + fighters: up to three capitalised words (hyphen-joined parts count as one name).
    if (AFTER.has(word) && i > 0 && !tokens[i]!.breakBefore) {
      // "FRPI ex-combatants": the name ends before "ex".
      const end = i > 1 && tokens[i - 1]!.norm === 'ex' && !tokens[i - 1]!.breakBefore ? i - 1 : i;
      let start = end;
      // "Chini ya Kilima fighters": small joining words inside a name.
      while (start > 0 && end - start < 4 && !tokens[start]!.breakBefore && (isNameWord(tokens, start - 1, taken) || (JOINERS.has(tokens[start - 1]!.norm) && isNameWord(tokens, start - 2, taken)))) start--;
      if (start < end) add(start, end);
    }
    // fighters / éléments du groupe + NAME
    if (BEFORE.has(word)) {
      let j = i + 1;
      // A lowercase name only right after "groupe"/"milice" ("du groupe gumino"), never after "en mouvement".
      let group = word === 'groupe' || word === 'group';
      while (j < tokens.length && j < i + 4 && LINKS.has(tokens[j]!.norm) && !tokens[j]!.breakBefore && !taken[j]) {
        if (['groupe', 'group', 'milice'].includes(tokens[j]!.norm)) group = true;
        j++;
      }
      const end = nameEnd(tokens, j, taken, group);
      if (end > j && !tokens[j]!.breakBefore) add(j, end);
    }
    // "FPIC killed 2", "les CRP ont pillé", "an APCLS position": an acronym doing harm or holding ground.
    if (isAcronym(tokens[i]!) && !taken[i] && !NOT_NAMES.has(word)) {
      const end = acronymEnd(tokens, i);
      // ("Nyatura and APCLS regrouping": an acronym joined to a known actor shares its verb)
      // ("Suspected APCLS killed a herder": who is suspected opens the clause)
      // ("Chini ya Kilima (FPIC) abducted": the acronym in brackets after the group's name in full)
      // ("they say CRP will come back": a reported clause opens after the verb of saying, reports16)
      const opens = i === 0 || tokens[i]!.breakBefore || opensAfter(text, tokens[i]!.start) || /^(say|says|said|disent|dit|affirment|warn|warned)$/.test(tokens[i - 1]!.norm) || ARTICLES.has(tokens[i - 1]!.norm) || ['an', 'a', 'une', 'un'].includes(tokens[i - 1]!.norm) || (['and', 'et'].includes(tokens[i - 1]!.norm) && taken[i - 2] === 1) || (/^(suspected|presumed|alleged|presumes|presume|suspects)$/.test(tokens[i - 1]!.norm) && (i === 1 || tokens[i - 1]!.breakBefore || ARTICLES.has(tokens[i - 2]!.norm))) || opensAfterReportOrLeader(tokens, text, i) || opensAfterTimeWord(tokens, i); // ("after FRPI incursions": acronym-after-time.ts)
      const bracketed = text[tokens[i]!.start - 1] === '(' && text[tokens[end - 1]!.end] === ')';
      // ("Les APCLS de Janvier ont enlevé": the leader named after the group, doers/group-openers.ts)
      let k = afterLeader(tokens, end, taken);
      // ("NDC-R (Guidon wing) taking…": an aside in brackets before the verb, group-openers.ts)
      const aside = k === end && !bracketed ? afterAside(tokens, text, k) : k;
      const asideSkipped = aside !== k;
      k = aside;
      const verbFrom = k;
      while (k < verbFrom + 2 && AUX.has(tokens[k]?.norm ?? '') && (!tokens[k]!.breakBefore || (bracketed && k === end) || (asideSkipped && k === verbFrom))) k++;
      // "APCLS and Nyatura clash": a known actor may share the verb.
      if (['and', 'et', 'vs', 'with', 'avec'].includes(tokens[k]?.norm ?? '') && taken[k + 1]) {
        k++;
        while (taken[k] && !DOING.test(tokens[k]!.norm)) k++;
        // ("CRP et Zaïre s'affrontent")
        if (AUX.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
      }
      const next = tokens[k];
      // ("CRP: 2 tués à Pimbo", "FPIC - 3 morts": the group heading the report, what it did after the colon; not a topic
      // heading a report that names its doer, "CAAC: CODECO recruiting children")
      const headed = opens && text[tokens[end - 1]!.end] !== undefined && /^\s*[:\-–]/.test(text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 3)) && harmSoonAfter(tokens, end) && !taken[end];
      const doing = headed || (opens && groupHeadingWithPlace(tokens, text, end, (w) => DOING.test(w))) || (opens && next && (!next.breakBefore || (bracketed && k === end) || (asideSkipped && k === verbFrom)) && DOING.test(next.norm));
      const holding = tokens[end] && !tokens[end]!.breakBefore && HOLDING.has(tokens[end]!.norm);
      if (doing || holding) add(i, end);
    }
    // "APCLS men abducted 4 farmers", "des gars du NDC-R": an acronym's men are its fighters.
    if (isAcronym(tokens[i]!) && !taken[i] && !NOT_NAMES.has(word) && MEN.has(tokens[acronymEnd(tokens, i)]?.norm ?? '') && !tokens[acronymEnd(tokens, i)]!.breakBefore) add(i, acronymEnd(tokens, i));
    // "attack attributed to APCLS", "attaque imputée aux CRP", "the kidnappers are APCLS", "auteurs présumés: FRPI"
    if (ATTRIBUTED.test(word)) {
      let j = i + 1;
      while (j < i + 4 && TO_OR_ARE.has(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) j++;
      const t = tokens[j];
      if (t && j > i + 1 && !taken[j] && isAcronym(t) && !NOT_NAMES.has(t.norm)) add(j, acronymEnd(tokens, j));
    }
    // "Accrochages Nyatura/APCLS", "clashes APCLS-FDLR": an acronym paired with a known actor by a slash or hyphen.
    if (isAcronym(tokens[i]!) && !taken[i] && !NOT_NAMES.has(word) && (pairedWith(tokens, text, i, i - 1) || pairedWith(tokens, text, i, i + 1)) && (taken[i - 1] || taken[i + 1])) add(i, acronymEnd(tokens, i, taken));
    // "residents accuse Biloze Bishambuke of abducting", "accusent les Twa Ngumino d'avoir pillé": who is accused of the harm.
    if (ACCUSE.test(word)) {
      let j = i + 1;
      while (j < i + 3 && ARTICLES.has(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) j++;
      const end = nameEnd(tokens, j, taken, false);
      // A bare name could be a person's ("accuse Jean Bosco of"), and a perpetrator is posted on every
      // card: only a group said as one ("les Twa Ngumino", "the Biloze Bishambuke") or an acronym is kept.
      const first = tokens[j];
      const asGroup = first !== undefined && (j > i + 1 || isAcronym(first));
      if (asGroup && end > j && !first.breakBefore && /^(of|for|d|de)$/.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore) add(j, end);
    }
    // "attaque des FRPI", "attacked by CNRD", "for fear of NDC-R reprisals": an acronym only.
    if ((BY.has(word) || OF_ATTACK.test(word)) && i + 1 < tokens.length) {
      let j = i + 1;
      if (['of', 'de', 'd'].includes(tokens[j]!.norm) && !tokens[j]!.breakBefore && /^(fear|peur|crain)/.test(word)) j++;
      // "par des agents de l'ANR": up to two articles before the name
      if (ARTICLES.has(tokens[j]!.norm) && !tokens[j]!.breakBefore) j++;
      if (/^agents?$/.test(word) && ARTICLES.has(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) j++;
      const t = tokens[j];
      if (t && !t.breakBefore && !taken[j] && isAcronym(t) && !NOT_NAMES.has(t.norm)) add(j, acronymEnd(tokens, j));
      // ("attaque des Wazalendo et APCLS", "killed by Nyatura and APCLS": an acronym joined to the known actor after by/of; reports42)
      // (not after a force or a response: "repelled jointly by FARDC and UPDF" names responders)
      else if (t && !t.breakBefore && taken[j] && !/^(fardc|pnc|police|army|armee|monusco|soldiers|militaires)$/.test(t.norm) && !RESPONDED.test(tokens[i - 1]?.norm ?? '') && !RESPONDED.test(tokens[i - 2]?.norm ?? '')) {
        let k = j;
        while (k < j + 4 && taken[k]) k++;
        const a = tokens[k + 1];
        if (/^(and|et)$/.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore && a && !a.breakBefore && !taken[k + 1] && isAcronym(a) && !NOT_NAMES.has(a.norm)) add(k + 1, acronymEnd(tokens, k + 1));
      }
      // "attaque des Red Tabara", "attacked by the Red Tabara": a name of two words or more after a plural article
      // (not one word, a community; not a bare name, a person's: "attack by Jean Bosco")
      else if (t && !t.breakBefore && /^(des|les|the)$/.test(tokens[j - 1]!.norm) && (word === 'by' || word === 'par' || /^(attaqu|attack|incursion|passage)/.test(word))) {
        const end = nameEnd(tokens, j, taken, false);
        if (end - j >= 2) add(j, end);
      }
    }
  }
  // ("accusing them of feeding Red Tabara": the side the victims are said to serve, doers/sides-and-signatures.ts)
  // ("Nduma (NDC-R) ont fermé la route": the acronym in brackets after a name is the group's usual form, C5)
  let named = out.filter((g) => !out.some((o) => o.start > g.end - 1 && o.start <= g.end + 1 && text[tokens[o.start]!.start - 1] === '(' && tokens[o.start]!.start - tokens[g.end - 1]!.end <= 2));
  // ("la Nduma Defense of Congo-Rénové" → "NDC-R": a name in full is written in its usual form, doers/full-names.ts)
  const full = fullNameGroups(tokens);
  if (full.length > 0) named = [...named.filter((g) => !full.some((f) => g.start < f.end && f.start < g.end)), ...full.filter((f) => !known(f.name))];
  return named.some((g) => sideOfVictims(tokens, g.start)) ? named.filter((g) => !sideOfVictims(tokens, g.start)) : named;
}

// "Irumu: CRP et Zaïre s'affrontent", "Chini ya Kilima (FPIC) abducted": a colon or a bracket opens the clause.
function opensAfter(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text[k] === ' ') k--;
  // ("Walikale centre- APCLS ont enlevé": a dash with a space after it opens the clause too, not "APCLS-FDLR")
  return text[k] === ':' || text[k] === '(' || ((text[k] === '-' || text[k] === '\u2013') && k < at - 1);
}

const RESPONDED = /^(repelled|repulsed|repousse\w*|pursued|poursuivi\w*|chased|chasse\w*|rescued|freed|liberee?s?|released|relachee?s?|dislodged|deloge\w*|routed|neutralised|neutralized|neutralise\w*)$/;

// Two names written as one, "Nyatura/APCLS", "APCLS-FDLR": nothing but a slash or hyphen between them.
function pairedWith(tokens: readonly Token[], text: string, i: number, k: number): boolean {
  const [a, b] = k < i ? [tokens[k], tokens[i]] : [tokens[i], tokens[k]];
  if (!a || !b || b.start - a.end !== 1) return false;
  return text[a.end] === '/' || text[a.end] === '-';
}

// State security services the actor list may not name, often typed in lowercase by SMS ("arrete par anr").
// Services and armed groups outside the mission's list that field staff type in lower case too ("fpic ont tué 2 pers").
const SERVICES = new Set(['anr', 'demiap', 'frpi', 'fpic', 'crp', 'apcls']);
// A harm told within the first words after a heading: "CRP: 2 tués", "FPIC - houses burnt at Bule".
function harmSoonAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 4 && k < tokens.length; k++) {
    if (k > from && tokens[k]!.breakBefore) return false;
    if (DOING.test(tokens[k]!.norm) || /^(morts?|dead|killed|tues?|blesses?|injured|wounded|enleves?|abducted|pilles?|pillees?|looted|brulees?|burnt|burned|incendiees?|emportee?s?|volee?s?|stolen|taken|raped|violee?s?)$/.test(tokens[k]!.norm)) return true;
  }
  return false;
}

function isAcronym(t: Token): boolean {
  return SERVICES.has(t.norm) || (/^[A-Z][A-Z0-9]{1,7}$/.test(t.text) && /[A-Z]{2}/.test(t.text) && !headlineWord(t) && !isRoadNumber(t.text)); // ("la RN4": road-numbers.ts) // ("ATTACK AT MUTWANGA": headline-words.ts)
}

function acronymEnd(tokens: readonly Token[], j: number, taken?: Uint8Array): number {
  // "NDC-R", "FPIC-2" (not "APCLS-FDLR": a known actor after the hyphen is another group)
  let end = j + 1;
  while (end < tokens.length && !taken?.[end] && tokens[end]!.hyphenBefore && /^[A-Z0-9]{1,4}$/.test(tokens[end]!.text)) end++;
  return end;
}

function isNameWord(tokens: readonly Token[], k: number, taken: Uint8Array): boolean {
  const t = tokens[k];
  if (!t || taken[k] || NOT_NAMES.has(t.norm) || AFTER.has(t.norm) || BEFORE.has(t.norm)) return false;
  return /^\p{Lu}/u.test(t.text) || (t.hyphenBefore && /^[A-Z0-9]{1,4}$/.test(t.text));
}

// Capitalised words from j; after "groupe"/"milice" a lowercase word is a name too (SMS).
function nameEnd(tokens: readonly Token[], j: number, taken: Uint8Array, group: boolean): number {
  let end = j;
  while (end < tokens.length && end < j + 3 && !taken[end] && !NOT_NAMES.has(tokens[end]!.norm) && (end === j || !tokens[end]!.breakBefore)) {
    const t = tokens[end]!;
    const capital = /^\p{Lu}/u.test(t.text) || (end > j && t.hyphenBefore);
    if (!capital && !(group && end === j && /^[a-z]{4,}$/.test(t.norm) && !COMMON_AFTER_GROUP.has(t.norm) && !notNameAfterGroup(t.norm))) break;
    end++;
  }
  return end;
}

// "un groupe armé a attaqué", "group of youths": not names.
const COMMON_AFTER_GROUP = new Set([
  'arme', 'armes', 'armed', 'inconnu', 'inconnus', 'unknown', 'local', 'locaux', 'rival', 'rivaux', 'dissident', 'dissidents', 'jeunes',
  'youths', 'people', 'personnes', 'hommes', 'men', 'women', 'femmes', 'civils', 'civilians', 'attaque', 'attacked', 'have', 'ont', 'sont',
  'were', 'was', 'came', 'venu', 'venus', 'from', 'venant', 'operating', 'operant', 'based', 'base', 'bases', 'present', 'presents',
  'entre', 'dans', 'vers', 'avec', 'sans', 'pour', 'contre', 'apres', 'avant', 'depuis', 'pendant', 'between', 'with', 'into', 'near',
  'around', 'toward', 'towards', 'dont', 'donc', 'mais', 'puis', 'ayant', 'etant', 'which', 'that', 'whose', 'leader', 'chef', 'chefs',
  'membres', 'members', 'dirige', 'led', 'allie', 'allies', 'allied', 'proche', 'proches', 'suspect', 'suspects', 'presume', 'presumes',
  // a size, not a name: "ADF group of about 30", "groupe d'environ cinquante"
  'about', 'some', 'approximately', 'approx', 'nearly', 'almost', 'over', 'environ', 'quelque', 'plus', 'more', 'than', 'least', 'moins', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'hundreds', 'dozen', 'dozens',
  'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'centaine', 'centaines', 'dizaine', 'dizaines', 'vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'douzaine',
]);
