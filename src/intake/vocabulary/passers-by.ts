/**
 * People named by where they happened to be, in everyday traffic (pending reports26): "un passant blessé à la jambe",
 * "a bystander wounded by a stray bullet", "2 pedestrians hit", "les riverains", "a digger beaten at the pit". Added to
 * the victim nouns (victims/victim-vocabulary.ts) so that a count or an article before them counts them.
 * ("élève" is kept out: without its accent it is also "élevé", high.)
 */
export const PASSERS_BY: readonly string[] = [
  'passant', 'passants', 'passante', 'passantes', 'passerby', 'passersby', 'pedestrian', 'pedestrians', 'pieton', 'pietons', 'pietonne',
  'bystander', 'bystanders', 'badaud', 'badauds', 'riverain', 'riverains', 'riveraine', 'riveraines', 'digger', 'onlooker', 'onlookers',
];
