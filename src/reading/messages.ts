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

/**
 * The reports asked for in one turn of the event loop, sent as one message: each message wakes the
 * other thread, and under a burst that wake-up cost as much as reading a short report.
 */
export interface ReadBatch {
  batch: number;
  reports: ReadRequest[];
}

/** The reading, with its place sent back as an id; or the error's name when the parser threw. */
export type ReportAnswer =
  | { id: number; report: Omit<ParsedReport, 'place'>; placeId: string | null; error?: undefined }
  | { id: number; error: string };

export type ReadAnswer =
  /** The reading of one report of a batch, sent as soon as it is read. */
  | { batch: number; answer: ReportAnswer; ready?: undefined }
  /** Sent once, when the worker's indexes are built. */
  | { ready: true };
