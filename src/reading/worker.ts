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

// A batch is answered in one message (see ReadBatch).
parentPort!.on('message', ({ batch, reports }: ReadBatch) => {
  parentPort!.postMessage({ batch, answers: reports.map(({ id, text }) => read(id, text)) } satisfies ReadAnswer);
});
