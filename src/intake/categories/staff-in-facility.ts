import type { Signals } from './categories.js';

/**
 * C13 over C20 (reports28): armed men who break into a health centre or maternity and beat its nurse attacked the
 * facility ("armed men entered the maternity at Komanda CS, stole drugs and beat the nurse", "des miliciens ont
 * pillé le CS et ligoté l'infirmier"): an attack on a hospital (child violation), the state nurse no aid worker (C20
 * names an organisation for that). Staff alone, a facility named and raided by armed men or a group.
 */
export function staffHarmedInRaidedFacility(s: Signals, staffOnly: boolean): boolean {
  // (the facility itself raided: its goods taken or armed men in it; a nurse beaten there alone stays C20's reading)
  return staffOnly && s.has('hospital') && s.has('armed') && !s.has('abduct') && (s.has('loot') || armedEnteredFacility(s, 'hospital'));
}

// "armed men entered the maternity at Komanda CS, stole drugs and beat the nurse", "des hommes armés sont entrés dans
// l'école, ont tout emporté": the facility entered by armed men, then the harm told in the next clause of the sentence.
const ENTERED = /^(entered|enter|entering|entre|entres|entrees|entrent|penetre|penetres|burst|stormed|envahi|envahie|irruption|walikuja|wameingia|waliingia)$/;
const HARM_AFTER = ['loot', 'torture', 'injure', 'kill', 'attack', 'sexual'] as const;
export function armedEnteredFacility(s: Signals, facility: 'school' | 'hospital'): boolean {
  if (!s.has('armed')) return false;
  const t = s.tokens;
  return s.all(facility).some((f) => {
    let k = f.start - 1;
    while (k >= 0 && k >= f.start - 3 && !ENTERED.test(t[k]!.norm)) k--;
    if (k < 0 || !ENTERED.test(t[k]?.norm ?? '') || t.slice(k + 1, f.start + 1).some((x) => x.breakBefore)) return false;
    let stop = f.end;
    while (stop < t.length && !t[stop]!.stopBefore) stop++;
    return HARM_AFTER.some((x) => s.all(x).some((h) => h.start >= f.end && h.start < stop));
  });
}
