import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Schools named in Swahili in the CLAs' mixed messages (pending reports26): "shule ya msingi imechukuliwa na Wazalendo"
 * (the primary school taken over), "shule ya sekondari", "madarasa" (classrooms). A school used or attacked by armed men
 * is C13, as "école" is. ("watoto wa shule", schoolchildren, stays a child word.)
 */
const SCHOOLS: readonly Keyword[] = [
  ['shule ya msingi', 'attack_on_school'], ['shule ya sekondari', 'attack_on_school'], ['shule', 'attack_on_school'], ['mashule', 'attack_on_school'],
  ['madarasa', 'attack_on_school'], ['darasa', 'attack_on_school'],
];

/** The keyword table with the Swahili school words added. */
export function withSwahiliSchools(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  return { ...table, school: [...table.school, ...SCHOOLS] };
}
