import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { skeleton, withinOne } from '../../../src/intake/places/place-typos.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

describe('the place where it happened beats where people fled to', () => {
  it.each([
    ['About 2,300 people fled Kanyabayonga towards Lubero after shelling', 'kanyabayonga'],
    ['Environ 1500 personnes ont fui Kibumba vers Goma suite aux combats', 'kibumba'],
    ['Les habitants de Kipese fuient vers Butembo par peur des ADF', 'kipese'],
    ['pop de Bogoro en fuite vers Bunia apres l attaque, 2 morts', 'bogoro'],
    ['déplacés de Kishishe arrivés à Kiwanja', 'kishishe'],
    ['displaced from Kishishe to Kiwanja after the fighting', 'kishishe'],
    ['la pop de kalehe se refugie a minova apres les combats', 'kalehe'],
    ["Most of Kibua's inhabitants have sought safety in Walikale centre", 'kibua'],
  ])('%s → %s', (text, id) => {
    expect(parse(text).place?.id).toBe(id);
  });

  it('keeps the destination of an armed group, which is where the threat is', () => {
    expect(parse('M23 sighted moving towards Sake').place?.id).toBe('sake');
    expect(parse('update from Beni: armed men seen moving towards Mavivi at dawn').place?.id).toBe('mavivi');
  });
});

describe('place names typed with one letter wrong', () => {
  it.each([
    ['2 tues ds embuscade a Kasindii ce matin', 'kasindi'],
    ['attack in Eringetti overnight', 'eringeti'],
    ['ADF near Kamnago this morning', 'kamango'],
    ['Tirs à Rutchuru centre', 'rutshuru'],
    ['incursion a bounia', 'bunia'],
    ['enlèvement à Mangna', 'mangina'],
    ['Shooting in Kiwandja', 'kiwanja'],
  ])('%s → %s', (text, id) => {
    expect(parse(text).place?.id).toBe(id);
  });

  it.each([
    'tout va bien ici, rien à signaler',
    'il a volé une gomme à l école',
    'du sang partout dans la rue',
    'the sage advice of the elders',
    'we play tango on Sunday',
    'a delegation from Benin arrived',
    'situation calme ce matin selon les sources',
    'le marché est fermé depuis hier',
  ])('does not take a common word for a place: %s', (text) => {
    expect(parse(text).place).toBeNull();
  });

  it('prefers a plain one-letter typo to a folded spelling', () => {
    // "Tyturi" is one letter from Teturi; only its folded form comes near Ituri.
    expect(parse('Attaque des ADF à Tyturi ce matin').place?.id).toBe('teturi');
  });

  it('does not guess when two places are equally close', () => {
    // Bulengo and Bulongo are both one letter from "Bulingo".
    expect(parse('attack in Bulingo').place).toBeNull();
  });

  it('needs a capital, a word like "à" or "in", a heading, or six letters one letter off before a lowercase name', () => {
    expect(parse('attaque a eringetti').place?.id).toBe('eringeti');
    expect(parse('kanyabayunga: m23 shelling ongoing').place?.id).toBe('kanyabayonga');
    // typed on a phone, no capital and no cue: a long word one raw letter off a single name
    expect(parse('adf attaked mangena, 3 killed').place?.id).toBe('mangina');
    expect(parse('eringetti attaque').place?.id).toBe('eringeti');
    // short words and folded spellings are not guessed without a cue
    expect(parse('bien vu, rien a signaler').place).toBeNull();
    expect(parse('chini ya kilima fighters torched the health centre').place).toBeNull();
  });

  it('compares letters one edit apart and folds the usual spellings', () => {
    expect(withinOne('kasindi', 'kasindii')).toBe(true);
    expect(withinOne('kamango', 'kamnago')).toBe(true);
    expect(withinOne('kamango', 'kimanga')).toBe(false);
    expect(withinOne('kamango', 'kamagno')).toBe(true);
    expect(withinOne('eringeti', 'eringati')).toBe(true);
    expect(withinOne('beni', 'bien')).toBe(false);
    expect(skeleton('kitchanga')).toBe(skeleton('kitshanga'));
    expect(skeleton('bounia')).toBe('bunia');
  });

  it('still logs a place it does not know and asks for it', () => {
    const r = parse('Shooting heard near Kalima last night');
    expect(r.place).toBeNull();
    expect(r.locationText).toBe('Kalima');
  });
});
