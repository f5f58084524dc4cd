import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// t47: classes taught on reports47 (people held by armed groups and by the state, levies and forced labour, state agents
// named by role), invented sentences in both languages (and SMS style), with the look-alikes that must not change.

describe('C23: a price put on the release of people held by a non-state group makes them abducted, counted (categories/release-price.ts)', () => {
  it.each([
    ["5 moto drivers held by M23 since Monday for 'taxes', families asked $40 per head", 5],
    ['3 traders held by Wazalendo at Kalehe, families asked $20 each to let them go', 3],
    ['6 farmers from Kibirizi held by Mai-Mai since Friday, relatives must pay $50 each', 6],
    ['4 fishermen held by Mai-Mai near Kiliba, released yesterday against 100$ each', 4],
    ['Red Cross volunteer held at a Mai-Mai barrier for 4 hours, released after the driver paid', 1],
    ['4 commerçants détenus par les M23 depuis lundi, les familles doivent payer 40$ par tête', 4],
    ["5 cultivateurs de Kibirizi détenus par les FDLR, relâchés mardi contre 200$ chacun", 5],
    ['Un enseignant de Kalonge retenu 3 jours par les Raia Mutomboki, relâché sain et sauf après paiement des parents', 1],
    ["3 motards detenus par l'administration AFC/M23 depuis samedi, familles doivent payer 30$ par tete", 3],
    ['Mai-Mai holding the chief of Bunyatenge and his two sons, they want 4 goats for their release', 3],
    ['Les Maï-Maï détiennent le chef de Kasugho et ses 2 frères, ils exigent 3 chèvres pour leur libération', 3],
  ] as const)('%s → abduction, %i abducted, high', (text, n) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(n);
    expect(r.priority).toBe('high');
  });

  it("held by a group until they pay, one of them beaten: still the abduction, the beaten counted (C12)", () => {
    const r = parse("Kitchanga: 4 moto drivers held by AFC/M23 since Sunday for 'non-payment of taxes', one badly beaten, families asked $50 per head");
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(4);
    expect(r.victims.injured).toBe(1);
  });

  it.each([
    // the state holding for money is a detention (C6, C23)
    ['Police in Beni held 5 moto drivers, families asked $20 per head', 'arbitrary_detention'],
    ['5 motards détenus par la police à Beni, les familles doivent payer 20$ par tête', 'arbitrary_detention'],
    // a group holding people with no taking or price said stays a detention (C23)
    ['M23 holding 9 men in a container at Rubare, accused of being Wazalendo', 'arbitrary_detention'],
    ['Le M23 détient 7 personnes dans un conteneur à Kiwanja depuis samedi', 'arbitrary_detention'],
  ] as const)('look-alike: %s → %s, nobody abducted', (text, category) => {
    const r = parse(text);
    expect(r.category).toBe(category);
    expect(r.victims.abducted).toBeNull();
  });

  it.each([
    'Mai-Mai at the Kasugho barrier ask 1000 FC per passenger',
    'Les Maï-Maï exigent 3 chèvres par village chaque semaine autour de Kasugho',
  ])('look-alike, a levy with nobody held: %s → no abduction', (text) => {
    const r = parse(text);
    expect(r.category).not.toBe('abduction');
    expect(r.victims.abducted).toBeNull();
  });

  it.each([
    ['Localité chief of Kibati picked up by M23 elements late last night', 1],
    ['Red Tabara took 2 herders and about thirty cows near Bibokoboko', 2],
  ] as const)('look-alike, counts already read stay: %s', (text, n) => {
    expect(parse(text).victims.abducted).toBe(n);
  });
});

describe('C1/C2: police and soldiers named by where they stand, in pairs, by a role in their cell, or by forced service (doers/state-agent-roles.ts)', () => {
  it.each([
    ['Police in Uvira town arrested 15 moto drivers in an operation', 'pnc'],
    ['Soldiers in Beni town beat 3 traders at the market', 'fardc'],
    ['Les policiers de Goma ville ont raflé 12 jeunes à Birere', 'pnc'],
    ['Jeton at Rubare: police and soldiers together at the barrier take 1,000 FC per passenger', 'pnc,fardc'],
    ['Jeton a Kalengera: policiers et militaires ensemble a la barriere prennent 1000 FC par passager', 'pnc,fardc'],
    ['Sake: a woman held 2 days at the police cell says the chief of the cell raped her', 'pnc'],
    ['Une femme gardée 2 jours au cachot de la police dit avoir été violée par le commandant du poste', 'pnc'],
    ['Kiliba: after 3 days in the cell of the Kiliba police, the 2 fishermen were released against 10 000 FC each', 'pnc'],
    ['Komanda: soldiers requisitioned 6 motorbikes with their drivers for an operation', 'fardc'],
    ['Komanda: les militaires ont réquisitionné 5 motos et leurs conducteurs pour une opération', 'fardc'],
    ['Police used batons on women protesting in Uvira town, several injured', 'pnc'],
    ["Des militaires ont obligé les habitants de Pinga à puiser de l'eau pour leur camp", 'fardc'],
  ] as const)('%s → %s', (text, doers) => {
    expect(parse(text).perpetrators.map((p) => p.actorId).sort()).toEqual(doers.split(',').sort());
  });

  it.each([
    'Police came to Uvira town after the killing of a trader by bandits',
    'Le commandant du poste de police a reçu la mission à Sake',
    'The police and soldiers together secured the market in Rubare after the attack',
    'Une femme a porté plainte au cachot de la police de Sake contre des bandits qui l’ont violée',
  ])('look-alike, the force did no harm: %s → no pnc/fardc', (text) => {
    const ids = parse(text).perpetrators.map((p) => p.actorId);
    expect(ids).not.toContain('pnc');
    expect(ids).not.toContain('fardc');
  });
});

describe('C5: a state service that let people go after days held them (doers/state-agent-roles.ts serviceReleasedAfterDays)', () => {
  it.each([
    ['ANR in Goma released the 2 civil society activists after 11 days', 'ANR'],
    ["L'ANR à Goma a relâché les 3 militants de la LUCHA après 9 jours", 'ANR'],
    ['DEMIAP in Beni finally released the teacher after 3 weeks', 'DEMIAP'],
    ['La DGM a libéré les 6 femmes après 2 nuits à Kasindi', 'DGM'],
  ] as const)('%s → %s', (text, name) => {
    expect(parse(text).perpetrators.map((p) => p.name)).toContain(name);
  });

  it.each([
    'Les militants ont été libérés après 9 jours de détention par les Wazalendo, selon l’ANR',
  ])('look-alike: %s → no ANR', (text) => {
    expect(parse(text).perpetrators.map((p) => p.name)).not.toContain('ANR');
  });
});

describe('C3/C12: people held, taken or made to carry who came back beaten are counted injured (victims/held-then-beaten.ts)', () => {
  it.each([
    ['A moto driver detained at the police station in Kasindi for 4 days and beaten', 1],
    ['Un motard détenu 4 jours au sous-commissariat de Kasindi et battu, selon sa famille', 1],
    ['un taximan retenu 2 jours au cachot de la police et tabassé', 1],
    ['ANR in Goma released the 2 activists after 11 days; both report beatings during interrogation', 2],
    ["L'ANR a relâché les 3 militants après 9 jours; tous disent avoir été battus", 3],
    ['8 civilians made to carry rations to the front, 2 came back injured from beatings', 2],
    ["6 civils obligés de porter des rations jusqu'à Kibua, 3 sont revenus blessés après avoir été battus", 3],
    ["La PNC a enfermé 2 jeunes pour un conflit foncier; l'un giflé et frappé à coups de pied", 1],
    ["3 cultivateurs emmenés par des hommes armés hier soir, l'un relâché ce matin blessé", 1],
    ['M23 took 4 porters to Kibumba, one of them was beaten on the way', 1],
  ] as const)('%s → %i injured', (text, n) => {
    expect(parse(text).victims.injured).toBe(n);
  });

  it.each([
    'A moto driver detained at the police station in Kasindi for 4 days, family not allowed to visit',
    '8 civilians made to carry rations to the front, 2 came back yesterday',
    "Les 3 militants libérés; tous disent avoir été bien traités",
  ])('look-alike: %s → injured unknown', (text) => {
    expect(parse(text).victims.injured).toBeNull();
  });
});

describe('C6: levies in kind per household or village, and fines for those absent, by an armed group are looting (categories/levy-or-absence-fine.ts)', () => {
  it.each([
    "Villagers of Lopa must give CODECO one chicken per household monthly",
    'Les habitants de Largu doivent donner à la CODECO une poule par ménage chaque mois',
    'APCLS demanding a goat per village every week around Nyabiondo',
    'Les Nyatura exigent une chèvre par village chaque semaine à Kibua',
    "Raia Mutomboki in Shabunda centre fining 10,000 FC anyone absent from their 'baraza'",
    'Raia Mutomboki a Mikenge: amende de 10.000 FC pr tout absent aux reunions',
    'Mai-Mai at Luofu: those absent from the meeting pay a 5000 FC fine',
    'les Wazalendo de Kalehe amendent 2000 FC chaque absent au salongo',
  ])('%s → looting, medium', (text) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.priority).toBe('medium');
  });

  it.each([
    ['Mai-Mai seen near Luofu, many pupils absent from school for fear of an attack', 'looting_destruction'],
    ["Des Nyatura signalés à Kibua, plusieurs enseignants absents par peur, pas d'amende", 'looting_destruction'],
    ['5 pupils absent from school in Beni after the rumours of an ADF attack', 'looting_destruction'],
  ] as const)('look-alike: %s → not %s', (text, category) => {
    expect(parse(text).category).not.toBe(category);
  });
});

describe('C5: a verb after "the group" is no group name; an unlisted group heading with its place (doers/relief-and-group-words.ts, doers/group-place-heading.ts)', () => {
  it.each([
    ['Several fishermen picked up by Mai-Mai near Kiliba, group demands fish and cash', ['mai-mai'], []],
    ["Plusieurs pêcheurs enlevés par les Mai-Mai près de Makobola, le groupe exige du poisson et de l'argent", ['mai-mai'], []],
    ["les 4 motards 'arrêtés' par les Wazalendo sont toujours dans leur cachot, le groupe réclame 400$", ['wazalendo'], []],
    ['4 traders taken by Nyatura at Kibua, the group wants $100 each', ['nyatura'], []],
    ["NDC-R in Pinga: those who miss the salongo are fined 3,000 FC or locked in the group's 'prison'", [], ['NDC-R']],
    ["NDC-R à Kibua: ceux qui ne participent pas au salongo sont enfermés dans leur 'prison'", [], ['NDC-R']],
    ['APCLS at Nyabiondo: 2 farmers whipped for refusing the salongo', [], ['APCLS']],
    ['les éléments du groupe Gumino ont pillé le village de Bibokoboko', [], ['Gumino']],
  ] as const)('%s', (text, ids, names) => {
    const p = parse(text).perpetrators;
    expect(p.filter((x) => x.actorId).map((x) => x.actorId)).toEqual(ids);
    expect(p.filter((x) => !x.actorId).map((x) => x.name)).toEqual(names);
  });

  it.each(['APCLS in Pinga: calm, no incident reported', 'NDC-R à Kibua: situation calme ce matin'])('look-alike, nothing done: %s → no doer', (text) => {
    expect(parse(text).perpetrators).toEqual([]);
  });
});

describe('a group named only in the attack that came before is no doer of the fine or threat that followed (doers/background-raid.ts)', () => {
  it.each([
    ['M23 fined the whole village of Bambo $500 after a Wazalendo attack', 'm23'],
    ['Le M23 a infligé une amende de 500$ au village de Kibirizi après une attaque Wazalendo', 'm23'],
    ['Le M23 a brûlé 10 maisons à Bambo après une attaque Wazalendo', 'm23'],
    ['M23 threatened the people of Kibirizi after a Wazalendo attack on their position', 'm23'],
  ] as const)('%s → %s only', (text, id) => {
    expect(parse(text).perpetrators.map((p) => p.actorId)).toEqual([id]);
  });

  it('look-alike, nobody named before: "3 killed after a Wazalendo attack in Bambo" → wazalendo', () => {
    expect(parse('3 killed after a Wazalendo attack in Bambo').perpetrators.map((p) => p.actorId)).toEqual(['wazalendo']);
  });
});

describe('what a crowd protests is no incident: "protesting kidnappings" does not raise the priority (categories/protest-direct-object.ts); forces firing to disperse did it (doers/state-agent-roles.ts)', () => {
  it.each([
    ['Clash in Eringeti market: soldiers fired to disperse a crowd protesting kidnappings, 5 civilians hurt', 'fardc'],
    ['Marché de Beni: les militaires ont tiré pour disperser une foule qui protestait contre les enlèvements, 4 civils blessés', 'fardc'],
    ['Police fired to disperse youths protesting the killings in Butembo, 2 injured', 'pnc'],
    ['Les policiers ont tiré pour disperser les jeunes qui manifestaient contre les tueries à Beni, 3 blessés', 'pnc'],
  ] as const)('%s → attack, medium, %s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('attack_on_civilians');
    expect(r.priority).toBe('medium');
    expect(r.perpetrators.map((p) => p.actorId)).toEqual([doer]);
  });

  it.each([
    ['Protesters abducted by M23 in Rubare, 3 missing', 'high'],
    ['2 protesters shot dead by police in Goma', 'high'],
  ] as const)('look-alike, harm done to the protesters: %s → %s', (text, priority) => {
    expect(parse(text).priority).toBe(priority);
  });
});

describe('C12/C7: people who escaped from an armed group were its hostages (categories/escaped-from-group.ts)', () => {
  it.each([
    ['A man who escaped from Zaire militia at Largu after 9 days says he was tied and beaten daily', 1],
    ["Un homme évadé après 12 jours chez les miliciens Zaïre à Lita raconte qu'il était ligoté", 1],
    ['A woman escaped from an ADF camp near Mayimoya after 2 months', 1],
    ["Escapés d'une position Maï-Maï près de Kasugho, 2 jeunes disent qu'une quinzaine d'autres sont encore là-bas", 17],
    ['Escape from an ADF camp near Mayimoya: 2 farmers reached Eringeti, say 4 others are still held', 6],
    ['3 youths escaped from the Nyatura camp near Kibua this morning', 3],
  ] as const)('%s → abduction, %i abducted, high', (text, n) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.victims.abducted).toBe(n);
    expect(r.priority).toBe('high');
  });

  it.each(['12 prisoners escaped from Kakwangura prison in Butembo', 'Family escaped the fire in Beni', 'Des détenus se sont évadés du cachot de la police à Oicha', 'Families leaving Kalengera to escape M23 forced labour and weekly levies'])(
    'look-alike, no group held them: %s → no abduction',
    (text) => {
      const r = parse(text);
      expect(r.category).not.toBe('abduction');
      expect(r.victims.abducted).toBeNull();
    },
  );
});

describe('one woman held who says she was raped is one survivor (victims/one-says-raped.ts)', () => {
  it.each([
    'Sake: une femme gardée 2 jours au cachot de la police dit avoir été violée par le commandant du poste',
    'Minova: une femme arrêtée avec son mari par des militaires dit avoir subi des violences sexuelles au camp',
    'a woman held at the camp says she was sexually abused by soldiers',
    'A woman detained 3 days at the Kasindi police post says she was raped by an officer',
    'une jeune fille retenue à la position des Wazalendo raconte avoir été violée',
  ])('%s → CRSV, 1 survivor, restricted', (text) => {
    const r = parse(text);
    expect(r.category === 'crsv' || r.category === 'child_violation').toBe(true);
    expect(r.victims.crsvSurvivors).toBe(1);
    expect(r.sensitivity).toBe('restricted');
  });

  it.each([
    ['a woman held at the camp says she fears she will be raped', null],
    ['3 femmes détenues au camp disent avoir été violées', 3],
  ] as const)('look-alike: %s → %s', (text, n) => {
    expect(parse(text).victims.crsvSurvivors).toBe(n);
  });
});
