import { describe, expect, it } from 'vitest';
import { byWord } from '../../../src/intake/word-memo.js';

describe('byWord: a reading of one word kept across reports', () => {
  it('reads each word once, null and undefined readings included', () => {
    const asked: string[] = [];
    const typo = byWord((w: string) => {
      asked.push(w);
      return w === 'kasindii' ? 'kasindi' : w === 'rien' ? null : undefined;
    });
    for (let round = 0; round < 3; round++) {
      expect(typo('kasindii')).toBe('kasindi');
      expect(typo('rien')).toBeNull();
      expect(typo('market')).toBeUndefined();
    }
    expect(asked).toEqual(['kasindii', 'rien', 'market']);
  });

  it('starts again when full, so unseen words never grow it past its bound', () => {
    const asked: string[] = [];
    const upper = byWord((w: string) => {
      asked.push(w);
      return w.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
    expect(upper('c')).toBe('C'); // full: forgets a and b
    expect(upper('a')).toBe('A');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
