import type { Token } from '../normalize.js';

/**
 * An attack on a site said only as what armed men gather FOR ("des miliciens CODECO se regrouperaient à Lodjo pour
 * attaquer le site de déplacés cette nuit", "ADF massing near Biakato to attack the camp tonight") is a plan: the threat or
 * the movement, not the site attacked now (which "menace d'attaque imminente sur le camp", "attack on the site under way"
 * stay). The verb of attacking is an infinitive after "pour"/"to"/"in order to"/"afin d'".
 */
const PURPOSE = /^(pour|to)$/;
const ATTACK_VERB = /^(attaquer|attack|raid|assaillir|envahir|invade|strike|frapper|bruler|burn|piller|loot)$/;

export function attackAsPurposeOnly(tokens: readonly Token[], at: number): boolean {
  if (!ATTACK_VERB.test(tokens[at]?.norm ?? '')) return false;
  const before = tokens[at - 1]?.norm ?? '';
  // ("afin d'attaquer", "dans le but d'attaquer")
  if (before === 'd' || before === 'de') return tokens[at - 2]?.norm === 'afin' || tokens[at - 2]?.norm === 'but';
  return PURPOSE.test(before);
}
