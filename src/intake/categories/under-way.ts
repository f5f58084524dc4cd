import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * C10 (conventions settled 2026-12-06): fighting, shooting or an attack said to go on since a time, with no word that it
 * ended, is under way — "clashes since 5am", "affrontements depuis ce matin", "les CODECO et les Zaïre s'affrontent depuis
 * hier", "tirs nourris depuis 4h", "wanapigana tangu asubuhi". Look-alikes that stay as they are: people who fled or
 * arrived since a time because of fighting ("displacement since 0600hrs due to shelling", "arrivals since morning, fled
 * the clashes"), "since the attack" (no time), fighters merely present since a time, and a span that closed ("depuis 5h
 * jusqu'à 9h", "calme revenu", "the attackers withdrew", "situation maîtrisée").
 */
// (SMS: "dpuis 6h", "depui hier")
const SINCE_WORDS = ['since', 'depuis', 'tangu', 'dpuis', 'depui', 'dps'];
const SINCE: ReadonlySet<string> = new Set(SINCE_WORDS);
const SINCE_SAID = trigger(SINCE_WORDS);
// ("ça cogne entre M23 et wazalendo depuis ce matin": spoken French for the fighting, reports48)
const FIGHT = /^(cogne|affrontements?|affrontmts?|affrontent|s.affrontent|combats?|combattent|clash|clashes|clashing|fight|fights|fighting|accrochages?|tirs?|tiraillements?|shooting|shots|shelling|shells|gunfire|gunshots?|bombardements?|bombing|pilonnages?|pilonnent|detonations?|echanges?|exchange|exchanges|risasi|wanapigana|mapigano|attacking|attaquent|fusillades?|crepitements?|obus|mortars?|mortiers?|firing|feu|fire|tire|tirent|masasi|bitumba)$/;
// A time, or what may come before it ("depuis ce matin", "since early morning", "depuis 3 jours", "tangu jana", "depuis 30min").
const TIME = /^(\d{1,3}(min|mins|mn|minutes?)|\d{1,2}(hr|hrs|heures?)|\d{1,2}h\d{0,2}|\d{3,4}(hrs?|h)?|\d{1,2}(am|pm)|\d{1,2}|dawn|aube|daybreak|morning|matin|matinee|yesterday|yday|hier|noon|midi|midnight|minuit|tonight|evening|soir|soiree|night|nuit|asubuhi|jana|usiku|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|deux|trois|quatre|two|three|four)$/;
const BEFORE_TIME = new Set(['ce', 'cette', 'this', 'l', 'la', 'le', 'early', 'tot', 'last', 'the']);
// Fighting said as the cause of something else since a time ("since Monday due to fighting", "depuis hier suite aux combats").
const CAUSE = /^(due|because|after|apres|suite|following|cause|fled|fui|fuient|fuyant|fuite|peur|fear|crainte|owing|par|by)$/;
// The fighting said to have ended.
const ENDED = /^(withdrew|withdrawn|retreated|repulsed|repelled|repousses?|repoussee?s?|retires|retiree?s?|replies|repliee?s?|maitrisee?|ended|stopped|ceased|cesse|cessent|accalmie|calm|calme|until|till|jusqu|jusque|termine|terminee?s?|finished)$/;

/** An `underway` hit on "since/depuis" when fighting is said to go on since a time and nothing says it ended. */
// (`clashAt`: other words read as a clash there, "M23 vs Wazalendo": categories/versus-clash.ts)
export function fightingSinceHits(tokens: readonly Token[], clashAt: (k: number) => boolean = () => false): SignalHit[] {
  if (!said(tokens, SINCE_SAID)) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SINCE.has(tokens[i]!.norm)) continue;
    let t = i + 1;
    while (t < i + 3 && BEFORE_TIME.has(tokens[t]?.norm ?? '') && !tokens[t]!.breakBefore) t++;
    const time = tokens[t];
    if (!time || time.breakBefore || !TIME.test(time.norm)) continue;
    if (fightNear(tokens, i, t, clashAt) && !tokens.some((x) => ENDED.test(x.norm))) return [{ value: { signal: 'underway', subType: 'fighting_since' }, start: i, end: i + 1 }];
  }
  return [];
}

// Words that lengthen a phrase without adding to it: French says "combats entre le M23 et les FARDC près de Sake" where
// English says "fighting between M23 and FARDC near Sake", so the window before "since" counts only the other words.
const FILLER = new Set(['le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'et', 'a', 'au', 'aux', 'the', 'of', 'and', 'an', 'in', 'en']);

// The fighting word in the same clause: before "since" (up to 8 words, fillers not counted), or right after the time
// with no cause word between.
function fightNear(tokens: readonly Token[], since: number, time: number, clashAt: (k: number) => boolean): boolean {
  for (let k = since - 1, counted = 0; k >= 0 && counted < 8; k--) {
    if (tokens[k + 1]!.breakBefore) break;
    // ("on the Sake-Minova axis": a hyphened name counts once, reports46)
    if (!FILLER.has(tokens[k]!.norm) && !tokens[k + 1]!.hyphenBefore) counted++;
    if (FIGHT.test(tokens[k]!.norm) || clashAt(k)) return true;
    if (CAUSE.test(tokens[k]!.norm)) break;
  }
  for (let k = time + 1; k < tokens.length && k <= time + 5; k++) {
    // "looting since 10pm, shooting in the air", "depuis 06h, des combats opposent…": the clause right after the time may tell the fighting
    if (tokens[k]!.breakBefore) return k === time + 1 && clauseOpensWithFight(tokens, k);
    if (CAUSE.test(tokens[k]!.norm)) return false;
    if (FIGHT.test(tokens[k]!.norm)) return true;
  }
  return false;
}

const OPENERS = new Set(['des', 'les', 'de', 'heavy', 'sporadic', 'intense', 'the', 'nourris', 'violents', 'violent']);
function clauseOpensWithFight(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    if (k > at && tokens[k]!.breakBefore) return false;
    if (FIGHT.test(tokens[k]!.norm)) return true;
    if (!OPENERS.has(tokens[k]!.norm)) return false;
  }
  return false;
}

/**
 * C10: gunfire only heard while people flee is read as the flight (categories/signal-hits.ts sets the shots aside), but
 * the shooting or the situation said to go on ("tirs nourris entendus, la population se réfugie à la paroisse. Situation
 * en cours.", "gunfire heard, people fleeing, shooting ongoing") is an attack under way all the same. An `underway` hit
 * with sub-type `fire_goes_on` when the raw hits hold gunfire and an under-way word, nothing says it ended, and no
 * inquiry or response is what goes on ("situation en cours de suivi", "evacuation in progress").
 */
export function heardFireGoesOnHits(hits: readonly SignalHit[], tokens: readonly Token[]): SignalHit[] {
  const gunfire = hits.some((h) => h.value.signal === 'attack' && FIGHT.test(tokens[h.start]!.norm));
  if (!gunfire || hits.some((h) => h.value.signal === 'inquiry' || h.value.signal === 'response') || tokens.some((x) => ENDED.test(x.norm))) return [];
  const on = hits.find((h) => h.value.signal === 'underway' && !/^(de|d|of)$/.test(tokens[h.end]?.norm ?? ''));
  return on ? [{ value: { signal: 'underway', subType: 'fire_goes_on' }, start: on.start, end: on.end }] : [];
}
