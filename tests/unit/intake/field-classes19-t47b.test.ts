import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// t47b: second pass on reports47 (people held by armed groups and the state, levies and forced labour, state agents
// named by role); invented sentences, English and French (and SMS style), with look-alikes that must not change.

describe('C6/C23: people kept by police, soldiers or a state service until they pay are detained, not abducted (categories/state-held-for-money.ts)', () => {
  it.each([
    ['DGM officers at the Mahagi border held 4 traders all night and asked $10 each to let them go', ['DGM']],
    ['Agents de la DGM a Aru ont retenu 3 commercants jusqu au matin et exige 15$ chacun', ['DGM']],
    ['A policeman at the Butembo station asked 50,000 FC from a widow to release her son held there since Sunday', ['pnc']],
    ['8 motards gardes toute la nuit par des militaires a la barriere de Rwindi pour refus de payer, relaches ce matin', ['fardc']],
    ['5 traders from Kanyabayonga kept by soldiers at the barrier until morning for not paying the jeton, then let go', ['fardc']],
    ['PNC Bunia: 9 jeunes raflés hier soir, 10 000 FC d amende exigés à chacun pour les libérer', ['pnc']],
  ] as const)('%s → detention, nobody abducted, medium', (text, doers) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted ?? null).toBeNull();
    expect(r.priority).toBe('medium');
    expect(ids(text)).toEqual(doers);
  });

  it.each([
    // a group holding for money stays a taking (C23)
    ['Mai-Mai held 4 traders at their barrier all night and asked $10 each to let them go', 'abduction'],
    ['Les Wazalendo ont retenu 3 motards et exigent 20$ chacun pour les relacher', 'abduction'],
    // a toll with nobody held stays looting (C6)
    ['Soldiers at the Rwindi barrier demand 2000 FC per moto', 'looting_destruction'],
    // aid workers kept at a barrier stay access denied (C6)
    ['NGO convoy held by soldiers at the Kibati barrier, asked $50 to let it go', 'access_denial'],
  ] as const)('look-alike: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});
