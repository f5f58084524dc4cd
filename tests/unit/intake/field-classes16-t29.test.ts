import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// reports29 (doer or responder, abduction or detention, displacement or movement, under way or over) as classes of
// wording: invented sentences in both languages, SMS style, and the look-alikes that must not be read as them.

describe('a release bought, told as a follow-up: held for money, abducted (C7, C23), or detained when the state held them', () => {
  it.each([
    ['Follow-up Mamove: the 3 farmers were released last night after the families paid', 3],
    ['fup kasugho: 2 moto drivers freed this am after their families paid', 2],
    ['Update Oicha: the 5 traders taken by Mai-Mai were released after paying 200 USD each', 5],
    ['the 4 fishermen held by CODECO were freed against 500 dollars', 4],
    ['Suivi Kainama : les 3 cultivateurs ont été libérés hier soir après paiement par les familles', 3],
    ['les 4 motards « arrêtés » par les Wazalendo ont été libérés après paiement, deux portent des traces de coups', 4],
    ['Mai-Mai ont relâché 2 commerçants contre 300 USD', null],
    ['suivi lubero: 6 creuseurs relaches apres paiement, les Nyatura les gardaient depuis lundi', 6],
  ])('%s', (text, abducted) => {
    const r = parse(text);
    expect(r.category).toBe('abduction');
    expect(r.priority).toBe('high');
    if (abducted !== null) expect(r.victims.abducted).toBe(abducted);
  });

  it.each([
    ['butembo fup: the 6 traders let out of the police cell this am after paying'],
    ['les 5 motards libérés du cachot de la PNC après paiement'],
    ['police detained 8 moto drivers 3 days no charge, released after paying'],
    ['les FARDC ont gardé 3 orpailleurs 48h à la position, relâchés après paiement'],
  ])('out of the state\'s hands, a detention: %s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted).toBeNull();
  });

  it.each([
    ['Two MSF staff briefly held at a Mai-Mai barrier near Manguredjipa, released after 3 hours'],
    ['NGO vehicle stopped on Sake road, staff robbed of phones, released after 2 hrs'],
    ['the 4 farmers were released last night'],
  ])('no payment said, no release bought: %s', (text) => {
    expect(parse(text).victims.abducted ?? null).not.toBe(4);
    expect(parse(text).priority).not.toBe('critical');
  });

  it('a thing given back for money is no one released', () => {
    expect(parse('Mai-Mai ont relâché la moto contre 50 USD').victims.abducted).toBeNull();
  });

  it('the state named as holder, the doer is the state', () => {
    expect(doers('butembo fup: the 6 traders let out of the police cell this am after paying')).toEqual(['pnc']);
  });
});

describe('the harm that set a protest off is its cause, not an incident: the protest alone is `other` (low)', () => {
  it.each([
    ["Kasindi: youth protest ongoing since 8am after yesterday's killing by soldiers, road blocked with burning tyres, no violence so far"],
    ['Beni: demonstration in town after the killing of a moto driver, calm otherwise'],
    ['students protest in Bunia following the abduction of their teacher, march to the territory office'],
    ['beni: des jeunes en colère ont érigé des barricades après la mort du taximan, manif toujours en cours, pas de violence pour le moment'],
    ['Butembo : manifestation des motards suite à l’assassinat de leur collègue, pneus brûlés sur la route'],
    ['grève des enseignants à Oicha après l’enlèvement du préfet, écoles fermées'],
    ['manif ds Lubero apres la mort d un jeune tué par des militaires, route barree'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.category).toBe('other');
    expect(r.priority).toBe('low');
    expect(r.perpetrators).toEqual([]);
    expect(r.victims.killed).toBeNull();
    expect(r.victims.abducted).toBeNull();
  });

  it.each([
    ['Police shot 2 protesters dead in Butembo during a demonstration after the killing of a trader', 'attack_on_civilians'],
    ['ADF attacked Mamove after the killing of their commander, 3 civilians killed', 'attack_on_civilians'],
    ['Tension à Nyamilima entre Hutu et Nande après le meurtre d’un motard, barricades érigées', 'intercommunal_tension'],
    ['des militaires ont tué 2 manifestants à Beni lors de la marche après la mort du taximan', 'attack_on_civilians'],
  ])('harm done at the protest, or no protest, keeps its reading: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('C21: fighting with civilians hiding where they are is the clash, not a displacement', () => {
  it.each([
    ['Twirwaneho and Mai-Mai fighting around Minembwe since dawn, still ongoing, villagers hiding in the forest'],
    ['clashes M23 vs Wazalendo at Kalengera, civilians hiding in their houses'],
    ['heavy fighting Nyatura and APCLS near Nyabiondo, people hiding in the bush'],
    ['affrontements M23-Wazalendo à Kibirizi depuis ce matin, la population terrée dans les maisons'],
    ['combats entre Nyatura et Raia Mutomboki à Ziralo, les gens réfugiés à la paroisse'],
    ['Ziralo: Nyatura na Raia Mutomboki, vita inaendelea depuis ce matin, les gens cachés dans la brousse'],
  ])('%s', (text) => {
    expect(['armed_group_movement', 'attack_on_civilians']).toContain(parse(text).category);
  });

  it.each([
    ['CAN Lita : affrontements CODECO-FARDC depuis ce matin, la population se réfugie à Fataki.'],
    ['fighting M23 vs Wazalendo at Kalengera, villagers hiding in the bush, hundreds fled to Rutshuru'],
    ['combats Nyatura-APCLS, 2000 personnes déplacées vers Nyabiondo'],
  ])('people who fled, left or came back keep the displacement: %s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
});

describe('who repelled an attack, a time between ("repelled overnight by FARDC"), only responded', () => {
  it.each([
    ['Rhoe site: CODECO attack repelled overnight by FARDC and MONUSCO, 2 IDPs wounded', ['codeco']],
    ['ADF attack on Mamove repelled yesterday by FARDC, 1 civilian injured', ['adf']],
    ['attaque ADF repoussée hier soir par les FARDC à Mamove, 1 civil blessé', ['adf']],
    ['incursion CODECO repoussée cette nuit par les FARDC à Djugu, 2 blessés', ['codeco']],
    ['CODECO attack repelled by FARDC, 2 IDPs wounded', ['codeco']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['FARDC and CODECO clashed overnight at Djugu, 2 civilians injured', ['fardc', 'codeco']],
    ['les FARDC ont tiré sur des civils hier soir à Mamove, 1 blessé', ['fardc']],
  ])('a force that did the harm stays: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('C1/C2: soldiers or police who "pris" goods, or whose sweep took people, did it', () => {
  it.each([
    ['mandima: des militaires ont pris 5 chèvres et de l’argent chez des éleveurs', ['fardc']],
    ['des policiers ont pris leurs téléphones au marché de Beni', ['pnc']],
    ['des militaires ont pris des vivres chez les déplacés à Mugunga', ['fardc']],
    ['bouclage des militaires à Mutwanga ce matin, une vingtaine de jeunes embarqués vers le camp pour vérification', ['fardc']],
    ['rafle de la police au marché central de Goma, 30 jeunes embarqués', ['pnc']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['les militaires ont pris position à Mamove après l’attaque ADF'],
    ['les militaires ont pris la fuite, les ADF ont pillé le village'],
  ])('a position or a flight taken is no harm by the force: %s', (text) => {
    expect(doers(text)).toEqual(['adf']);
  });
});

it('a sweep protested against is no sweep told: "manifestent contre les rafles de la police"', () => {
  expect(doers('les jeunes de Goma manifestent contre les rafles de la police')).not.toContain('pnc');
  expect(doers('students protest against the sweeps by soldiers in Beni')).not.toContain('fardc');
});

describe('a head count of people in flight with no people noun ("more than 1500 arrived", "environ 3000 partis")', () => {
  it.each([
    ['ppl fleeing Kipese since yesterday, more than 1500 arrived in Lubero centre, they fear Mai-Mai reprisals', 1500],
    ['people fleeing Kibirizi towards Kanyabayonga, 3000 have fled so far', 3000],
    ['families fleeing Pinga after M23 threats, about 800 arrived in Kibua', 800],
    ['bulengo: les déplacés quittent le site depuis ce matin après des menaces du M23, environ 3000 partis', 3000],
    ['les gens fuient Kipese par crainte des Mai-Mai, quelque 2000 ont fui vers Lubero', 2000],
    ['mouvement de population de Kibirizi vers Rutshuru, 1200 déjà arrivés', 1200],
  ])('%s', (text, displaced) => {
    const r = parse(text);
    expect(r.category).toBe('displacement');
    expect(r.victims.displaced).toBe(displaced);
  });

  it.each([
    ['ppl fleeing Kipese since 0500 arrived at the church'],
    ['Mambasa centre, 05/12: arrivée de 80 ménages fuyant les combats à Teturi'],
    ['people fleeing Kipese, 500 displaced households arrived in Lubero'],
    ['ppl fleeing Kipese, 20 trucks arrived in Lubero'],
  ])('an hour, a date, households or vehicles are no head count: %s', (text) => {
    expect(parse(text).victims.displaced).toBeNull();
  });
});

describe('the group people are accused or suspected of belonging to is the charge, not a doer', () => {
  it.each([
    ['luvungi: militaires burundais ont arrêté 5 jeunes accusés d etre des red tabara, détenus à leur position', ['militaires burundais']],
    ['les FARDC ont arrêté 4 jeunes soupçonnés d’être des éléments Wazalendo à Sake', ['fardc']],
    ['la police a arrêté 2 commerçants accusés de collaborer avec les ADF à Beni', ['pnc']],
    ['FARDC detained 3 youths in Goma, accused of being M23 collaborators', ['fardc']],
    ['soldiers beat a farmer accused of collaborating with the ADF near Oicha', ['fardc']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['Wazalendo accused the M23 of killing 2 farmers', 'wazalendo'],
    ['les M23 accusent un jeune d’être Wazalendo, il a été roué de coups', 'm23'],
    ['ADF accused of killing 5 civilians in Mamove', 'adf'],
  ])('who accuses, or is accused of a harm, stays: %s', (text, id) => {
    expect(doers(text)).toContain(id);
  });
});
