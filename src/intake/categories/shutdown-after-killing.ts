import type { SignalHit, Signals } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A shutdown, strike, mourning or protest called after killings already reported tells of no new killing (reports34):
 * "Beni: ville morte called by civil society after the Mamove killings, shops closed, calm", "journée ville morte à
 * Butembo suite aux massacres de Mamove", "general strike in Oicha following the killing of 3 farmers", "deuil et marche
 * à Beni après la tuerie de Kainama". The report is the shutdown (`other`, low) unless harm is done during it (arrests,
 * shots, tyres and roads read by protest-only.ts). Look-alikes: a killing during the shutdown ("during the ville morte,
 * police shot a youth dead"), a killing told with no "after" ("ville morte, 2 killed in Beni").
 */
const SHUTDOWN = /^(greve|strike|shutdown|deuil|mourning|protest|protests|manifestation|manifestations|marche|sit|ferme|fermes|fermees|closed)$/;
// (the shutdown words but "closed" and "ferme", which count for nothing alone, and "ville(s) morte(s)")
const SHUTDOWN_SAID = trigger(['greve', 'strike', 'shutdown', 'deuil', 'mourning', 'protest', 'protests', 'manifestation', 'manifestations', 'marche', 'sit', 'fermes', 'fermees', 'ville', 'villes']);
const AFTER = /^(after|apres|following|suite|since|depuis)$/;
const LINK = /^(the|le|la|l|les|des|de|du|d|a|an|aux|au|of|to|this|that|ce|cette|ces|recent|recents|recente|recentes|last|yesterday|s|hier|series|serie)$/;
const HARMS = new Set(['injure', 'abduct', 'sexual', 'detention', 'attack', 'torture', 'armed', 'loot']);

// ("tension … au marché après l'assassinat": "marché" once its accent is gone, after "au", is where it happened, not a march; "le marché a rouvert" stays the market reopening after a shutdown)
const AT = /^(au)$/;
function marketPlace(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.norm === 'marche' && AT.test(tokens[i - 1]?.norm ?? '');
}

function villeMorte(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => /^villes?$/.test(t.norm) && /^mortes?$/.test(tokens[i + 1]?.norm ?? ''));
}

/** Every killing named is the cause of a shutdown or protest: no killing is reported. */
export function shutdownAfterKilling(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  return shutdownAfter(tokens, hits.filter((h) => h.value.signal === 'kill'), hits.some((h) => HARMS.has(h.value.signal)));
}

/** The same, read from the signals (for the priority: categories/referred-harm.ts). */
export function shutdownAfterKillingIn(s: Signals): boolean {
  return shutdownAfter(s.tokens, s.all('kill'), [...HARMS].some((h) => s.has(h as SignalHit['value']['signal'])));
}

function shutdownAfter(tokens: readonly Token[], kills: readonly SignalHit[], otherHarm: boolean): boolean {
  if (otherHarm || !said(tokens, SHUTDOWN_SAID) || (!villeMorte(tokens) && !tokens.some((t, i) => SHUTDOWN.test(t.norm) && t.norm !== 'closed' && t.norm !== 'ferme' && !marketPlace(tokens, i)))) return false;
  // ("Beni ville morte": a place's name may take "ville", leaving "morte" read as a death)
  const deaths = kills.filter((h) => !(/^mortes?$/.test(tokens[h.start]!.norm) && /^villes?$/.test(tokens[h.start - 1]?.norm ?? '')));
  return deaths.length > 0 && deaths.every((h) => {
    for (let k = h.start - 1; k >= 0 && k >= h.start - 5; k--) {
      if (tokens[k + 1]!.breakBefore) return false;
      const w = tokens[k]!;
      if (AFTER.test(w.norm)) return true;
      // (a place or a name between: "after the Mamove killings")
      if (!LINK.test(w.norm) && !/^\p{Lu}/u.test(w.text)) return false;
    }
    return false;
  });
}
