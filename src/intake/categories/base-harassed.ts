import type { SignalHit, Signals } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "Harassed" said of a mission base, post or patrol is harassing fire, an attack (sitrep usage): "COB Masisi harassed by
 * unknown armed men, fire returned", "TOB Kamango harassed by ADF", "la base de la MONUSCO à Kamango harcelée par des
 * ADF, riposte", "ADF harassing the COB since 2am". The threat keyword on the verb is read as an attack, beside the
 * peacekeepers it targets (categories/categories.ts then reads an attack on peacekeepers). Read only when a threat and
 * a peacekeeper hit are both found. Look-alikes: "civilians harassed at the MONUSCO gate" (people harassed, no base as its
 * object), "sexual harassment by a peacekeeper" (a sexual-harm phrase, no harass verb hit).
 */
const HARASSED = /^(harass|harassed|harassing|harasses|harcele|harcelee|harceles|harcelees|harcelent|harcelaient|harcelement|harcelements)$/;
const LINK = /^(a|at|in|of|de|d|du|la|le|l|the|near|pres|en|ya)$/;
const ARTICLE = /^(the|la|le|l|les|a|our|notre)$/;

export function baseHarassed(s: Signals, tokens: readonly Token[]): ((h: SignalHit) => boolean) | null {
  if (!s.has('threat') || !s.has('peacekeeper')) return null;
  const harassed = (h: SignalHit): boolean => {
    if (h.value.signal !== 'threat' || h.end - h.start !== 1 || !HARASSED.test(tokens[h.start]!.norm)) return false;
    return s.all('peacekeeper').some((p) => {
      // the base before the verb ("COB Masisi harassed", "la base … à Kamango harcelée") or right after it ("harassing the COB")
      const before = p.end <= h.start;
      const from = before ? p.end : h.end;
      const to = before ? h.start : p.start;
      if (to - from > 4 || to < from) return false;
      for (let k = from; k < to; k++) {
        const t = tokens[k]!;
        // (between the base and a passive verb, only its place: "COB Masisi", "base de la MONUSCO à Kamango"; between
        // an active verb and the base, only an article: "harassing the COB")
        const allowed = before ? LINK.test(t.norm) || /^\p{Lu}/u.test(t.text) : ARTICLE.test(t.norm);
        if (!allowed || tokens[k + 1]?.breakBefore) return false;
      }
      return true;
    });
  };
  return s.all('threat').some(harassed) ? harassed : null;
}
