/**
 * Military sitrep shorthand typed in capitals that names no group (reports26: "ADF elms attacked FARDC pos IVO Tchabi"):
 * IVO / VIC (in the vicinity of), POS / PSN (position), AOR, AO, ELMS, NSAG in the generic sense is not here (it is a
 * group). Added to the capitalised words that are not names of groups (doers/groups.ts).
 */
export const SITREP_SHORTHAND: readonly string[] = ['ivo', 'vic', 'pos', 'psn', 'aor', 'ao', 'elms', 'elts', 'sitrep', 'spotrep', 'flashrep', 'increp', 'eta', 'etd', 'nstr', 'nsti', 'wia', 'kia', 'mia', 'cas', 'casevac', 'medevac', 'qrf', 'tob', 'cob', 'pk', 'pks'];
