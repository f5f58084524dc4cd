import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * One child, named by an age under 18, seen in an armed group's ranks (reports28, C18): "boy of 15 seen with Wazalendo at
 * Rubaya barrier, armed, says he joined in june", "garçon de 14 ans armé aux côtés des Mai-Mai", "a 16 year old boy
 * carrying a gun at the M23 checkpoint". The child associated with the group is the child affected (1). Needs an armed
 * group named (the caller's `groupNamed`) and a word of joining, arms or uniform.
 */
const CHILD_WORDS = ['boy', 'girl', 'garcon', 'fille', 'enfant', 'child', 'kid', 'mineur', 'mineure', 'adolescent', 'adolescente', 'teenager', 'mtoto', 'mwana'];
const CHILD: ReadonlySet<string> = new Set(CHILD_WORDS);
const CHILD_SAID = trigger(CHILD_WORDS);
const OF = /^(of|de|aged|age|agee|ya)$/;
const YEARS = /^(ans|years|yrs|yr|yo|miaka)$/;
const JOINED = /^(joined|join|rejoint|rejoindre|enrolled|enrole|enrolee|recruited|recrute|recrutee|armed|arme|armee|weapon|weapons|gun|fusil|ak47|kalachnikov|uniform|uniforme|tenue|carrying|portant|porte|fighting|combat|combattant|soldier|soldat|guarding|garde)$/;

function minorAt(tokens: readonly Token[], i: number): boolean {
  // "boy of 15", "garçon de 14 ans"
  if (OF.test(tokens[i + 1]?.norm ?? '') && /^\d{1,2}$/.test(tokens[i + 2]?.norm ?? '')) return Number(tokens[i + 2]!.norm) < 18;
  // "a 16 year old boy", "15yo boy"
  const n = tokens[i - 3]?.norm ?? '';
  if (/^(old|aged)$/.test(tokens[i - 1]?.norm ?? '') && YEARS.test(tokens[i - 2]?.norm ?? '') && /^\d{1,2}$/.test(n)) return Number(n) < 18;
  return false;
}

export function childWithGroup(tokens: readonly Token[], victims: Victims, groupNamed: boolean): void {
  if (!groupNamed || victims.childrenAffected !== null || !said(tokens, CHILD_SAID)) return;
  let child = false;
  for (let i = 0; i < tokens.length && !child; i++) if (CHILD.has(tokens[i]!.norm) && minorAt(tokens, i)) child = true;
  if (child && tokens.some((t) => JOINED.test(t.norm))) victims.childrenAffected = 1;
}
