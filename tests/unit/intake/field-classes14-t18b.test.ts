import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const names = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of a remote base's phone-typed traffic (pending reports18, second pass): invented sentences of each class in
// both languages, SMS spellings and Swahili, and the look-alikes that must not be read as them.

describe('a named armed group "ont pris" people, in the active voice: an abduction counted (C23)', () => {
  it.each([
    ['les ADF ont pris 6 personnes au champ a Eringeti', 'adf', 6],
    ['Kipese: les Mai-Mai ont pris 3 femmes au marche hier soir', 'mai-mai', 3],
    ['CODECO a pris 2 cultivateurs sur la route de Djugu', 'codeco', 2],
  ])('%s', (text, actor, n) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high', victims: { abducted: n } });
    expect(r.perpetrators.map((p) => p.actorId)).toContain(actor);
  });
  it('people with no number are taken, uncounted', () => {
    expect(parse('les Mai-Mai ont pris des femmes au marche de Kipese')).toMatchObject({ category: 'abduction', victims: { abducted: null } });
  });
  it.each([
    'les CODECO ont pris la fuite vers Djugu apres l arrivee des FARDC',
    'les ADF ont pris le controle de Mamove',
    'les FARDC ont pris 3 jeunes a Beni pour verification',
  ])('look-alike (flight, control, the army): %s', (text) => {
    expect(parse(text).category).not.toBe('abduction');
  });
});

describe('animals of counted owners taken: a looting, the owners are not abducted', () => {
  it.each([
    "ng'ombe za familia 4 zimechukuliwa na Twirwaneho karibu na Minembwe",
    'cows of 6 households taken by Mai-Mai near Baraka last night',
    'chevres de 5 menages emportees par les CODECO a Djugu',
    'goats belonging to 2 families raided by Twirwaneho in Bibokoboko',
    'betail de plusieurs eleveurs emporte par des hommes armes a Minembwe',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'looting_destruction', priority: 'medium', victims: { abducted: null } });
  });
  it.each([
    ['3 families taken by M23 in Kishishe', 3],
    ['herders of 2 families abducted with their cows by Mai-Mai', 2],
  ])('look-alike (people taken): %s', (text, n) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', victims: { abducted: n } });
  });
});

describe('a toll corrected: the figure said, not the one it replaces', () => {
  it.each([
    ['correction: Mamove toll is 6 instead of 9', 6],
    ['my earlier msg was wrong, Oicha toll is 4 not 7', 4],
    ['rectificatif Eringeti: bilan 5 et non 8', 5],
    ['Kainama: le bilan est de 3 et pas 5', 3],
  ])('%s', (text, n) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_civilians', victims: { killed: n } });
  });
});

describe('a harm an earlier report told, said false: no incident', () => {
  it.each([
    'dementi: l enlevement signale ce matin a Oicha est faux, le jeune etait chez son oncle',
    'the abduction reported yesterday in Kamango was false, the man was travelling',
    'the killing reported in Mamove is denied by the chief of the locality',
    'le meurtre annonce hier a Kasindi est faux selon la societe civile',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low', perpetrators: [] });
  });
  it.each([
    ['enlevement signale hier a Eringeti, la famille dement toute demande de rancon', 'abduction'],
    ['the killing reported in Mamove: 3 dead, ADF blamed', 'attack_on_civilians'],
  ])('look-alike (the harm stands): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('an order with a punishment for not obeying: a threat', () => {
  it.each([
    'M23 ordered all youths in Bambo to attend their meetings or pay a fine',
    'les Mai-Mai obligent les jeunes a faire la ronde sinon amende de 5000 FC a Kipese',
    'CODECO sommes les habitants de Djugu de venir au rassemblement sous peine d amende',
    'wazalendo told traders to close shops on Friday or be beaten, Sake',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
  });
  it('look-alike: a fine paid at a barrier is no ultimatum', () => {
    expect(parse('chaque moto paye 2000 FC a la barriere Mai-Mai de Kipese').category).toBe('looting_destruction');
  });
});

describe('thieves said to carry no arms: a health centre or school burgled is a theft (C13 exception)', () => {
  it.each([
    'centre de sante de Kirotshe cambriole par des bandits, pas d arme vue, medicaments voles',
    'Kibirizi school looted at night by thieves, no weapons seen, roof sheets gone',
    'maternite de Rutshuru pillee par des voleurs non armes',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'looting_destruction', priority: 'medium', sensitivity: 'standard' });
  });
  it('look-alike: armed bandits looting a health centre are C13', () => {
    expect(parse('centre de sante de Kirotshe pille par des bandits armes').category).toBe('child_violation');
  });
});

describe('armed men coming down from the hills, nothing else: a movement by the group (also one the list does not know)', () => {
  it.each([
    ['CODECO came down from the hills into Djugu last night, no incident', 'codeco'],
    ["Gety: FRPI descendus des collines vers la cite, pas d'incident", 'FRPI'],
    ['Mai-Mai sont descendus vers le marche de Kipese ce matin', 'mai-mai'],
  ])('%s', (text, actor) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'medium' });
    expect(names(text)).toContain(actor);
  });
  it('look-alike: "descendu" is slang for shot dead, no movement', () => {
    expect(parse('un motard descendu par des bandits a Beni').category).not.toBe('armed_group_movement');
  });
});

describe('group names: an acronym in brackets after the name is its usual form; a dash opens the clause', () => {
  it.each([
    ['Pinga: Nduma (NDC-R) ont bloque la route aux ONG', 'NDC-R'],
    ['Walikale centre- APCLS ont pille des boutiques', 'APCLS'],
    ['Masisi – APCLS ont enleve un chef', 'APCLS'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('armed men raping inside an IDP site attack the site: critical', () => {
  it.each([
    'des elements CODECO violent des femmes ds le site de Rhoe, 2 cas',
    'armed men raped 2 women inside Bulengo site last night',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ priority: 'critical', sensitivity: 'restricted' });
  });
  it.each([
    'woman raped by armed men while fetching firewood near Rusayo site',
    'a displaced woman raped in Bulengo site by her neighbour',
  ])('look-alike (near the site, or no armed men): %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'crsv', priority: 'high' });
  });
});

describe('where the victims are now is care, not an attack going on', () => {
  it.each([
    '2 women raped by armed men on the Kibirizi road, now at the hospital',
    '4 blesses par balle a Oicha, actuellement a l HGR',
    'mtu 1 amepigwa risasi Kamango, sasa hospitali',
  ])('%s', (text) => {
    expect(parse(text).priority).not.toBe('critical');
  });
  it('look-alike: an attack said to go on now stays critical', () => {
    expect(parse('ADF attacking Oicha now, civilians fleeing').priority).toBe('critical');
  });
});

describe('calm in Swahili and "nothing else": a quiet day, a patrol passing names no doer', () => {
  it.each([
    'Eringeti ni shwari leo, FARDC patrol passed at noon, nothing else',
    'Oicha: hali ni salama, patrouille FARDC passee, rien d autre',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low', perpetrators: [] });
  });
});

describe('the police "arete" (SMS spelling) people: the police did it (C1)', () => {
  it.each([
    'beni 3 motards arete par la police sans motif',
    'policiers aretent des jeunes au marche de Bunia',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'arbitrary_detention' });
    expect(names(text)).toEqual(['pnc']);
  });
});

describe('people let go by the armed group that held them: taken, counted, and the group is the doer (C12)', () => {
  it.each([
    ['les 3 femmes liberees par les Mai-Mai a Kipese disent avoir ete violees', 'mai-mai', 3],
    ['2 farmers released by ADF near Oicha after two weeks in the bush', 'adf', 2],
    ['les CODECO ont relache 4 otages a Djugu', 'codeco', 4],
  ])('%s', (text, actor, n) => {
    const r = parse(text);
    expect(r.victims.abducted).toBe(n);
    expect(r.perpetrators.map((p) => p.actorId)).toContain(actor);
  });
  it.each([
    ['2 hostages freed by FARDC from ADF in Mamove', 'adf'],
    ['5 women freed by Wazalendo from M23 captivity in Kitshanga', 'm23'],
  ])('look-alike (a rescue by another force): %s', (text, captor) => {
    expect(names(text)).toEqual([captor]);
  });
});

describe('a part of a group named after it: "three of the women", "2 of them"', () => {
  it.each([
    ['the 8 hostages back in Mambasa say two of the women were raped', { crsvSurvivors: 2 }],
    ['3 of them were killed when ADF came back to Mamove', { killed: 3 }],
    ['one of the girls was raped near Kipese by armed men', { crsvSurvivors: 1, childrenAffected: 1 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
  it('look-alike: the whole after "of" is not counted again', () => {
    expect(parse('ADF killed 2 of the 6 hostages in Oicha').victims).toMatchObject({ killed: 2, abducted: 6 });
  });
});

describe('rape "sur"/"contre" someone: the one raped counted', () => {
  it.each([
    ['cas de viol sur une fillette de 10 ans a Kalehe', { crsvSurvivors: 1, childrenAffected: 1 }],
    ['viols contre 2 femmes au marche de Rusayo', { crsvSurvivors: 2 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
});

describe('where the wounded were evacuated to is not where it happened', () => {
  it.each([
    ['Kainama: 3 wounded evacuated to Oicha after an ambush', 'kainama'],
    ['Mamove, hommes armes ont tire sur un taxi-moto, 2 blesses evacues a Beni', 'mamove'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
  it('look-alike: the only place named stays', () => {
    expect(parse('2 blesses evacues a Beni').place?.id).toBe('beni');
  });
});

describe('a killing named only as the cause of hate speech or tension is no new killing', () => {
  it.each([
    'tracts haineux a Uvira contre les Banyamulenge apres le meurtre de Minembwe',
    'hate messages on Facebook against Hema since the killings in Djugu',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'hate_speech_incitement', priority: 'medium' });
  });
  it('look-alike: a killing told with the speech is one', () => {
    expect(parse('hate speech in Bunia, 2 Hema killed by a mob').priority).toBe('high');
  });
});

describe('access refused to someone named between the verb and "l accès": access denied', () => {
  it.each([
    'FARDC refusent a la MONUSCO l acces au camp de Mwenga',
    'la PNC interdit aux ONG l acces au cachot de Bunia',
    'les Mai-Mai refusent a la patrouille l acces a Kipese',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'access_denial', priority: 'medium' });
  });
});

describe('Swahili numbers after the people: "mauaji ya watu 5", "kidnaping ya watu 3"', () => {
  it.each([
    ['mauaji ya watu 6 Mamove usiku wa jana', { killed: 6 }],
    ['utekaji nyara wa watoto 2 Kipese na Mai-Mai', { abducted: 2, childrenAffected: 2 }],
    ['ubakaji wa wanawake 3 Minova', { crsvSurvivors: 3 }],
    ['kidnapping ya wakulima 4 barabara ya Sake', { abducted: 4 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
  it('look-alike: no number stays unknown', () => {
    expect(parse('mauaji ya watu wengi Mamove').victims.killed).toBeNull();
  });
});

describe('wounds named as such on people held: injured (C3)', () => {
  it.each([
    ['Bunia: detainees beaten with sticks at the PNC station, 3 seen with bruises', 3],
    ['deux detenus avec des brulures au cachot PNC de Bunia', 2],
    ['un prisonnier presente des plaies apres passage au cachot de Beni', 1],
  ])('%s', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });
  it('look-alike: burnt houses are nobody hurt', () => {
    expect(parse('3 houses with burns in Kibua after the fire').victims.injured).toBeNull();
  });
});

describe('beaten where they are held: ill-treatment before the arrest', () => {
  it.each([
    'a man arrested by FARDC in Beni, beaten in custody, released after 2 days',
    'un jeune arrete par la police a Bunia, tabasse au cachot',
    'motard arrete par les militaires a Kasindi et fouette en detention',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'torture_ill_treatment', priority: 'medium' });
  });
  it('look-alike: an arrest with no beating stays a detention', () => {
    expect(parse('3 youths arrested by police in Beni after a fight, held at the station').category).toBe('arbitrary_detention');
  });
});

describe('people of two communities fighting each other, no armed group: a tension, whatever it cost', () => {
  it.each([
    'youths of two communities fought with sticks at the Nyankunde market, 3 injured',
    'les deux communautes se sont bagarrees au marche de Bunia, 2 blesses',
    'diggers from 2 cmties fighting over a pit in Mongbwalu, 4 hurt',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'intercommunal_tension', priority: 'medium' });
  });
  it('look-alike: armed men attacking two communities is an attack', () => {
    expect(parse('armed men attacked two communities in Djugu, 4 injured').category).toBe('attack_on_civilians');
  });
});

describe('herders carrying arms are armed men; a neighbouring country\'s armed men named as written', () => {
  it.each([
    ['Aru: South Sudanese armed herders threatening farmers near Ariwara', 'South Sudanese armed herders'],
    ['eleveurs armes sud-soudanais menacent les cultivateurs pres d Aru', 'eleveurs armes sud-soudanais'],
  ])('%s', (text, name) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
    expect(names(text)).toEqual([name]);
  });
  it('bouviers armés threatening farmers: a threat, not two communities quarrelling', () => {
    expect(parse('bouviers armes menacent les cultivateurs de Djugu').category).toBe('threat_intimidation');
  });
  it.each([
    ['herders and farmers quarrel over a field in Djugu', 'intercommunal_tension'],
    ['3 South Sudanese refugees arrived in Aru', 'displacement'],
  ])('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
    expect(parse(text).perpetrators).toEqual([]);
  });
});

describe('a limb lost, said the SMS way: one person injured (a child maimed is a grave violation)', () => {
  it.each([
    ['Mines: girl (7) lost foot stepping on a mine near Kibirizi', { injured: 1, childrenAffected: 1 }],
    ['a farmer lost both legs to a mine in Kibirizi', { injured: 1 }],
    ['une fillette a perdu sa jambe sur une mine a Kibirizi', { injured: 1, childrenAffected: 1 }],
  ])('%s', (text, counts) => {
    expect(parse(text).victims).toMatchObject(counts);
  });
  it('look-alike: harvests lost are nobody hurt', () => {
    expect(parse('farmers lost their harvest to the floods in Kibirizi').victims.injured).toBeNull();
  });
});

describe('a mine that went off near a camp is no attack on the camp', () => {
  it('near a camp: an explosive hazard, not critical', () => {
    expect(parse('man lost leg stepping on a landmine near Rumangabo camp')).toMatchObject({ category: 'explosive_hazard', priority: 'medium' });
  });
  it('look-alike: a mine inside an IDP camp hurting IDPs is an attack on the site', () => {
    expect(parse('mine exploded inside Bulengo camp, 2 IDPs injured').priority).toBe('critical');
  });
});
