import { describe, expect, it } from 'vitest';
import { maskContacts } from '../../../src/domain/redact.js';

describe('masking contacts in free text', () => {
  it('hides phone numbers in local and international forms', () => {
    expect(maskContacts('Call the chief on +243 812 345 678 tonight')).toBe('Call the chief on [phone hidden] tonight');
    expect(maskContacts('informant 0998-123-456 says')).toBe('informant [phone hidden] says');
    expect(maskContacts('tel: (0)81 234 5678.')).toContain('[phone hidden]');
  });

  it('hides e-mail addresses, accents included', () => {
    expect(maskContacts('écrire à jean.mbuyi@exemple.cd pour détails')).toBe('écrire à [e-mail hidden] pour détails');
  });

  it('leaves counts, dates, times and references alone', () => {
    const text = 'A-12: 4 killed and 2 abducted on 2026-11-21 at 10:30, 300 households displaced';
    expect(maskContacts(text)).toBe(text);
  });
});

describe('maskContacts leaves text with nothing to mask as it is', () => {
  it('masks a number whose 8 digits are split across groups, and keeps a text with 7 digits or an @ without an address', () => {
    expect(maskContacts('Chief 0 81 23 45 67 8 at Kasindi, 4 killed')).toBe('Chief [phone hidden] at Kasindi, 4 killed');
    expect(maskContacts('4 killed 12 injured on 2026-12-05 at Kasindi')).toBe('4 killed 12 injured on 2026-12-05 at Kasindi');
    expect(maskContacts('meet @ the market, call 0812345')).toBe('meet @ the market, call 0812345');
    expect(maskContacts('write to chief.kasindi@example.org today')).toBe('write to [e-mail hidden] today');
  });
});
