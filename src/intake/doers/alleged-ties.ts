import { allyAsAgent } from './collaborators-as-agents.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A group named only as what the victims are said to side with, or as the wounded someone came for, did nothing
 * (pending reports26): "12 people held for 'collaboration with Red Tabara'", "soupçonnés de collusion avec les ADF",
 * "accused of links with M23", "tracts menaçant les policiers 'collabos' du M23", "M23 entered the hospital looking for
 * wounded Wazalendo". Naming that group sets a doer the text clears.
 * Look-alikes kept out: a group that acts in a joint operation ("FARDC in collaboration with Wazalendo attacked"), a
 * group after a toll in SMS style ("3 wounded ADF suspected"), an accused group ("Mai-Mai accused of killing 2").
 */
const TIE = /^(collaboration|collab|collabo|collusion|complicite|complicity|intelligence|links?|liens?|ties|connivence|connection|connections|contacts?|relations?)$/;
const WITH = /^(with|avec|to|aux|au)$/;
// The tie is what they are held, suspected or accused for: "for", "pour", "de" (soupçonnés de), "of" (accused of), a quote.
const FOR = /^(for|pour|de|d|of|alleged|presumed|presumee?s?|suspected|supposed|supposee?s?|pretendue?s?)$/;
const ALLIES = /^(collabos?|collaborateurs?|collaborators?|complices?|accomplices?|espions?|spies|informateurs?|informers?)$/;
const ARTICLE = /^(the|les|le|la|l|des|du|de|d|of)$/;
const HIDE = /^(hiding|hide|hides|hid|harbouring|harboring|harbour|harbor|sheltering|cachent|cacher|cachant|cachez|cache|hebergent|heberger|hebergeant|abritent|abriter)$/;
const WOUNDED = /^(wounded|injured|blesses|blessees)$/;
// (the words of ALLIES, HIDE, WOUNDED and TIE: one of them is needed)
const TIE_SAID = trigger([
  ...['collabo', 'collabos', 'collaborateur', 'collaborateurs', 'collaborator', 'collaborators', 'complice', 'complices', 'accomplice', 'accomplices', 'espion', 'espions', 'spies'],
  ...['informateur', 'informateurs', 'informer', 'informers'],
  ...['hiding', 'hide', 'hides', 'hid', 'harbouring', 'harboring', 'harbour', 'harbor', 'sheltering', 'cachent', 'cacher', 'cachant', 'cachez', 'cache', 'hebergent', 'heberger'],
  ...['hebergeant', 'abritent', 'abriter', 'wounded', 'injured', 'blesses', 'blessees'],
  ...['collaboration', 'collab', 'collusion', 'complicite', 'complicity', 'intelligence', 'link', 'links', 'lien', 'liens', 'ties', 'connivence', 'connection'],
  ...['connections', 'contact', 'contacts', 'relation', 'relations'],
]);

export function allegedTieOnly(tokens: readonly Token[], start: number): boolean {
  if (tokens[start]?.breakBefore || !said(tokens, TIE_SAID)) return false;
  let k = start - 1;
  if (k >= 0 && /^(the|les|le|la|l)$/.test(tokens[k]!.norm)) k--;
  const w = tokens[k]?.norm ?? '';
  // "collabos du M23", "ADF collaborators" is read elsewhere
  // ("menacé par des collaborateurs ADF": the agent, collaborators-as-agents.ts)
  if (ALLIES.test(w) && !allyAsAgent(tokens, k)) return true;
  if (ARTICLE.test(w) && ALLIES.test(tokens[k - 1]?.norm ?? '') && !tokens[k]!.breakBefore && !allyAsAgent(tokens, k - 1)) return true;
  // "looking for wounded Wazalendo", "soigner les blessés" is no group
  // ("if you keep hiding Wazalendo", "les familles qui cachent des Wazalendo": the group the victims hide)
  if (HIDE.test(w) || (ARTICLE.test(w) && HIDE.test(tokens[k - 1]?.norm ?? '') && !tokens[k]!.breakBefore)) return true;
  if (WOUNDED.test(w) && /^(for|the|des|les|of|de|a|an|un|une|treating|treat|soigner|searching|looking|cherchant)$/.test(tokens[k - 1]?.norm ?? '')) {
    return !/^(suspected|suspectes?|soupconnes?|blamed|accused)$/.test(tokens[start + 1]?.norm ?? '');
  }
  if (!WITH.test(w) || !TIE.test(tokens[k - 1]?.norm ?? '')) return false;
  return FOR.test(tokens[k - 2]?.norm ?? '') || FOR.test(tokens[k - 3]?.norm ?? '');
}
