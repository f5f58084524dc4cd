import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// People who "took shelter" or "took refuge" somewhere fled there; nobody took them ("took" alone is a taking: "ADF took
// 5 farmers"). They had been counted abducted, and the report sent out as an abduction (high).
describe('took shelter, took refuge: a displacement, not a taking', () => {
  it.each([
    ['500 people took shelter in the church at Oicha', 500],
    ['About 300 IDPs took refuge in the Catholic parish of Kitshanga', 300],
    ['1000 people took shelter at the MONUSCO base in Kiwanja', 1000],
    ['200 personnes ont pris refuge à l\'église de Mambasa', 200],
  ])('%s', (text, displaced) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('displacement');
    expect(r.victims.displaced).toBe(displaced);
    expect(r.victims.abducted).toBeNull();
  });

  it.each([
    ['ADF took 5 farmers into the bush near Mavivi', 5],
    ['Armed men took 3 women from their homes in Kamango', 3],
  ])('look-alike, people taken: %s', (text, abducted) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(abducted);
  });
});
