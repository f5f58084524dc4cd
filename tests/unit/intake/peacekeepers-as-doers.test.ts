import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

// Peacekeepers named as the ones who harmed civilians: no attack on peacekeepers (it had read attack_on_peacekeepers,
// routed as if the mission's people were the victims). Invented sentences, both languages.
describe('peacekeepers who did the harm are not its target', () => {
  it.each([
    ['blue helmets fired on protesters in Goma, 2 killed', 'attack_on_civilians'],
    ['des casques bleus ont tiré sur des manifestants à Goma, 2 morts', 'attack_on_civilians'],
    ['Uruguayan contingent member assaulted a moto driver in Goma', 'attack_on_civilians'],
    ['MONUSCO soldiers shot a civilian at the Beni base gate', 'attack_on_civilians'],
    ['un casque bleu a frappé un civil au marché de Beni', 'torture_ill_treatment'],
  ] as const)('%s', (text, category) => {
    const r = parseQuickReport(text, intake);
    expect(r.category).toBe(category);
    expect(r.alternatives).not.toContain('attack_on_peacekeepers');
  });

  // Look-alikes: the peacekeepers are the target.
  it.each([
    'Peacekeepers fired on by Wazalendo at a barrier near Sake',
    'casques bleus attaqués par des jeunes à Butembo, 1 blessé',
    'peacekeeper patrol fired upon near Kibua, no casualties',
    'UN peacekeepers shot at by ADF near Mavivi',
    '2 casques bleus blessés par des tirs des ADF à Mavivi',
    'MONUSCO patrol fired on by ADF near Eringeti',
  ])('%s: attack on peacekeepers', (text) => {
    expect(parseQuickReport(text, intake).category).toBe('attack_on_peacekeepers');
  });
});
