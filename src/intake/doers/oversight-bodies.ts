/**
 * State oversight and rights bodies are no armed group (pending reports38): "Station warned by CSAC" (the media regulator),
 * "la CNDH a dénoncé…", "CENI staff threatened" (the electoral commission as victims), "ARPTC". The group reader takes
 * their acronyms for a group outside the actor list (C5); they regulate, monitor or are harmed, they do not do the harm.
 */
const BODIES = /^(csac|cndh|ceni|arptc|igf|cnjp|cenco|ecc|csm|ccc)$/i;

export function oversightBody(name: string): boolean {
  return BODIES.test(name.trim());
}
