import { parentPort, workerData } from 'node:worker_threads';
import { createIntakeContext, parseQuickReport } from '../intake/index.js';
import type { ReadAnswer, ReadRequest, ReaderSource } from './messages.js';

// The parser's thread (reader.ts): the same parser on indexes built from the same data.
const intake = createIntakeContext(workerData as ReaderSource);
parentPort!.postMessage({ ready: true } satisfies ReadAnswer);

parentPort!.on('message', ({ id, text }: ReadRequest) => {
  let answer: ReadAnswer;
  try {
    const { place, ...report } = parseQuickReport(text, intake);
    answer = { id, report, placeId: place?.id ?? null };
  } catch (error) {
    // Its name only: the message could quote the report.
    answer = { id, error: (error as Error).name ?? 'Error' };
  }
  parentPort!.postMessage(answer);
});
