import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// reports29, second pass: classes of wording the first pass (t29) left, as invented sentences in both languages and SMS
// style, with the look-alikes that must keep their reading.

describe('a shot that names where it hit the body is a wound (victims/shot-in-limb.ts)', () => {
  it.each([
    ['police officer shot a moto driver in the leg at Mugunga checkpoint', 1],
    ['a soldier shot a trader in the arm in Beni market', 1],
    ['soldiers shot 2 civilians in the legs in Beni', 2],
    ['pnc shot a student in the thigh during the march in Butembo', 1],
    ['un policier a tiré sur un motard à la jambe à Mugunga', 1],
    ['un militaire a blessé par balles 3 civils à Walungu', 3],
    ['des militaires ont blessé par balle deux passants au marché de Beni', 2],
    ['un militaire ivre a blessé par balle un civil à Walungu', 1],
  ])('%s', (text, injured) => {
    const r = parse(text);
    expect(r.victims.injured).toBe(injured);
    expect(r.victims.killed).toBeNull();
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['soldiers shot dead a moto driver in Beni', 1, null],
    ['a soldier shot a trader in Beni market', null, null],
    ['police shot at the crowd in the morning in Goma', null, null],
  ])('no body part, or a killing, keeps its reading: %s', (text, killed, injured) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(killed);
    expect(r.victims.injured).toBe(injured);
  });
});

describe('the one who did the harm arrested afterwards: the harm is the report (categories/shooter-arrested.ts)', () => {
  it.each([
    ['Walungu: un militaire ivre a blessé par balle 2 civils dans un bar hier soir, arrêté par la police militaire'],
    ['Walungu: un militaire ivre a blessé 2 civils dans un bar hier soir, il a été arrêté'],
    ['a drunk soldier shot 2 civilians in a bar in Walungu, arrested by the military police'],
    ['a drunk soldier wounded a trader in Beni market, he was arrested by military police'],
    ['un policier a blessé un motard à Beni hier, aussitôt arrêté par ses chefs'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_civilians');
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['un policier a blessé un motard à Beni, arrêté et gardé au cachot sans mandat', 'torture_ill_treatment'],
    ['police arrested 5 youths and beat them in Beni, 2 injured', 'arbitrary_detention'],
  ])('an arrest of the victims, or abuse in custody, keeps its reading: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('people taken to where the state holds people are detained, not abducted (C23; categories/taken-by-state.ts)', () => {
  it.each([
    ['Bunia: police dispersed a civil society press conference, 4 journalists taken to the ANR office', ['ANR', 'pnc']],
    ['3 youths picked up in Beni market and taken to the police station', ['pnc']],
    ['4 journalistes emmenés au bureau de l\'ANR à Bunia', ['ANR']],
    ['deux motards amenés au cachot à Butembo', []],
    ['3 jeunes ramassés au marché et conduits au cachot de la police à Beni', ['pnc']],
  ])('%s', (text, who) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted).toBeNull();
    expect(r.priority).toBe('medium');
    expect(doers(text).sort()).toEqual([...who].sort());
  });

  it.each([
    ['2 farmers taken to the Mai-Mai camp in Lubero'],
    ['2 farmers taken to the bush by armed men in Lubero'],
    ['deux cultivateurs emmenés en brousse par des hommes armés à Lubero'],
  ])('taken by a group, or to the bush, stays an abduction: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(2);
  });
});

describe('a harm to people named as the price of refusing, with no verb, is the threat (C6; constructions/punished-if-refused.ts)', () => {
  it.each([
    ['nyangezi: des policiers extorquent 5000 FC a chaque commerçant au marché, sinon arrestation', ['pnc']],
    ['police extorting 5000 FC from each trader at the market, or else arrest', ['pnc']],
    ['les policiers exigent 2000 FC aux motards à Kasindi, sinon arrestation', ['pnc']],
    ['les policiers réclament 5000 FC aux motards sous peine d\'arrestation', []],
    ['des policiers extorquent 1000 FC par moto a la barriere de Lume sinon l arrestation', ['pnc']],
  ])('%s', (text, who) => {
    const r = parse(text);
    expect(r.category).toBe('threat_intimidation');
    expect(r.priority).toBe('medium');
    expect(doers(text)).toEqual(who);
  });

  it.each([
    ['jeton 500fc par tete au marche de rubaya, pris par wazalendo a l\'entree, sinon marchandises confisquees', 'looting_destruction'],
    ['des militaires extorquent de l\'argent aux motards à Kasindi', 'looting_destruction'],
    ['police arrested 5 motards who refused to pay 5000 FC', 'arbitrary_detention'],
  ])('goods as the sanction, no sanction, or the arrest done, keep their reading: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('police who extort are the doer (C1): "extorquent"', () => {
    expect(doers('des militaires extorquent de l\'argent aux motards à Kasindi')).toEqual(['fardc']);
  });
});

describe('"riddled with bullets" said of a vehicle or a house tells of no death (categories/thing-riddled.ts)', () => {
  it.each([
    ['Le véhicule de MSF a été attaqué à Largu par des CODECO, criblé de balles, le chauffeur blessé', 'medium'],
    ['the NGO car was riddled with bullets near Oicha, driver wounded', 'medium'],
    ['la jeep de l\'ONG criblée de balles sur la route de Pinga, personne touché', null],
    ['MSF vehicle riddled with bullets on the Mweso road, no one hurt', null],
  ])('%s', (text, priority) => {
    const r = parse(text);
    expect(r.killingSignal).toBe(false);
    expect(r.victims.killed ?? 0).toBe(0);
    if (priority) expect(r.priority).toBe(priority);
  });

  it.each([
    ['un motard criblé de balles par des hommes armés à Beni'],
    ['a moto driver riddled with bullets near Oicha by unknown gunmen'],
  ])('a person riddled is killed: %s', (text) => {
    const r = parse(text);
    expect(r.killingSignal).toBe(true);
    expect(r.priority).toBe('high');
  });
});

describe('the host force\'s post as where someone got to is no doer (doers/force-post-reached.ts)', () => {
  it.each([
    ['Mutwanga: the cocoa trader escaped from his captors on Sunday and reached the FARDC post, exhausted but unhurt'],
    ['Mutwanga: le commerçant s\'est évadé et a rejoint la position FARDC, sain et sauf'],
    ['the 2 hostages escaped and ran to the FARDC position in Oicha'],
    ['les otages se sont réfugiés au camp des FARDC à Eringeti'],
    ['the kidnapped farmer fled and arrived at the FARDC base in Kamango'],
  ])('%s', (text) => {
    expect(doers(text)).toEqual([]);
  });

  it.each([
    ['FARDC at the post beat a moto driver in Oicha'],
    ['soldiers from the FARDC post beat a moto driver in Oicha'],
    ['a moto driver was taken to the FARDC position and beaten'],
  ])('the force doing, or people taken there, keep the force: %s', (text) => {
    expect(doers(text)).toEqual(['fardc']);
  });
});

describe('a group "repoussés" (pushed back) in the passive fought: a party to the clash (C4; doers/actors.ts, staff-titles.ts)', () => {
  it.each([
    ['Minembwe : les combats ont cessé hier soir, les Twirwaneho repoussés. 2 civils tués, 1000 personnes déplacées vers le centre'],
    ['Minembwe : les Twirwaneho ont été repoussés par les FARDC. 2 civils tués'],
    ['Minembwe: fighting ended, Twirwaneho were pushed back. 2 civilians killed'],
  ])('%s', (text) => {
    expect(doers(text)).toEqual(['twirwaneho']);
    expect(parse(text).victims.killed).toBe(2);
  });

  it.each([
    ['les FARDC ont repoussé les ADF à Mamove, 3 civils tués', ['adf']],
    ['attaque ADF repoussée par les FARDC à Mamove, 1 civil tué', ['adf']],
  ])('who pushed back stays the responder: %s', (text, who) => {
    expect(doers(text)).toEqual(who);
  });
});

describe('the peacekeeping force in shorthand, "pkf", "pk patrol" (vocabulary/peacekeeper-shorthand.ts)', () => {
  it.each([
    ['beni: pkf patrol shot at near the airport last nite, no injuries, FARDC say it was bandits'],
    ['pk convoy ambushed near Eringeti, no casualties'],
    ['patrouille PKF prise à partie à Kiwanja, pas de blessé'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_peacekeepers');
  });

  it.each([
    ['accident au PK 12 sur la route Beni-Kasindi, 2 morts', 'other'],
    ['ADF attacked Mamove at pk 15, 3 civilians killed', 'attack_on_civilians'],
  ])('the kilometre mark is no peacekeeper: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('one person freed, named by a possessive or as a colleague, was taken: abducted 1 (C7; victims/shot-and-freed.ts)', () => {
  it.each([
    ['Fataki: MSF confirms its colleague was freed this morning unharmed, no ransom paid'],
    ['Oicha: the family says their son was released last night, no ransom paid'],
    ['Butembo: le pasteur a été libéré ce matin par ses ravisseurs'],
    ['Bunia: Caritas dit que son employé a été relâché hier soir après 3 jours aux mains des ravisseurs'],
    ['kasindi: le chef de localité a été relâché par les ravisseurs hier soir'],
  ])('%s', (text) => {
    expect(parse(text).victims.abducted).toBe(1);
  });

  it.each([
    ['the 3 hostages have been released in Lubero', 3],
    ['Beni: police released his son after 2 days in the cell', null],
  ])('a count said, or the state\'s cell, keep their reading: %s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });
});

describe('shelters of the displaced attacked name the site: an attack on an IDP site, critical (vocabulary/site-shelters.ts)', () => {
  it.each([
    ['lushagala fup: attackers gone around midnight, 1 IDP killed n 2 shelters burned. police came after'],
    ['Bulengo: 3 abris incendiés et 1 déplacé tué par des hommes armés'],
    ['Rusayo: IDP shelters torched by armed men last night, 2 injured'],
    ['Kanyaruchinya: des hommes armés ont incendié les abris des déplacés, 1 mort'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_idp_site');
    expect(r.priority).toBe('critical');
  });

  it.each([
    ['Pinga: Mai-Mai looted the pharmacy and burnt 7 huts last night'],
    ['ADF attacked Mamove, 3 killed, people fled to shelters in Beni'],
    ['les déplacés sans abris dorment dehors à Rutshuru'],
    ['Beni: 300 households without shelters after the floods'],
  ])('village huts, or shelters with no harm to them, are no site attacked: %s', (text) => {
    expect(parse(text).category).not.toBe('attack_on_idp_site');
  });
});

describe('"door to door" with a levy is how the levy is collected: looting (C6; categories/door-to-door-levy.ts)', () => {
  it.each([
    ["Kishishe CAN: M23 elts going door to door since this morning collecting 'taxes', 2000 FC per household"],
    ["les Wazalendo passent de porte en porte pour ramasser l'effort de guerre à Kalengera"],
    ['mai-mai went door to door in Bunyatenge collecting the war tax, 1000 fc per house'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['M23 elts going door to door in Kishishe looking for young men'],
    ['armed men went door to door in Kishishe, threatening those who talk to MONUSCO'],
    ['mai-mai went door to door in Bunyatenge demanding 1000 fc per house'],
  ])('door to door with no levy stays the threat: %s', (text) => {
    expect(parse(text).category).toBe('threat_intimidation');
  });
});

describe('civilians said "civs" count as civilians: a group attack on a village near a force post is the attack (categories/position-attacked.ts)', () => {
  it.each([
    ['NDC-R elts attacked Kibua last night, 2 civs killed. FARDC position nearby did not intervene'],
    ['ADF attacked Kibua last night, 2 civs killed. FARDC position nearby did not intervene'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });

  it('soldiers alone killed at their position stay the fighting', () => {
    expect(parse('ADF attacked the FARDC position at Mamove, 2 soldiers killed').category).toBe('armed_group_movement');
  });
});

describe('people who "se sont abrités" somewhere moved to safety: displacement, counted (vocabulary/sheltered-elsewhere.ts, victims/sheltered-count.ts)', () => {
  it.each([
    ['Mweso : environ 500 civils se sont abrités près de la base MONUSCO pendant les combats de la nuit, retour progressif ce matin', 500],
    ['Mweso : environ 500 civils se sont abrités près de l\'église pendant les combats de la nuit', 500],
    ['Mweso : environ 500 personnes se sont abritées près de la base MONUSCO pendant les combats de la nuit', 500],
  ])('%s', (text, displaced) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(r.victims.displaced).toBe(displaced);
    expect(r.priority).toBe('medium');
  });

  it('the count of people put "à l\'abri" is the displaced', () => {
    expect(parse('Kiwanja: environ 300 civils se sont mis à l\'abri à la paroisse pendant les tirs').victims.displaced).toBe(300);
  });

  it.each([
    ['combats FARDC-M23 à Kibirizi, la population s\'est abritée dans les maisons', 'armed_group_movement'],
    ['le site de Rhoe abrite 3000 déplacés, calme ce jour', 'displacement'],
  ])('hiding at home in fighting stays the clash (C21); a site that hosts is no move: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});
