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

describe('forced labour read with what the report is about (categories/labour-flight-and-custody.ts)', () => {
  it.each([
    ['About 60 households leaving Kibumba for Goma to escape M23 forced labour on their trenches', null],
    ['Des ménages quittent Rubare vers Kiwanja pour fuir les travaux forcés imposés par le M23', null],
    ['Around 150 people left Kalembe for Pinga since Nyatura started taking young men for porterage', 150],
    ['Environ 200 personnes ont quitté Luofu depuis que les Mai-Mai prennent les jeunes pour le portage', 200],
  ] as const)('flight from it is the displacement: %s', (text, n) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(r.victims.displaced ?? null).toBe(n);
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['Kalehe: 3 fishermen held at the FARDC camp overnight and forced to dig a pit before being let go'],
    ['Sake: 6 jeunes retenus à la position FARDC et forcés à creuser des tranchées avant leur libération'],
  ] as const)('held at an army post and made to work there is a detention (C23): %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(ids(text)).toEqual(['fardc']);
  });

  it.each([
    // the labour alone stays ill-treatment (main corpus en3-041)
    ['M23 forcing residents of Bunagana to dig trenches without pay', 'torture_ill_treatment'],
    // beaten while held by the army: the beating reads as before
    ['Les Nyatura obligent les habitants de Kibua à porter leurs colis', 'torture_ill_treatment'],
  ] as const)('look-alike: %s → %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe("a sender's territory heading gives way to the village named after it (places/territory-heading.ts)", () => {
  it.each([
    ['SMS from Beni FP: ADF elements seen near Mavivi this morning, population fleeing', 'mavivi'],
    ['msg du PF Lubero: les Mai-Mai ont pris 4 motards a Kirumba hier soir', 'kirumba'],
  ] as const)('%s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});
