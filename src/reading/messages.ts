import type { Actor, Place } from '../config/mission.js';
import type { CategoryPriorityFloor } from '../domain/priority.js';
import type { ParsedReport } from '../intake/index.js';

/** What the worker builds its indexes from (structured-clone data: no functions, no class instances). */
export interface ReaderSource {
  places: readonly Place[];
  actors: readonly Actor[];
  categoryPriority: CategoryPriorityFloor;
}

export interface ReadRequest {
  id: number;
  text: string;
}

/** The reading, with its place sent back as an id; or the error's name when the parser threw. */
export type ReadAnswer =
  | { id: number; report: Omit<ParsedReport, 'place'>; placeId: string | null; error?: undefined; ready?: undefined }
  | { id: number; error: string; ready?: undefined }
  /** Sent once, when the worker's indexes are built. */
  | { ready: true };
