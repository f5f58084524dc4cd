import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Rumours of a named armed group close by that set off panic are the threat of an attack (C9 names the group, a rumour not
 * yet confirmed included; reports34): "bunia centre: bcp de rumeurs sur des codeco aux portes de la ville, panique au
 * marché central, rien de confirmé", "rumours of ADF near Oicha, panic in the market", "psychose à Komanda, on parle des
 * ADF aux environs". With no category read otherwise, the report is `threat_intimidation`. Look-alikes: a calm day with
 * rumours ("calme précaire, rumeurs d'infiltration, non confirmées": `other`), rumours with no one afraid, people who fled
 * (a displacement, read by the flight words).
 */
const RUMOUR = /^(rumeurs?|rumours?|rumors?|bruits?|says?|dit|disent|parle|parlent|hear|heard|entend\w*)$/;
// (panic, not worry: "bruit adf vers kainama pop inquiete" stays the group's movement, as the main corpus reads it)
const PANIC = /^(panique\w*|panic\w*|psychose|affole\w*|affolement|terrified|terrifies?|terrorises?|frightened)$/;
const CALM = /^(calme|calm|accalmie|quiet|ras|normal|normale|normalement)$/;

export function rumourPanic(tokens: readonly Token[], hits: readonly SignalHit[], groupNamed: boolean): boolean {
  if (!groupNamed || tokens.some((t) => CALM.test(t.norm))) return false;
  const rumour = hits.some((h) => h.value.signal === 'fear') || tokens.some((t) => RUMOUR.test(t.norm));
  return rumour && tokens.some((t) => PANIC.test(t.norm));
}
