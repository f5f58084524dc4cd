import type { Clock } from './clock.js';
import type { Mission, Place, Section } from './config/mission.js';
import type { Logger } from './log.js';
import type { Db } from './store/db.js';
import type { IntakeContext } from './intake/index.js';
import type { ReportReader } from './reading/reader.js';

/** What every flow needs: the database, the mission, the one clock, the intake tables and a logger. */
export interface Veille {
  db: Db;
  mission: Mission;
  clock: Clock;
  intake: IntakeContext;
  log: Logger;
  /** Reads quick reports off the thread that answers Slack, once the runtime started it; absent: read inline. */
  reader?: ReportReader;
}

export function placeById(veille: Veille, id: string | null): Place | null {
  return id ? veille.intake.gazetteer.byId(id) : null;
}

export function sectionById(veille: Veille, id: string): Section | null {
  return veille.mission.sections.find((s) => s.id === id) ?? null;
}
