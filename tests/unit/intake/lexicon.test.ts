import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/domain/taxonomy.js';
import { createIntakeContext, parseQuickReport, tokenize, type ParsedReport } from '../../../src/intake/index.js';
import { guessCategories, lexiconFeatures, prepareLexicon, trainLexicon, type LexiconExample } from '../../../src/intake/categories/lexicon.js';
import { intake, mission, rulesOnly } from './fixtures.js';

/**
 * The learned category fallback (src/intake/categories/lexicon.ts): asked only when the keyword rules find no
 * category. Every sentence here is invented (none is in the corpus) and uses words the rules do not know.
 */

const parse = (text: string) => parseQuickReport(text, intake);
/** What the reporter is shown first: the category set by the model, or else the first one-tap alternative. */
const firstReading = (r: ParsedReport): CategoryId | undefined => (r.categoryGuess === 'set' ? r.category : r.alternatives[0]);
const trainedOn = { files: [], sha256: '' };

describe('a report in words the rules do not know', () => {
  it.each<[string, CategoryId]>([
    ['Armed men in single file going up the hills of Kibumba toward the FARDC position', 'armed_group_movement'],
    ['Hommes armés en file indienne vers les collines de Kibumba', 'armed_group_movement'],
    ['People of Mavivi packing their belongings for Oicha', 'displacement'],
    ['Les habitants de Mavivi plient bagage vers Oicha', 'displacement'],
    ['Un billet glissé sous la porte de la radio de Mangina : arrêtez de parler sinon', 'threat_intimidation'],
    ['Soldiers stop our trucks at Mbau and send them back', 'access_denial'],
  ])('%s → %s, from the learned lexicon', (text, category) => {
    const r = parse(text);
    expect(parseQuickReport(text, rulesOnly)).toMatchObject({ category: 'other', unsure: ['no_category'] }); // the rules found nothing
    expect(r.categoryGuess).not.toBeNull();
    expect(firstReading(r)).toBe(category);
  });

  it('sets a confident guess, still marked unsure so the confirmation offers the others', () => {
    const r = parse('Armed men in single file going up the hills of Kibumba toward the FARDC position');
    expect(r).toMatchObject({ category: 'armed_group_movement', categoryFromText: false, categoryGuess: 'set', subType: null, priority: 'medium', unsure: ['category'] });
    expect(r.alternatives).toHaveLength(3);
    expect(r.alternatives).not.toContain('armed_group_movement');
    expect(r.alternatives).not.toContain('other');
  });

  it('offers a doubtful guess without setting it: the category stays other', () => {
    const r = parse('Les habitants de Mavivi plient bagage vers Oicha');
    expect(r).toMatchObject({ category: 'other', categoryGuess: 'offered', priority: 'low', unsure: ['no_category'] });
    expect(r.alternatives[0]).toBe('displacement');
  });
});

describe('a report of nothing happening stays other', () => {
  it.each(['Quiet day in Beni, markets open, nothing to report', 'Journée calme à Mutwanga, rien à signaler'])('%s (the rules read a calm day: not asked)', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low', categoryGuess: null });
  });

  it.each(['Meeting of the protection cluster postponed to Thursday', 'Réunion du cluster protection reportée à jeudi'])('%s (the rules read a meeting: not asked; asked, other would be its likeliest reading)', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low', categoryGuess: null });
    expect(guessCategories(intake.lexicon!, tokenize(text))[0]!.category).toBe('other');
  });
});

describe('the fallback is asked only when the rules found no category', () => {
  const found = [
    'Armed men attacked Kamango market, 4 killed, ADF suspected', // the rules' category
    'Quiet day in Beni, markets open, nothing to report', // the rules' calm day
    'Situation at Mahagi, please check with the chief type:displacement', // the reporter's category
  ];
  const nothingFound = 'Kamango chief says 3 families asked about the FARDC, please follow up';
  // A model that knows every word here and has only ever seen CRSV: asked anything, it says CRSV, sure of it.
  const words = [...found, nothingFound].flatMap((text) => lexiconFeatures(tokenize(text), 'words'));
  const alwaysCrsv = createIntakeContext({
    ...mission,
    lexicon: trainLexicon([{ features: words, categories: ['crsv'] }], { features: 'words', smoothing: 1, threshold: 0, minCount: 1, trainedOn }),
  });

  it.each(found)('%s: never asked', (text) => {
    const r = parseQuickReport(text, alwaysCrsv);
    expect(r.categoryGuess).toBeNull();
    expect(r).toEqual(parseQuickReport(text, rulesOnly));
  });

  const alwaysThreat = createIntakeContext({
    ...mission,
    lexicon: trainLexicon([{ features: words, categories: ['threat_intimidation'] }], { features: 'words', smoothing: 1, threshold: 0, minCount: 1, trainedOn }),
  });

  it('changes only the category; counts, place and doers stay as the rules read them', () => {
    const text = nothingFound;
    const rules = parseQuickReport(text, rulesOnly);
    const r = parseQuickReport(text, alwaysThreat);
    expect(r).toMatchObject({ category: 'threat_intimidation', categoryGuess: 'set', sensitivity: 'standard', priority: 'medium', unsure: ['category'] });
    expect(rules).toMatchObject({ category: 'other', sensitivity: 'standard', priority: 'low' });
    expect({ place: r.place, locationText: r.locationText, victims: r.victims, perpetrators: r.perpetrators, hostState: r.hostState }).toEqual({
      place: rules.place,
      locationText: rules.locationText,
      victims: rules.victims,
      perpetrators: rules.perpetrators,
      hostState: rules.hostState,
    });
    expect(r.place?.id).toBe('kamango');
  });

  it('never names a grave harm or an attack on its own: a sure CRSV guess is only offered, one tap away', () => {
    const r = parseQuickReport(nothingFound, alwaysCrsv);
    expect(r).toMatchObject({ category: 'other', categoryGuess: 'offered', priority: 'low', unsure: ['no_category'] });
    expect(r.alternatives[0]).toBe('crsv');
  });

  it('is not asked at all when turned off', () => {
    expect(parseQuickReport('People of Mavivi packing their belongings for Oicha', rulesOnly)).toMatchObject({
      categoryGuess: null,
      alternatives: ['attack_on_civilians', 'threat_intimidation', 'armed_group_movement'],
    });
  });
});

describe('the model', () => {
  it('counts 5-letter stems once a report, numbers and one-letter words left out; pairs do not cross punctuation', () => {
    expect(lexiconFeatures(tokenize("Les déplacés d'Oicha, 300 ménages, déplacés encore"), 'stems')).toEqual(['les', 'depla', 'oicha', 'menag', 'encor']);
    expect(lexiconFeatures(tokenize('armed men, moving north'), 'words+bigrams')).toEqual(['armed', 'men', 'moving', 'north', 'armed men', 'moving north']);
  });

  const examples: LexiconExample[] = [
    { features: ['fled', 'homes'], categories: ['displacement'] },
    { features: ['fled', 'camp'], categories: ['displacement'] },
    { features: ['letter', 'leave'], categories: ['threat_intimidation'] },
    { features: ['column', 'hills'], categories: ['armed_group_movement', 'displacement'] },
    { features: ['meeting'], categories: ['other'] },
  ];
  const model = trainLexicon(examples, { features: 'words', smoothing: 0.5, threshold: 0.9, minCount: 1, trainedOn });

  it('counts a report labelled with several categories for each of them', () => {
    expect(model.classes).toEqual(['displacement', 'armed_group_movement', 'threat_intimidation', 'other']);
    expect(model.docs).toEqual([3, 1, 1, 1]);
    expect(model.counts.column).toEqual([0, 1, 1, 1]);
    expect(model.counts.fled).toEqual([0, 2]);
  });

  it('gives probabilities that sum to one, the best first, and nothing for words it never saw', () => {
    const lexicon = prepareLexicon(model);
    const guesses = guessCategories(lexicon, tokenize('fled homes'));
    expect(guesses[0]!.category).toBe('displacement');
    expect(guesses.reduce((sum, g) => sum + g.p, 0)).toBeCloseTo(1, 10);
    expect(guesses.map((g) => g.p)).toEqual([...guesses.map((g) => g.p)].sort((a, b) => b - a));
    expect(guessCategories(lexicon, tokenize('zebra xylophone'))).toEqual([]);
  });

  it('prunes features seen fewer times than asked', () => {
    const pruned = trainLexicon(examples, { features: 'words', smoothing: 0.5, threshold: 0.9, minCount: 2, trainedOn });
    expect(Object.keys(pruned.counts).sort()).toEqual(['column', 'fled', 'hills']);
  });
});
