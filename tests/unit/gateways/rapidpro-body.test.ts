import { describe, expect, it } from 'vitest';
import { readRapidProBody } from '../../../src/gateways/rapidpro/body.js';

const contact = { uuid: 'c1', name: 'Kahindo', urn: 'tel:+243998765432' };

describe("reading a RapidPro Call webhook body", () => {
  it("takes the results' values, in order, from the editor's default body, and the contact's URN as sender", () => {
    const read = readRapidProBody({ contact, flow: { uuid: 'f', name: 'F' }, results: { what: { value: 'Armed men attacked', category: 'All Responses' }, where: { value: 'Kamango', category: 'All Responses' }, empty: { value: '', category: 'Other' } } });
    expect(read).toMatchObject({ text: 'Armed men attacked. Kamango', sender: 'tel:+243998765432' });
    expect(read!.externalId).toMatch(/^body:[0-9a-f]{32}$/);
  });

  it('prefers input.text, and is keyed on the message, else the run and the text', () => {
    const input = { uuid: 'm1', text: 'Attaque à Mbau', type: 'msg' };
    expect(readRapidProBody({ contact, input, run: { uuid: 'r1' }, results: { x: { value: 'other' } } })).toMatchObject({ text: 'Attaque à Mbau', externalId: 'msg:m1' });
    const byRun = readRapidProBody({ contact, input: { text: 'Attaque à Mbau' }, run: { uuid: 'r1' } })!;
    expect(byRun.externalId).toMatch(/^run:r1:[0-9a-f]{32}$/);
    expect(readRapidProBody({ contact, input: { text: 'Another report' }, run: { uuid: 'r1' } })!.externalId).not.toBe(byRun.externalId);
  });

  it("reads the legacy payload's URN object and the contact's ISO 639-3 language", () => {
    expect(readRapidProBody({ contact: { uuid: 'c', language: 'fra' }, input: { text: 'x', urn: { scheme: 'tel', path: '+243998765432' } } })).toMatchObject({ sender: 'tel:+243998765432', language: 'fr' });
    expect(readRapidProBody({ contact: { ...contact, language: 'eng' }, input: { text: 'x' } })!.language).toBe('en');
  });

  it('gives no text when there is none, and nothing at all for a body that is not an object', () => {
    expect(readRapidProBody({ contact, results: {} })!.text).toBe('');
    expect(readRapidProBody([1, 2])).toBeNull();
    expect(readRapidProBody('text')).toBeNull();
  });
});
