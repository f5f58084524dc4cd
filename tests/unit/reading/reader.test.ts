import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { startWorkerReader, type ReportReader } from '../../../src/reading/reader.js';
import type { Logger } from '../../../src/log.js';
import { intake } from '../intake/fixtures.js';

// Reports as focal points write them, both languages: every 40th line of the labelled corpus.
const REPORTS = ['tests/corpus/reports.en.jsonl', 'tests/corpus/reports.fr.jsonl', 'tests/corpus/reports8.fr.jsonl']
  .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== ''))
  .filter((_line, i) => i % 40 === 0)
  .map((line) => (JSON.parse(line) as { text: string }).text);

function recordingLog(): Logger & { warnings: Array<{ message: string; fields: unknown }> } {
  const warnings: Array<{ message: string; fields: unknown }> = [];
  return { warnings, info: () => {}, warn: (message, fields) => void warnings.push({ message, fields }), error: () => {} };
}

let reader: ReportReader | null = null;
afterEach(async () => {
  await reader?.close();
  reader = null;
});

describe('reading quick reports on a worker thread', () => {
  it('gives exactly the reading of the parser on this thread, place included', async () => {
    reader = startWorkerReader(intake, { log: recordingLog() });
    expect(await reader.whenReady()).toBe(true);
    expect(REPORTS.length).toBeGreaterThan(10);
    for (const text of REPORTS) {
      const read = await reader.read(text);
      expect(reader.lastReadBy).toBe('worker');
      expect(read).toEqual(parseQuickReport(text, intake));
      // the gazetteer's own place, as inline reading gives
      if (read.place) expect(read.place).toBe(intake.gazetteer.byId(read.place.id));
    }
  });

  it('reads concurrent reports each with its own answer', async () => {
    reader = startWorkerReader(intake, { log: recordingLog() });
    await reader.whenReady();
    const read = await Promise.all(REPORTS.map((text) => reader!.read(text)));
    expect(read.map((r) => r.description)).toEqual(REPORTS.map((text) => parseQuickReport(text, intake).description));
  });

  it('sends the reports that arrive in one turn to the worker in one message, and answers each with its own reading', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'veille-reader-')), 'batches');
    process.env.VEILLE_FIXTURE_BATCH_LOG = log;
    try {
      reader = startWorkerReader(intake, { log: recordingLog(), entry: new URL('../../fixtures/batch-logging-reader-worker.mjs', import.meta.url) });
      expect(await reader.whenReady()).toBe(true);
      const burst = await Promise.all(REPORTS.map((text) => reader!.read(text)));
      expect(burst).toEqual(REPORTS.map((text) => parseQuickReport(text, intake)));
      // a report on its own, in a later turn, is a message of its own
      await reader.read(REPORTS[0]!);
      expect(readFileSync(log, 'utf8').trim().split('\n').map(Number)).toEqual([REPORTS.length, 1]);
    } finally {
      delete process.env.VEILLE_FIXTURE_BATCH_LOG;
    }
  });

  it('reads a report here when the worker dies on it, logs it without the text, and starts a new worker for the next', async () => {
    const log = recordingLog();
    reader = startWorkerReader(intake, { log, entry: new URL('../../fixtures/crashing-reader-worker.mjs', import.meta.url) });
    const text = 'Deux enfants enlevés près de l’école de Mambasa par des CODECO';
    const read = await reader.read(text);
    expect(read).toEqual(parseQuickReport(text, intake));
    expect(reader.lastReadBy).toBe('here');
    expect(log.warnings.map((w) => w.message)).toEqual(['report reader worker lost: reports read on the main thread']);
    expect(JSON.stringify(log.warnings)).not.toContain('Mambasa');
    // the next report goes to a new worker (which dies again: still read, never lost)
    const again = await reader.read('4 tués à Kamango par les ADF');
    expect(again.victims.killed).toBe(4);
    expect(log.warnings).toHaveLength(2);
  });

  it('reads a report here when a ready worker does not answer in time, and replaces that worker', async () => {
    const log = recordingLog();
    reader = startWorkerReader(intake, { log, timeoutMs: 200, entry: new URL('../../fixtures/silent-reader-worker.mjs', import.meta.url) });
    expect(await reader.whenReady()).toBe(true);
    const read = await reader.read('Armed men attacked Kamango market, 4 killed, ADF suspected');
    expect(read.victims.killed).toBe(4);
    expect(reader.lastReadBy).toBe('here');
    expect(log.warnings).toEqual([{ message: 'report reader worker lost: reports read on the main thread', fields: { reason: 'no answer within 200 ms', reports: 1 } }]);
  });

  it('reads a report here while the worker is still loading, without giving up on it', async () => {
    const log = recordingLog();
    process.env.VEILLE_FIXTURE_STILL_LOADING = '1';
    try {
      reader = startWorkerReader(intake, { log, timeoutMs: 100, entry: new URL('../../fixtures/silent-reader-worker.mjs', import.meta.url) });
      const read = await reader.read('Deux enfants enlevés près de l’école de Mambasa');
      expect(read.category).toBe(parseQuickReport('Deux enfants enlevés près de l’école de Mambasa', intake).category);
      expect(reader.lastReadBy).toBe('here');
      expect(log.warnings).toEqual([]);
    } finally {
      delete process.env.VEILLE_FIXTURE_STILL_LOADING;
    }
  });

  it('still reads once closed, on this thread', async () => {
    reader = startWorkerReader(intake, { log: recordingLog() });
    await reader.close();
    const read = await reader.read('IED found on the Beni-Kasindi road near Mavivi');
    expect(read.category).toBe('explosive_hazard');
    expect(reader.lastReadBy).toBe('here');
  });
});
