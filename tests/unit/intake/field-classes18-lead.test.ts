import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes the lead found by reading the same report written in English and in French (`/work/prof/pairs`): the two
// languages should give the same alert. Invented sentences, with the look-alikes that must not change.

describe('fighting since a time is under way in French too, where articles lengthen the phrase (categories/under-way.ts, C10)', () => {
  it.each([
    ['Fighting between M23 and FARDC near Sake since this morning, no civilian casualties reported'],
    ['Combats entre le M23 et les FARDC près de Sake depuis ce matin, aucune victime civile signalée'],
    ['Combats entre le M23 et les FARDC près de Sake depuis ce matin'],
    ['Affrontements entre les CODECO et les FARDC à Jiba depuis hier soir'],
    ['des affrontements entre la CODECO et le groupe Zaïre au village de Lopa depuis 5h'],
    ['tirs entre les Wazalendo et les M23 aux alentours de Kitshanga dpuis 6h'],
  ])('%s', (text) => {
    expect(parse(text).priority).toBe('critical');
  });

  it.each([
    // the fighting ended, or the flight is what goes on since the time
    ['Combats entre le M23 et les FARDC près de Sake depuis ce matin jusqu\'à midi, calme revenu'],
    ['Les habitants de Sake ont fui vers Goma suite aux combats entre le M23 et les FARDC, ils sont à Mugunga depuis hier'],
    ['Fighting between M23 and FARDC near Sake yesterday, calm since this morning'],
  ])('not under way: %s', (text) => {
    expect(parse(text).priority).not.toBe('critical');
  });
});
