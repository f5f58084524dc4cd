import type { Token } from '../normalize.js';

/**
 * C10: a group "firing" or "shelling" named at the end of a report whose harm is told as done ("Shell hit EP Rugari school
 * yard, roof destroyed, M23 firing", "2 bombs fell near the mining site, one digger killed. Source says M23 firing on
 * Wazalendo positions") says whose fire it was, not that it goes on as the report is sent: not under way. The -ing word
 * opens no clause of its own after it (it is the report's last clause) and nothing says "still", "now" or "ongoing".
 * Look-alikes kept under way: "M23 shelling Kibumba, 2 killed" (the -ing first), "M23 still firing", "ADF attacking Mamove
 * now".
 */
const ING = /^(firing|shelling|shooting|bombarding|pounding)$/;
const DONE = /^(hit|fell|landed|struck|killed|died|dead|injured|wounded|destroyed|damaged|burnt|burned|touche|tombe|tombes|tombee|tombees|tues?|blesses?|detruite?s?|endommagee?s?)$/;
const NOW = /^(still|now|ongoing|currently|continuing|continues|right|toujours|encore|maintenant|cours|actuellement)$/;

export function firingAsSource(tokens: readonly Token[], at: number): boolean {
  if (!ING.test(tokens[at]?.norm ?? '')) return false;
  // (the group's clause: back to its start)
  let from = at;
  while (from > 0 && !tokens[from]!.breakBefore) from--;
  if (from === 0) return false;
  for (let k = at + 1; k < tokens.length; k++) if (tokens[k]!.breakBefore) return false;
  let done = false;
  for (let k = 0; k < tokens.length; k++) {
    if (NOW.test(tokens[k]!.norm)) return false;
    if (k < from && DONE.test(tokens[k]!.norm)) done = true;
  }
  return done;
}
