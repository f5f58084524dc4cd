import { Worker } from 'node:worker_threads';
import type { Logger } from '../log.js';
import { parseQuickReport, type IntakeContext, type ParsedReport } from '../intake/index.js';
import type { ReadAnswer, ReadBatch, ReaderSource, ReadRequest } from './messages.js';

/**
 * Compiled (`npm start` runs dist/, plain JavaScript) the thread loads the worker itself; run as
 * TypeScript through tsx (tests, the CLI), it loads an entry that registers tsx first (a new thread
 * does not inherit it).
 */
const WORKER_ENTRY = new URL(import.meta.url.endsWith('.js') ? './worker.js' : './worker-entry.mjs', import.meta.url);

/**
 * Reads quick reports. The parser is pure CPU work (a fraction of a millisecond a report, more on a
 * long one); run on the thread that answers Slack, a burst of reports delays every click and
 * acknowledgement behind it. The worker reader runs it on a thread of its own, the same parser on
 * the same tables, and falls back to reading on this thread whenever the worker cannot answer: a
 * report is never lost or refused because of the worker.
 */
export interface ReportReader {
  read(text: string): Promise<ParsedReport>;
  /** Where the last report was read: `worker`, or `here` (inline, or the worker could not answer). */
  readonly lastReadBy: 'worker' | 'here';
  /** Resolves once the reader can read off this thread (true), or when its worker failed to start (false). */
  whenReady(): Promise<boolean>;
  close(): Promise<void>;
}

/** A quick report read by the runtime's reader when there is one, else here. */
export function readReport(veille: { intake: IntakeContext; reader?: ReportReader }, text: string): Promise<ParsedReport> {
  return veille.reader ? veille.reader.read(text) : Promise.resolve(parseQuickReport(text, veille.intake));
}

export interface WorkerReaderOptions {
  log: Logger;
  /**
   * A report not answered by then is read here instead, and a worker that was ready is restarted
   * (one still loading the parser is left to finish: a slow start is no fault).
   */
  timeoutMs?: number;
  /** The worker's entry script (tests give a failing one). */
  entry?: URL;
}

interface Pending {
  text: string;
  resolve(report: ParsedReport): void;
}

/** Starts the parser's worker thread; `read` answers with the same reading `parseQuickReport` gives. */
export function startWorkerReader(intake: IntakeContext, options: WorkerReaderOptions): ReportReader {
  const timeoutMs = options.timeoutMs ?? 3000;
  // Plain data only: the worker builds its own indexes from the same places, actors and floors.
  const source: ReaderSource = { places: intake.gazetteer.places, actors: intake.actors.actors, categoryPriority: intake.categoryPriority };
  const pending = new Map<number, Pending>();
  // Reports asked for in this turn of the event loop, sent together once the turn's I/O is handled.
  let queued: ReadRequest[] = [];
  let flushScheduled = false;
  // Batches sent and not answered yet, each with the timer that gives up on it.
  const inFlight = new Map<number, { ids: number[]; unanswered: number; timer: NodeJS.Timeout }>();
  let worker: Worker | null = null;
  let ready = false;
  const readyWaiters: Array<(ready: boolean) => void> = [];
  const settleWaiters = (value: boolean) => {
    for (const waiter of readyWaiters.splice(0)) waiter(value);
  };
  let nextId = 0;
  let nextBatch = 0;
  let closed = false;
  let lastReadBy: 'worker' | 'here' = 'worker';

  const readHere = (text: string): ParsedReport => {
    lastReadBy = 'here';
    return parseQuickReport(text, intake);
  };
  const answerHere = (id: number) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.resolve(readHere(p.text));
  };
  // Everything still owed (sent or queued) is read here.
  const answerAllHere = () => {
    for (const batch of inFlight.values()) clearTimeout(batch.timer);
    inFlight.clear();
    queued = [];
    for (const id of [...pending.keys()]) answerHere(id);
  };
  // The worker is dropped and what it owed is read here; the next report starts a new worker.
  const dropWorker = (reason: string) => {
    const gone = worker;
    worker = null;
    settleWaiters(false);
    if (gone) void gone.terminate().catch(() => undefined);
    if (pending.size > 0) options.log.warn('report reader worker lost: reports read on the main thread', { reason, reports: pending.size });
    answerAllHere();
  };
  const giveUpOn = (batch: number) => {
    const sent = inFlight.get(batch);
    if (!sent) return;
    inFlight.delete(batch);
    if (worker && ready) return dropWorker(`no answer within ${timeoutMs} ms`);
    // Still starting: these reports are read here; the worker keeps loading for the next ones.
    for (const id of sent.ids) answerHere(id);
  };
  const flush = () => {
    flushScheduled = false;
    const reports = queued.filter((request) => pending.has(request.id));
    queued = [];
    if (reports.length === 0) return;
    worker ??= start();
    const batch = nextBatch++;
    inFlight.set(batch, { ids: reports.map((request) => request.id), unanswered: reports.length, timer: setTimeout(() => giveUpOn(batch), timeoutMs) });
    worker.postMessage({ batch, reports } satisfies ReadBatch);
  };
  const start = (): Worker => {
    ready = false;
    const started = new Worker(options.entry ?? WORKER_ENTRY, { workerData: source });
    started.unref();
    started.on('message', (message: ReadAnswer) => {
      if (message.ready) {
        ready = worker === started;
        // Operators see which way reports are read (and that the compiled build found its worker).
        if (ready) options.log.info('report reader ready: quick reports are read on a worker thread');
        return settleWaiters(ready);
      }
      const sent = inFlight.get(message.batch);
      if (!sent) return;
      sent.unanswered -= 1;
      if (sent.unanswered <= 0) {
        inFlight.delete(message.batch);
        clearTimeout(sent.timer);
      }
      const { answer } = message;
      const p = pending.get(answer.id);
      if (!p) return;
      pending.delete(answer.id);
      if (answer.error !== undefined) {
        options.log.warn('report reader worker failed on a report: read on the main thread', { error: answer.error });
        return p.resolve(readHere(p.text));
      }
      lastReadBy = 'worker';
      // The place comes back as its id: the gazetteer's own object is used here, as inline reading gives.
      p.resolve({ ...answer.report, place: answer.placeId ? intake.gazetteer.byId(answer.placeId) : null });
    });
    started.on('error', (error) => worker === started && dropWorker(error.name));
    started.on('exit', (code) => worker === started && dropWorker(`exit ${code}`));
    return started;
  };

  // Started now, so the first report does not wait for the thread to load the parser.
  worker = start();
  return {
    get lastReadBy() {
      return lastReadBy;
    },
    whenReady() {
      if (ready && worker) return Promise.resolve(true);
      if (closed) return Promise.resolve(false);
      worker ??= start();
      return new Promise((resolve) => readyWaiters.push(resolve));
    },
    read(text: string): Promise<ParsedReport> {
      if (closed) return Promise.resolve(readHere(text));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { text, resolve });
        queued.push({ id, text });
        // After this turn's I/O callbacks: the reports of a burst that arrived together go in one message.
        if (!flushScheduled) {
          flushScheduled = true;
          setImmediate(flush);
        }
      });
    },
    async close() {
      closed = true;
      settleWaiters(false);
      const gone = worker;
      worker = null;
      answerAllHere();
      await gone?.terminate();
    },
  };
}
