import { parentPort, workerData } from 'node:worker_threads';
import { createIntakeContext, parseQuickReport } from '../intake/index.js';
import type { ReadAnswer, ReadBatch, ReaderSource, ReportAnswer } from './messages.js';

// The parser's thread (reader.ts): the same parser on indexes built from the same data.
const intake = createIntakeContext(workerData as ReaderSource);
parentPort!.postMessage({ ready: true } satisfies ReadAnswer);

function read(id: number, text: string): ReportAnswer {
  try {
    const { place, ...report } = parseQuickReport(text, intake);
    return { id, report, placeId: place?.id ?? null };
  } catch (error) {
    // Its name only: the message could quote the report.
    return { id, error: (error as Error).name ?? 'Error' };
  }
}

// Each report of a batch is answered as soon as it is read: the main thread stores and acknowledges the
// first while this thread reads the next (one answer for the whole batch made the two threads take turns).
parentPort!.on('message', ({ batch, reports }: ReadBatch) => {
  for (const { id, text } of reports) parentPort!.postMessage({ batch, answer: read(id, text) } satisfies ReadAnswer);
});
