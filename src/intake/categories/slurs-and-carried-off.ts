import type { Victims } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { CategoryReading, SignalHit, Signals } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import { isSingularPerson } from '../victims/victim-words.js';

/**
 * Everyday traffic and grave incidents (reports15): constructions read from the hits, mentions and tokens the
 * parser has already found (no new keyword pass). Each rule names its class and the look-alike it leaves alone.
 */

const hit = (signal: SignalHit['value']['signal'], start: number, end: number): SignalHit => ({ value: { signal, subType: null }, start, end });

// "every Tutsi is M23", "tous les Hema sont des CODECO", "les Nande sont tous ADF": a whole people called an armed
// group is incitement; the group named in the slur did nothing (only the speaker may be a doer).
const EVERY_WORDS = ['every', 'all', 'tous', 'toutes', 'chaque', 'tout', 'each'];
const EVERY = oneOf(EVERY_WORDS);
const EVERY_SAID = trigger(EVERY_WORDS);
const IS = /^(is|are|sont|est|=|ni|wote)$/;
const ARTICLE = /^(des|de|d|les|the|a|an|un|une|tous|all|wa|ya)$/;
/** Hate hits for "every <people> is <group>", and where the group named in each slur starts. */
export function slurHits(tokens: readonly Token[], mentionStarts: readonly number[]): { hits: SignalHit[]; named: number[] } {
  const hits: SignalHit[] = [];
  const named: number[] = [];
  if (mentionStarts.length === 0 || !said(tokens, EVERY_SAID)) return { hits, named };
  for (let i = 0; i < tokens.length; i++) {
    if (!IS.test(tokens[i]!.norm) || i === 0) continue;
    let every = false;
    for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k + 1]!.breakBefore; k--) if (EVERY.test(tokens[k]!.norm)) every = true;
    let k = i + 1;
    while (k < tokens.length && k <= i + 3 && ARTICLE.test(tokens[k]!.norm)) {
      if (EVERY.test(tokens[k]!.norm)) every = true;
      k++;
    }
    if (!every || !mentionStarts.includes(k) || tokens[k]!.breakBefore) continue;
    hits.push({ value: { signal: 'hate', subType: null }, start: i, end: k });
    named.push(k);
  }
  return { hits, named };
}

// "Des ADF ont emporté plusieurs personnes", "took 3 people with them": people carried off are abducted, not goods taken.
const CARRIED = /^(emport\w*|took|taken|carried|amene\w*|embarque\w*)$/;
const PEOPLE = /^(personnes|persons|people|ppl|gens|civils|civilians|habitants|villageois|villagers|femmes|women|hommes|men|jeunes|youths|enfants|children|filles|girls|garcons|boys|cultivateurs|farmers|pecheurs|fishermen|passagers|passengers)$/;
const BETWEEN_PEOPLE = /^(\d+|plusieurs|several|des|some|quelques|many|beaucoup|bcp|de|d|nombreuses|nombreux|deux|trois|quatre|cinq|two|three|four|five|dizaine|dizaines|centaine|with|them|avec|eux)$/;
/** Abduct hits for goods verbs whose object is people. */
export function peopleCarriedOffHits(hits: readonly SignalHit[], tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const h of hits) {
    if (h.value.signal !== 'loot' || !CARRIED.test(tokens[h.end - 1]!.norm)) continue;
    for (let k = h.end; k < tokens.length && k <= h.end + 3 && !tokens[k]!.breakBefore; k++) {
      if (PEOPLE.test(tokens[k]!.norm)) {
        out.push(hit('abduct', h.start, k + 1));
        break;
      }
      if (!BETWEEN_PEOPLE.test(tokens[k]!.norm)) break;
    }
  }
  return out;
}

// "forced over 1,500 people to flee": made to flee, not forced recruitment.
/** A `forced` recruit hit that a flight follows in the same clause. */
export function forcedToFlee(h: SignalHit, hits: readonly SignalHit[], tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'recruit' || !/^(forced|forcing|force|forces)$/.test(tokens[h.start]!.norm)) return false;
  return hits.some((d) => d.value.signal === 'displace' && d.start > h.start && d.start - h.end <= 6 && !tokens.slice(h.end, d.start + 1).some((t) => t.stopBefore));
}

// A levy said with no threat ("M23 collecting 'taxes' per bag", "perçoivent l'effort de guerre") is extortion: the
// property taken names it (C6); a threat said with it stays the threat.
const LEVY = /^(effort|war|taxe|taxes|contribution|contributions|collecting|collect|collected|levies|levy|percoivent|percoit|percevoir|ramassent|collectent)$/;
// A dispute named first between two sides ("tension at Kiliba between residents and IDPs", "conflit foncier entre 2
// familles, menaces à la machette"), no armed group and nobody hurt, is the tension, whatever threat or damage it carries.
const BETWEEN = /^(between|betw|btw|btwn|entre|among|parmi)$/;
const ARMED_HARM = ['kill', 'injure', 'attack', 'sexual', 'abduct', 'detention', 'torture', 'explosive'] as const;

/** The readings the reports15 classes set right, after the earlier reranks. */
export function rerankTune15(ranked: CategoryReading[], s: Signals, victims: Victims): CategoryReading[] {
  const top = ranked[0]?.category;
  if (top === 'threat_intimidation' && s.has('threat') && s.all('threat').every((h) => h.value.subType === 'extortion' && LEVY.test(s.tokens[h.start]!.norm)) && !s.all('access').some((h) => h.value.subType !== 'roadblock')) return first(ranked, 'looting_destruction', 'extortion'); // (C6: a levy at a barrier is looting, a barrier word alone blocks no one)
  if ((top === 'threat_intimidation' || top === 'looting_destruction') && disputeFirst(s)) return first(ranked, 'intercommunal_tension', null);
  // "armed men in Kididiwe fields since yday, ppl fear to go farm": armed men about, feared, nothing done is their presence.
  if (ranked.length === 0 && s.has('armed') && s.has('fear') && presenceFeared(s) && victims.killed === null) return first(ranked, 'armed_group_movement', null);
  return ranked;
}

/** The reading moved first (kept with its sub-type when it was already there). */
function first(ranked: CategoryReading[], category: CategoryId, subType: string | null): CategoryReading[] {
  const had = ranked.find((r) => r.category === category);
  return [had ?? { category, subType }, ...ranked.filter((r) => r.category !== category)];
}

function presenceFeared(s: Signals): boolean {
  if ((['loot', 'threat', 'hate', 'displace'] as const).some((x) => s.has(x)) || ARMED_HARM.some((x) => s.has(x))) return false;
  const armedAt = s.all('armed')[0]!.start;
  return s.all('fear').some((h) => h.value.subType === null && armedAt < h.start);
}

function disputeFirst(s: Signals): boolean {
  if (!s.has('tension') || s.has('armed') || ARMED_HARM.some((x) => s.has(x))) return false;
  const tension = s.all('tension')[0]!;
  const other = [...s.all('threat'), ...s.all('loot')];
  if (other.some((h) => h.start < tension.start)) return false;
  return s.tokens.some((t, i) => BETWEEN.test(t.norm) && i > tension.start && i - tension.end <= 6);
}

// "Wazalendo deployed on the hills above Kalengera. No incident so far": a presence watched, not a quiet day.
/** "no incident so far / pour l'instant" said after armed men on the move: the movement is the report. */
export function watchedPresence(s: Signals): boolean {
  return s.has('armed') && s.all('movement').some((h) => h.value.subType !== 'weak') && s.all('neutral').some((h) => h.value.subType === 'watched');
}

// "a man cut on the arm", "une femme blessée à la machette au bras": one person wounded by a blade, said with the wound.
const ONE = /^(a|an|one|un|une|the|le|la|l)$/;
const BLADE = /^(cut|cuts|slashed|hacked|coupe|coupee|entaille|entaillee)$/;
/** 1 when a single person is said cut with a blade on a part of the body; null otherwise. */
// ("boy (9) lost leg stepping on a mine", "une fillette a perdu sa jambe": one person who lost a limb, vocabulary/remote-base.ts)
const LOST = /^(lost|loses|losing|a|ont|perdu|amputated|ampute|amputee)$/;
/** The one person said to have lost a limb (its token index), or -1. */
export function limbLostBy(s: Signals): number {
  const t = s.tokens;
  for (const h of s.all('injure')) {
    if (!LOST.test(t[h.start]!.norm) || h.end - h.start < 2) continue;
    let k = h.start - 1;
    if (/^(a|has|had)$/.test(t[k]?.norm ?? '') && /^(perdu|lost)$/.test(t[h.start]!.norm)) k--; // ("un enfant a perdu la main")
    if (/^\d{1,2}$/.test(t[k]?.norm ?? '')) k--; // an age in brackets
    // ("Mines: boy …": a colon leaves a wider gap than a space, it opens the clause)
    if (isSingularPerson(t[k]?.norm ?? '') && (k === 0 || t[k]!.breakBefore || t[k]!.start - t[k - 1]!.end > 1 || ONE.test(t[k - 1]?.norm ?? ''))) return k;
  }
  return -1;
}
export function cutOneCount(s: Signals): number | null {
  if (limbLostBy(s) >= 0) return 1;
  for (const h of s.all('injure')) {
    const t = s.tokens;
    if (!BLADE.test(t[h.start]!.norm) || h.end - h.start < 3) continue;
    if (isSingularPerson(t[h.start - 1]?.norm ?? '') && ONE.test(t[h.start - 2]?.norm ?? '')) return 1;
  }
  return null;
}
