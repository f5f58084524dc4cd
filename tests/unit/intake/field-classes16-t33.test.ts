import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes behind the misses of pending reports33 (a week of South Kivu and Ituri field traffic; t33): invented sentences
// of each class in both languages, SMS style where it fits, and the look-alikes that must not be read as them.

describe('a group outside the list followed by the sitrep shorthand "elms" is named (C5)', () => {
  it.each([
    ['DTG 170630B: CRP elms looted cattle at Dhendro overnight', 'CRP'],
    ['DTG 151400B: CRP elms attacked the FARDC position at Nizi since 1100B', 'CRP'],
    ['APCLS elms abducted 3 farmers vic. Nyabiondo', 'APCLS'],
    ['FPIC elms burned 5 houses at Komanda vic. overnight', 'FPIC'],
    ['des elms FRPI ont pillé le marché de Gety cette nuit', 'FRPI'],
    ['NDC-R elms ont enlevé 2 motards à Pinga', 'NDC-R'],
  ] as const)('%s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
  it.each([
    ['ADF elms attacked Mamove at 0300B, 2 civ KIA', ['adf']],
    ['CODECO elms looted Largu market overnight', ['codeco']],
  ] as const)('look-alike (a listed group keeps its id): %s', (text, expected) => {
    expect(doers(text)).toEqual([...expected]);
  });
});

describe('"RM" typed in capitals is the Raia Mutomboki', () => {
  it.each([
    'shabunda RM boys took 2 traders on the road, want 500$ each',
    'bunyakiri 3morts ds attaq RM cette nuit, 2blesses',
    'RM elms looted Kigulube market overnight',
    'les RM ont pillé le marché de Kigulube cette nuit',
    'Kitutu: RM fighters beat 2 farmers who refused to pay',
    'RM wametekwa watu 3 karibu na Lulingu',
  ])('%s', (text) => {
    expect(doers(text)).toContain('raia-mutomboki');
    expect(doers(text)).not.toContain('RM');
  });
  it.each([
    'FARDC operation against RM positions near Shabunda, no civ casualties',
    'opération FARDC contre les RM près de Kigulube',
    'rm: nothing to report in Shabunda today',
  ])('look-alike (target, or lower case): %s', (text) => {
    expect(doers(text)).not.toContain('raia-mutomboki');
  });
});

describe('"Yakutumba" named alone stays free text as written (README: a faction named alone)', () => {
  it.each([
    '2 of the 3 boys taken by Yakutumba escaped and reached Fizi centre',
    'baraka ce matin 2 cultivatrices wametekwa na yakutumba ds leur champ',
    'Les deux cultivatrices libérées par les Yakutumba disent avoir été violées',
    '3 fishermen abducted by Yakutumba off Makobola, ransom asked',
    'les Yakutumba ont pillé le marché de Lulimba cette nuit',
    'miliciens Yakutumba signalés près de Baraka',
  ])('%s', (text) => {
    expect(doers(text)).toEqual(['Yakutumba']);
  });
  it.each([
    ['Mai-Mai Yakutumba fighters looted Baraka market overnight', ['mai-mai']],
    ['Maï-Maï Yakutumba ont enlevé 3 pêcheurs à Makobola', ['mai-mai']],
    ['FARDC operation against Yakutumba near Fizi, calm', []],
    ['opération contre les Yakutumba dans les hauts plateaux, RAS', []],
  ] as const)('look-alike (named with Mai-Mai, or the target): %s', (text, expected) => {
    expect(doers(text)).not.toContain('Yakutumba');
    for (const d of expected) expect(doers(text)).toContain(d);
  });
});

describe('a group "accusés" closing its clause is the group blamed (the French participle, not "X accuses Y")', () => {
  it.each([
    ['minembwe site de deplaces brule en partie cette nuit, maimai accuses, 2 morts', 'mai-mai'],
    ['village brûlé à Kipupu, Twirwaneho accusés, 3 morts', 'twirwaneho'],
    ['Kamango: 2 civils tués cette nuit, ADF accusés.', 'adf'],
    ['3 maisons brulees a Bule, CODECO accuses par la population', 'codeco'],
    ['Kipupu: 3 houses burnt, Mai-Mai accused, 1 dead', 'mai-mai'],
  ] as const)('%s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
  it.each([
    ['Wazalendo accuse M23 of killing civilians in Kibirizi', 'wazalendo'],
    ['Wazalendo accuses M23 of the attack on Kibirizi', 'wazalendo'],
  ] as const)('look-alike (the accuser did nothing): %s', (text, accuser) => {
    expect(doers(text)).not.toContain(accuser);
    expect(doers(text)).toContain('m23');
  });
});

describe('the host army or police asked to deploy or intervene did nothing (C1, C2)', () => {
  it.each([
    'Numbi: Hutu and Hunde youths trading threats after cows were slaughtered; chiefs ask FARDC to deploy.',
    'Tension at Numbi between Hutu and Hunde youths, chiefs asking FARDC to intervene',
    'tension at Numbi, chiefs call on the PNC to intervene',
    'Tension à Numbi entre jeunes Hutu et Hunde, les chefs demandent aux FARDC de se déployer',
    'tension Numbi, population demande le deploiement des FARDC',
    'la population exhorte la PNC à intervenir apres les menaces a Numbi',
    'menaces entre jeunes hunde et hutu a numbi, chefs demandent FARDC pour securiser',
  ])('%s', (text) => {
    expect(doers(text)).not.toContain('fardc');
    expect(doers(text)).not.toContain('pnc');
  });
  it.each([
    ['FARDC asked 3 traders to pay 1000 FC at the barrier', 'fardc'],
    ['les FARDC demandent aux commerçants de payer 500 FC', 'fardc'],
    ['a woman asked FARDC soldiers for help and was raped by them', 'fardc'],
    ['families asked FARDC to release the 4 men arrested yesterday by FARDC', 'fardc'],
  ] as const)('look-alike (the force asks, or did it after all): %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
});

describe("a protection desk heading the line ('WP:', 'WPA:') is not a group", () => {
  it.each([
    ['WP: woman raped by a PNC officer in the Mahagi police cell', ['pnc']],
    ['WPA: 2 women raped by FARDC soldiers at Minova', ['fardc']],
    ['WP: une femme violée par des hommes armés non identifiés à Nizi', ['unknown']],
    ['WPA Djugu: IDP woman raped outside the site, CODECO suspected', ['codeco']],
  ] as const)('%s', (text, expected) => {
    expect(doers(text)).toEqual([...expected]);
  });
});

describe("a neighbouring country's name before its force word is that foreign force, as written (C14)", () => {
  it.each([
    ['kiliba: burundi soldiers arrested 4 fishermen near the lake', 'burundi soldiers'],
    ['Uganda soldiers burned 3 canoes at Kasenyi', 'Uganda soldiers'],
    ['Rwanda army shelled Kibumba, 2 civ killed', 'Rwanda army'],
    ['Burundi troops beat 2 fishermen at Kiliba', 'Burundi troops'],
    ['des militaires burundais ont arrêté 4 pêcheurs à Kiliba', 'militaires burundais'],
  ] as const)('%s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
  it.each([
    ['3 fishermen fled to Burundi, soldiers of FARDC arrested 2', 'fardc'],
    ['2 Burundi soldiers killed by Red Tabara at Kiliba', 'Red Tabara'],
    ['retournés du Burundi, militaires FARDC ont arrêté 2 jeunes', 'fardc'],
  ] as const)('look-alike (the country a place, or its soldiers the victims): %s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
});

describe('an age range ("aged 15-16", "aged 15 to 16") is an age, its upper bound no count', () => {
  it.each([
    ['3 boys aged 15-16 abducted by Mai-Mai near Lulimba', 'abducted', 3],
    ['3 boys aged 15 to 16 abducted by ADF near Lulimba', 'abducted', 3],
    ['4 girls aged 12-14 raped by armed men at Nizi', 'crsvSurvivors', 4],
    ['2 girls aged 13-15 injured by a grenade at Fataki', 'injured', 2],
    ['3 garçons âgés de 15 à 16 ans enlevés par les ADF', 'abducted', 3],
    ['3 garçons de 15-16 ans enlevés par les ADF', 'abducted', 3],
  ] as const)('%s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
  it.each([
    ['3 boys aged 15 abducted by ADF', 'abducted', 3],
    ['attack on 12-14 March, 3 killed', 'killed', 3],
  ] as const)('look-alike (one age, a date range): %s', (text, key, n) => {
    expect(parse(text).victims[key]).toBe(n);
  });
});

describe('a place hosting a count of displaced people: the verb before the count (C8: households are not people)', () => {
  it.each([
    ['Walese Vonkutu chiefdom (Irumu) hosting around 3,500 IDPs from Boga after ADF attacks, no aid yet', 3500],
    ['Komanda hosting 1200 IDPs from Idohu since monday', 1200],
    ['Komanda hosts over 800 displaced people from Idohu', 800],
    ['la paroisse de Bunia héberge environ 300 déplacés de Djugu', 300],
    ["l'école de Komanda abrite 450 personnes venues d'Idohu", 450],
    ['Komanda accueille environ 1 200 déplacés venus d Idohu', 1200],
  ] as const)('%s', (text, n) => {
    expect(parse(text).victims.displaced).toBe(n);
  });
  it.each([
    'Komanda hosting 300 households from Idohu',
    'Bunia hospital received 4 injured civilians from Djugu',
    'the chief hosted a meeting with 20 people',
  ])('look-alike (households, patients, a meeting): %s', (text) => {
    expect(parse(text).victims.displaced).toBeNull();
  });
});

describe('displaced people harmed on an errand at the edge of their site, the errand told before the site: no attack on the site', () => {
  it.each([
    ['WPA Djugu: IDP woman raped on Wednesday while collecting firewood outside Plaine Savo site; attackers said to be CODECO.', 'high'],
    ['IDP woman attacked while fetching water outside Rhoe site, attackers fled', 'medium'],
    ['une déplacée attaquée en allant chercher du bois aux abords du site de Rhoe par des assaillants', 'medium'],
  ] as const)('%s', (text, priority) => {
    expect(parse(text).category).not.toBe('attack_on_idp_site');
    expect(parse(text).priority).toBe(priority);
  });
  it.each([
    'IDP site of Rhoe attacked by CODECO while people were collecting firewood, 3 killed',
    'CODECO attacked Rhoe site, 2 killed inside the site while fetching water',
  ])('look-alike (the site itself attacked): %s', (text) => {
    expect(parse(text).category).toBe('attack_on_idp_site');
    expect(parse(text).priority).toBe('critical');
  });
});

describe('a group in brackets glossing "the enemy" of a charge is the charge, not a doer', () => {
  it.each([
    ["Le chef de Luvungi est détenu par les FARDC pour intelligence avec l'ennemi (M23)", ['fardc']],
    ['chief of Luvungi held by FARDC for collusion with the enemy (M23)', ['fardc']],
    ["2 jeunes arrêtés par la PNC pour collaboration avec l'ennemi (ADF) à Beni", ['pnc']],
    ['3 traders detained by FARDC, accused of feeding the enemy (ADF)', ['fardc']],
  ] as const)('%s', (text, expected) => {
    expect(doers(text)).toEqual([...expected]);
  });
  it.each([
    'the enemy (M23) shelled Sake, 2 civ killed',
    "l'ennemi M23 a bombardé Sake, 2 morts",
  ])('look-alike (the enemy named as the doer): %s', (text) => {
    expect(doers(text)).toContain('m23');
  });
});
