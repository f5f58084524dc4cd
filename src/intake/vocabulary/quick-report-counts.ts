/**
 * Count words of one-line quick reports (pending reports32): "3 inj" (injured, cut short as on a sitrep), and the
 * peacekeepers counted by their shorthand, "2 PKs slightly hurt", "1 PK wounded". Added to the victim verbs and nouns
 * (victims/victim-vocabulary.ts).
 */
export const QUICK_REPORT_VICTIM_VERBS: ReadonlyArray<readonly [string, 'injured']> = [
  ...['inj', 'injs', 'injrd', 'injd'].map((w) => [w, 'injured'] as const),
];
export const QUICK_REPORT_VICTIM_NOUNS: readonly string[] = ['pk', 'pks', 'pkeepers', 'pkpr', 'pkprs'];
