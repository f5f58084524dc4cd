import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Who did it, in reports15's wordings: a group named only as gone before the harm, as redeployed before a return,
 * or as what a threatened person had denounced, did not do the harm; police and soldiers said as doers in a
 * round-up ("rafle de la police"), holding people in a cell ("l'OPJ garde 3 creuseurs au cachot") or taking money.
 */

const AFTER = /^(after|since|apres|depuis|following|suite)$/;
const ARTICLE = /^(the|le|la|les|l|des|de|du|d|of|a|au|aux)$/;
const GONE_NOUN_WORDS = ['depart', 'departure', 'retrait', 'withdrawal', 'repli'];
const GONE_NOUN = oneOf(GONE_NOUN_WORDS);
const NOW_THAT = /^(now|maintenant|once|desormais)$/;
const GONE_VERB_WORDS = ['left', 'gone', 'departed', 'withdrew', 'withdrawn', 'retreated', 'redeployed', 'pulled', 'partis', 'parti', 'retires', 'replies', 'redeployes', 'quitte'];
const GONE_VERB = oneOf(GONE_VERB_WORDS);
// (reports37: "threats after reporting Nyatura recruitment of kids": what the threatened reported, categories/threat-topic.ts)
const DENOUNCED_WORDS = ['denonce', 'denonces', 'denoncer', 'denounced', 'denouncing', 'denounce', 'critique', 'critiquer', 'criticised', 'criticized', 'criticising', 'criticizing', 'exposed', 'exposing', 'reporting', 'documenting', 'signale', 'signaler', 'signalant'];
const DENOUNCED = oneOf(DENOUNCED_WORDS);
const SPOKE_WORDS = ['talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'speaking', 'parle', 'parles', 'parlent', 'parler', 'parlait', 'parlant', 'wrote', 'writing', 'written', 'ecrit', 'ecrire', 'ecrivait'];
const SPOKE = oneOf(SPOKE_WORDS);
// (gone: a noun, "pull out" or a verb; denounced or spoken of: the verb)
const GONE_OR_DENOUNCED_SAID = trigger([...GONE_NOUN_WORDS, 'pull', ...GONE_VERB_WORDS, ...DENOUNCED_WORDS, ...SPOKE_WORDS]);
const ABOUT = /^(about|of|on|de|des|du|d|sur)$/;
// ("warned to stop talking about the ADF killings", "sommé d'arrêter de parler des ADF": told to stop speaking of them, reports44)
const HE_DID = /^(a|avoir|having|for|pour|after|apres|since|depuis|qu|il|elle|he|she|had|has|ayant|stop|stopping|quit|cesser|cesse|arreter)$/;

/** The actor at [start, end) is named only as gone or arrived before what is told, or as what a victim denounced. */
export function goneOrDenounced(tokens: readonly Token[], start: number, end: number): boolean {
  if (!said(tokens, GONE_OR_DENOUNCED_SAID)) return false;
  // "après le départ des M23", "after the withdrawal of FARDC"
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && ARTICLE.test(tokens[k]!.norm)) k--;
  if (k >= 1 && GONE_NOUN.test(tokens[k]!.norm) && (AFTER.test(tokens[k - 1]!.norm) || (ARTICLE.test(tokens[k - 1]!.norm) && AFTER.test(tokens[k - 2]?.norm ?? '')))) return true;
  // ("after the M23 withdrawal", "since the FDLR's departure", "following the Wazalendo pull-out": the noun after the name, reports35)
  const noun = /^(s)$/.test(tokens[end]?.norm ?? '') ? end + 1 : end;
  if ((GONE_NOUN.test(tokens[noun]?.norm ?? '') || (tokens[noun]?.norm === 'pull' && tokens[noun + 1]?.norm === 'out')) && !tokens[end]?.breakBefore && k >= 0 && AFTER.test(tokens[k]!.norm)) return true;
  // "after FARDC redeployed", "depuis que les M23 sont partis"
  // ("now that the M23 left", "maintenant que les M23 sont partis", "once NDC-R are gone": the cause of a return, reports44;
  // not a heading's "suite" before a colon, "Biakato suite: les ADF se sont retirés": the clause must run on, and a colon
  // is no break for the tokenizer, only a wider gap)
  let b = start - 1;
  while (b >= 0 && b >= start - 2 && /^(the|les|le|la|l|que|qu|that)$/.test(tokens[b]!.norm)) b--;
  if (b >= 0 && (AFTER.test(tokens[b]!.norm) || NOW_THAT.test(tokens[b]!.norm)) && !tokens.slice(b + 1, start + 1).some((t, n) => t.breakBefore || t.start - tokens[b + n]!.end > 1)) {
    let v = end;
    if (/^(have|has|had|ont|sont|se|s|are|were)$/.test(tokens[v]?.norm ?? '')) v++;
    if (/^(sont|se|s)$/.test(tokens[v]?.norm ?? '')) v++;
    if (GONE_VERB.test(tokens[v]?.norm ?? '') && !tokens[v]!.breakBefore) return true;
  }
  // "menacé depuis qu'il a dénoncé les taxes des wazalendo", "threatened after denouncing FARDC abuses"
  // (up to 10 words back: "depuis qu'il a parlé à la radio des exactions de la CODECO", reports39)
  for (let d = start - 1; d >= 0 && d >= start - 10; d--) {
    if (tokens[d + 1]!.breakBefore) break;
    if (DENOUNCED.test(tokens[d]!.norm)) return [1, 2, 3].some((e) => HE_DID.test(tokens[d - e]?.norm ?? ''));
    // ("bcoz he talk about codeco", "pour avoir parlé de la CODECO à la radio", "parce qu'il parle des ADF": the group is the
    // subject of what the threatened person said, as "reporting on ADF" or "denouncing" is)
    // (not "depuis hier, on parle de CODECO", "since yesterday, talk of CODECO": talk of a group is a rumour of it, reports23;
    // the one who spoke stands in the verb's clause)
    const sameClause = (e: number): boolean => !tokens.slice(d - e + 1, d + 1).some((t) => t.breakBefore);
    if (SPOKE.test(tokens[d]!.norm) && tokens[d - 1]?.norm !== 'on' && tokens.slice(d + 1, start).some((t) => ABOUT.test(t.norm)) && [1, 2, 3].some((e) => HE_DID.test(tokens[d - e]?.norm ?? '') && sameClause(e))) return true;
  }
  return false;
}

// "rafle de la police", "arrestations de la police", "tirs de l'armée": the harm told as a noun before them.
const THEIR_HARM = /^(rafles?|arrestations?|tirs|violences?|exactions|bastonnades?|tracasseries|extorsions?|rackets?|pillages?|viols?|bavures?|brutalites?)$/;
// "garde 3 creuseurs au cachot", "keeps them in custody": holding people in a cell.
const KEEPS = /^(garde|gardent|gardait|gardaient|keeps|keep|kept|keeping|maintient|maintiennent)$/;
const CELL = /^(cachot|cachots|cellule|custody|cell|cells|prison|detention|lockup|amigo)$/;
// "taking 5 USD from every trader", "prennent 2000 FC à chaque moto"
const TAKING = /^(taking|took|takes|prennent|prend|prenaient|prelevent|preleve|exacting|charging|charge|chargent)$/;
const MONEY = /^(\d+(fc|usd|ugx|frw|\$)?|fc|usd|ugx|frw|\$|francs|dollars|shillings)$/;

/** Police or soldiers at i did the harm in one of the reports15 constructions. */
export function forceDoer15(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (/^(la|l|le|les|the)$/.test(tokens[k]?.norm ?? '')) k--;
  if (/^(de|des|du|d|of|by|par)$/.test(tokens[k]?.norm ?? '') && THEIR_HARM.test(tokens[k - 1]?.norm ?? '') && !tokens[i]!.breakBefore) {
    // ("manifestent contre les tracasseries des militaires": a protest about them)
    return ![2, 3].some((d) => /^(contre|against|denonc\w*|denounc\w*|protest\w*)$/.test(tokens[k - d]?.norm ?? ''));
  }
  // the verb a few words after the force (past a place: "L'OPJ de Nizi garde …", "Police at Kasindi border post taking …")
  for (let v = i + 1; v < tokens.length && v <= i + 6 && !tokens[v]!.breakBefore; v++) {
    const n = tokens[v]!.norm;
    if (KEEPS.test(n)) return tokens.slice(v + 1, v + 7).some((t) => CELL.test(t.norm));
    if (TAKING.test(n)) return tokens.slice(v + 1, v + 4).some((t) => MONEY.test(t.norm));
  }
  return false;
}

// "Wazalendo elements deployed on the hills above Kalengera", "les CODECO se sont déployés autour de Fataki": an armed
// group deployed somewhere is moving, not responding (the host state's forces deployed still respond).
const FILLER = /^(elements|elts|fighters|combattants|men|hommes|have|has|ont|were|sont|been|ete|a|se|s|reportedly)$/;
const DEPLOYED = /^(deploy\w*|redeploy\w*|deploie\w*|deploye\w*|redeploye\w*)$/;
const WHERE = /^(on|sur|around|autour|in|at|a|dans|ds|near|pres|along|above|au|aux|overnight|last|cette|this|en)$/;
/** An armed group's men said deployed somewhere (to be read as a movement, not a response). */
export function groupDeployed(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < end + 3 && FILLER.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  return DEPLOYED.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore && WHERE.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore;
}

// "wamekufa 2 at Totolito, ADF came at nite", "les ADF sont venus la nuit": an armed group that came by night raided.
const NIGHT = /^(night|nite|nuit|dawn|aube|evening|soir|nightfall|midnight|minuit)$/;
/** The words after an armed group's "came" say when, by night (the raid, not a response). */
// ("CODECO came down from the hills into Djugu": an armed group coming down to a town moves in, it does not respond)
export function cameAtNight(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.norm === 'down' && !tokens[from]!.breakBefore) return true;
  for (let k = from; k < tokens.length && k <= from + 2 && !tokens[k]!.breakBefore; k++) if (NIGHT.test(tokens[k]!.norm)) return true;
  return false;
}
