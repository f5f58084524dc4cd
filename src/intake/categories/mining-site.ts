import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A mining site named by its place is no IDP site (pending reports26): "5,000 FC per digger at the Mobale site",
 * "Raia Mutomboki attacked diggers at the Mobale site", "creuseurs chassés du site de Kamakundu", "wachimbaji wa site ya
 * Rubaya". Where diggers, miners, gold or coltan are what the report is about and no displaced person is named, the
 * "site" is the mine's: no attack on an IDP site (critical), but what was done there.
 * Look-alikes kept out: a report naming displaced people ("deplacés du site de Mobale", "IDPs at the Rhoe site").
 */
const MINING = /^(digger|diggers|creuseurs?|miners?|orpailleurs?|wachimbaji|mchimbaji|gold|or|coltan|cassiterite|minier|miniers|miniere|mining|mine|mines|pits?|puits|dredges?|dragues?)$/;
const DISPLACED = /^(deplace\w*|dplc\w*|idps?|pdi|displaced|wakimbizi|refugie\w*|refugees?|shelters?|abris?)$/;

export function miningSite(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'idpSite') return false;
  let mining = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (DISPLACED.test(w)) return false;
    // ("or" is French gold only after "d'", "de l'", "site d'or")
    if (MINING.test(w) && (w !== 'or' || /^(d|l)$/.test(tokens[i - 1]?.norm ?? ''))) mining = true;
  }
  return mining;
}
