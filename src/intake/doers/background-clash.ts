import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A group named only in the background of the report, as having attacked another side's post before it (reports23):
 * "Wazalendo shot dead 3 civilians …, a day after M23 attacked their position", "les FARDC ont arrêté 5 jeunes au
 * lendemain d'une attaque des ADF contre leur camp". The report's doer comes before; the group after "after" hit a
 * post, not the civilians of this report. Read only from an "after" word (a Set) before the group, in its clause.
 */
const AFTER_WORDS = ['after', 'apres', 'lendemain', 'following', 'suite'];
const AFTER: ReadonlySet<string> = new Set(AFTER_WORDS);
const AFTER_SAID = trigger(AFTER_WORDS);
const POST_WORDS = ['position', 'positions', 'post', 'base', 'camp', 'camps', 'poste', 'bastion', 'bastions'];
const POST: ReadonlySet<string> = new Set(POST_WORDS);
const POST_SAID = trigger(POST_WORDS);

/** The actor at [start, end) is named only after "after" as having attacked a post, with another actor named before. */
export function backgroundAttackOnPost(tokens: readonly Token[], start: number, end: number, actorBefore: (k: number) => boolean): boolean {
  if (!said(tokens, AFTER_SAID) || !said(tokens, POST_SAID)) return false;
  let after = -1;
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    if (AFTER.has(tokens[k]!.norm)) {
      after = k;
      break;
    }
    if (tokens[k + 1]!.breakBefore && k + 1 < start) break;
  }
  if (after < 1 || !actorBefore(after)) return false;
  for (let k = end; k < tokens.length && k <= end + 6; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (POST.has(tokens[k]!.norm)) return true;
  }
  return false;
}
