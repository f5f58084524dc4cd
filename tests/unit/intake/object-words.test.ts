import { describe, expect, it } from 'vitest';
import { parseQuickReport, readNumber, tokenize } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Words that are also names of Object's own properties are read as words like any other: the parser's
// word tables once answered "constructor" with a function.
const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

describe('a report with words that are names of JavaScript object properties', () => {
  it.each(WORDS)('"%s" is a plain word, not a number', (word) => {
    const tokens = tokenize(`${word} 4`);
    expect(tokens[0]!.norm).toBe(word.toLowerCase());
    expect(readNumber(tokens, 0)).toBeNull();
  });

  it.each(WORDS)('"%s" in a report changes nothing of what is read', (word) => {
    const report = parseQuickReport(`ADF attacked Kamango market, 4 killed, ${word} seen after`, intake);
    expect(report.category).toBe('attack_on_civilians');
    expect(report.victims.killed).toBe(4);
    expect(report.place?.id).toBe('kamango');
    expect(report.perpetrators.map((p) => p.actorId)).toEqual(['adf']);
  });
});
