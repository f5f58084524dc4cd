import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of everyday traffic from the Kivus (tests/corpus reports13, second sitting): invented sentences of each class
// in both languages, and the look-alikes that must not be read as them.

describe('a person struck ("frappé") by armed men is ill-treated; a place "struck" was attacked', () => {
  it.each([
    'Kalehe: des militaires ont frappé un motard à la barrière, il est blessé à la tête',
    'Minova: les Wazalendo l\'ont frappé à coups de bâton, un commerçant blessé',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'torture_ill_treatment', victims: { injured: 1 } });
  });
  it.each(['Les ADF ont encore frappé à Mamove cette nuit, 3 blessés', 'Les ADF ont frappé le village de Mamove, 3 blessés'])('look-alike: %s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });
});

describe('a beating joined to a robbery is the robbery', () => {
  it.each([
    'Sake: des bandits ont frappé et dépouillé deux passagers, 2 blessés',
    'Kitshanga: herders beaten and robbed of their cattle by Nyatura, 2 injured',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
});

describe('money demanded by armed men or soldiers is extortion (C6), unless aid is held or a threat is said', () => {
  it.each([
    ['Kalehe: des policiers demandent de l\'argent aux motards chaque soir', 'pnc'],
    ['Soldiers demanding money from traders at Rubaya market every day', 'fardc'],
  ])('%s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('looting_destruction');
    expect(r.perpetrators.map((p) => p.actorId)).toContain(doer);
  });
  it('look-alike: an aid convoy held for money is access denied', () => {
    expect(parse('Convoi de l\'ONG retenu à Kibua par des Mai-Mai qui demandent de l\'argent').category).toBe('access_denial');
  });
  it('look-alike: a threat said with the demand is the threat', () => {
    expect(parse('Le chef de Kibati menacé par des militaires qui lui demandent de l\'argent').category).toBe('threat_intimidation');
  });
});

describe('an order to leave or to close a site is a threat', () => {
  it.each([
    'Bulengo: l\'AFC/M23 annonce la fermeture du site d\'ici vendredi, les déplacés inquiets',
    'IDPs at Lushagala ordered to leave the camp by Sunday by AFC/M23',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
  });
});

describe('tension at water points or a distribution is no tension between communities', () => {
  it('Kanyaruchinya: tension at the water points since the pipe broke', () => {
    expect(parse('Kanyaruchinya: tension at the water points since the pipe broke')).toMatchObject({ category: 'other', priority: 'low' });
  });
  it('look-alike: two communities named', () => {
    expect(parse('Tension entre Hunde et Hutu aux points d\'eau de Kitshanga').category).toBe('intercommunal_tension');
  });
});

describe('blame traded between two groups names no doer', () => {
  it.each([
    'Minembwe: church burnt, Twirwaneho and Mai-Mai blame each other',
    'Bibokoboko: maisons incendiées, les Twirwaneho et les Ngumino se rejettent la responsabilité',
  ])('%s', (text) => {
    expect(doers(text)).toEqual([]);
  });
  it('look-alike: one group said to have done it', () => {
    expect(doers('Minembwe: Twirwaneho burnt the church, local leaders say')).toEqual(['twirwaneho']);
  });
});

describe('forced labour as the purpose of an arrest: the arrest; as the cause of a counted flight: the flight', () => {
  // (an armed group's arrest is an abduction, C23)
  it.each(['Kalehe: les M23 ont arrêté 10 jeunes pour travaux forcés', 'Wazalendo arrested 6 farmers for forced labour at Kalengera'])('%s', (text) => {
    expect(parse(text).category).toBe('abduction');
  });
  it('Des gens venus de Masisi disent que les Nyatura obligent les habitants à transporter leurs munitions, environ 500 personnes ont fui', () => {
    expect(parse('Des gens venus de Masisi disent que les Nyatura obligent les habitants à transporter leurs munitions, environ 500 personnes ont fui')).toMatchObject({ category: 'displacement', victims: { displaced: 500 } });
  });
  it.each(['Travaux forcés imposés par les M23 aux habitants de Rubare', 'Forced labour imposed by Wazalendo on farmers in Kalengera'])('look-alike: %s', (text) => {
    expect(parse(text).category).toBe('torture_ill_treatment');
  });
});

describe('an armed robbery that wounded stays the robbery, whatever the weapon', () => {
  it.each(['Armed robbery at a shop in Beni last night, the owner shot in the arm', 'Vol à main armée à Butembo, un cambiste blessé par balle'])('%s', (text) => {
    expect(parse(text).category).toBe('looting_destruction');
  });
  it('look-alike: a robbery that killed is the attack', () => {
    expect(parse('Armed robbery at a shop in Beni last night, the owner shot dead').category).toBe('attack_on_civilians');
  });
});

describe('the shot of whom some died: the others are the injured', () => {
  it.each([
    ['Kiwanja: 3 civilians shot by unknown men at the market, 2 died', 2, 1],
    ['Rutshuru: 4 blessés par balle dont un a succombé', 1, 3],
  ])('%s', (text, killed, injured) => {
    expect(parse(text).victims).toMatchObject({ killed, injured });
  });
  it('look-alike: the dead and the injured told apart', () => {
    expect(parse('Rutshuru: 4 killed and 2 injured in an ADF attack').victims).toMatchObject({ killed: 4, injured: 2 });
  });
});

describe('children who fled or are held are no grave-violation victims (the fled are displaced)', () => {
  it('12 children separated from their parents arrived alone in Minova after fleeing Numbi', () => {
    expect(parse('12 children separated from their parents arrived alone in Minova after fleeing Numbi').victims).toMatchObject({ displaced: 12, childrenAffected: null });
  });
  it('Cachot de Kalehe: 3 mineurs détenus avec des adultes depuis une semaine', () => {
    expect(parse('Cachot de Kalehe: 3 mineurs détenus avec des adultes depuis une semaine')).toMatchObject({ category: 'arbitrary_detention', victims: { childrenAffected: null } });
  });
  it('look-alike: children abducted', () => {
    expect(parse('5 children abducted by ADF near Oicha').victims).toMatchObject({ abducted: 5, childrenAffected: 5 });
  });
});

describe('the one beaten who died is no other injured', () => {
  it('Detainee died at Kiwanja police station, witnesses say he was beaten', () => {
    expect(parse('Detainee died at Kiwanja police station, witnesses say he was beaten').victims).toMatchObject({ killed: 1, injured: null });
  });
  it('look-alike: the beaten one and another killed', () => {
    expect(parse('Woman beaten by soldiers in Sake, her brother killed').victims).toMatchObject({ killed: 1, injured: 1 });
  });
});

describe('people forced out or evicted are displaced, counted by the number before them', () => {
  it.each([
    ['Environ 300 déplacés délogés de l\'école de Kiwanja par la police', 300],
    ['Kiwanja: 250 IDPs forced out of the church by soldiers this morning', 250],
  ])('%s', (text, displaced) => {
    expect(parse(text)).toMatchObject({ category: 'displacement', victims: { displaced } });
  });
});

describe('a rumoured attack, however soon, is no attack imminent; rumoured fighting is no fighting', () => {
  it.each(['Rumours of an ADF attack tonight on Mamove, people leaving for Beni', 'Kitshanga: rumeur d\'attaque ce soir, les gens quittent le quartier'])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'displacement', priority: 'medium' });
  });
  it('look-alike: said imminent in so many words', () => {
    expect(parse('Attaque imminente des ADF sur Mamove selon des sources, pop en fuite').priority).toBe('critical');
  });
  it.each(['Retour des déplacés vers Rubare reporté, rumeurs d\'affrontements', 'Rumours of fighting near Kibumba, people leaving for Goma'])('%s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
  it('look-alike: fighting reported', () => {
    expect(parse('Affrontements entre M23 et Wazalendo à Rubaya depuis ce matin, tirs nourris').category).toBe('armed_group_movement');
  });
});

describe('who fired from a position did it', () => {
  it.each([
    ['Mortar rounds fired from ADF positions hit Mamove, 2 civilians injured', 'adf'],
    ['Des obus lancés depuis les positions des M23 sont tombés sur Minova, 1 mort', 'm23'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
  it('look-alike: people fled from the positions', () => {
    expect(doers('People fled from M23 positions towards Sake')).toEqual([]);
  });
});

describe('a calm day that tells a named group on patrol keeps the group', () => {
  it('Kitchanga: relative calm today, Wazalendo patrolling the town', () => {
    expect(parse('Kitchanga: relative calm today, Wazalendo patrolling the town')).toMatchObject({ category: 'armed_group_movement' });
    expect(doers('Kitchanga: relative calm today, Wazalendo patrolling the town')).toEqual(['wazalendo']);
  });
  it('look-alike: no presence of the group', () => {
    expect(doers('Kitchanga calme ce jour, pas de présence des Wazalendo signalée')).toEqual([]);
  });
});

describe('the host state\'s forces only present or deployed are no doers (C1, C2 bystanders)', () => {
  it.each(['Returns to Kibirizi continue, about 200 people back, FARDC deployed in the area', 'Présence des FARDC renforcée à Kiwanja, la population rentre progressivement'])('%s', (text) => {
    expect(doers(text)).toEqual([]);
  });
  it('look-alike: an armed group\'s presence is its movement', () => {
    expect(doers('ADF presence reported near Mamove since yesterday')).toEqual(['adf']);
  });
});

describe('domestic violence (a spouse, no rape, nobody killed) is other; a hospital where a victim is cared for is not the place', () => {
  it('Kiwanja: une femme battue par son mari policier, elle est soignée à l\'hôpital de Rutshuru', () => {
    expect(parse('Kiwanja: une femme battue par son mari policier, elle est soignée à l\'hôpital de Rutshuru')).toMatchObject({ category: 'other', priority: 'low', place: { id: 'kiwanja' } });
  });
  it('Woman in Sake beaten by her husband, a soldier, admitted to Goma hospital', () => {
    expect(parse('Woman in Sake beaten by her husband, a soldier, admitted to Goma hospital')).toMatchObject({ category: 'other', place: { id: 'sake' } });
  });
  it('Une femme de Kahanga tabassée par son conjoint, elle est à l\'hôpital de Minova', () => {
    expect(parse('Une femme de Kahanga tabassée par son conjoint, elle est à l\'hôpital de Minova')).toMatchObject({ category: 'other', place: null });
  });
  it('look-alike: rape by a husband who is a soldier stays CRSV (restricted)', () => {
    expect(parse('Une femme violée par son mari militaire à Minova')).toMatchObject({ category: 'crsv', sensitivity: 'restricted' });
  });
  it('look-alike: beaten by soldiers', () => {
    expect(parse('Femme tabassée par des militaires à Minova, elle est à l\'hôpital de Kalehe').category).toBe('torture_ill_treatment');
  });
  it('look-alike: the hospital attacked is the place', () => {
    expect(parse('Attaque de l\'hôpital de Boga par les ADF, médicaments emportés').place?.id).toBe('boga');
  });
});

describe('schools closed for a cause told after them, nothing harmed, are other', () => {
  it.each(['Ecoles de Masisi fermées depuis mardi à cause de l\'insécurité', 'Schools in Rubaya closed after the fighting, 800 pupils at home'])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low', victims: { childrenAffected: null } });
  });
  it('look-alike: the school burnt', () => {
    expect(parse('School in Rubaya burnt by M23 after the fighting').category).toBe('child_violation');
  });
});

describe('shots of forces chasing thieves that hit nobody are other', () => {
  it.each(['Police chasing bandits fired shots at Katindo, nobody hurt', 'Tirs à Ndosho: des policiers à la poursuite de voleurs, personne n\'a été touché'])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low' });
  });
  it('look-alike: a passer-by wounded', () => {
    expect(parse('Des militaires à la poursuite de voleurs ont tiré à Ndosho, un passant blessé').category).toBe('attack_on_civilians');
  });
});

describe('a calm day under a heading is the heading\'s place', () => {
  it('Kiwanja: calme relatif ce jour après les tirs d\'hier soir à Rutshuru', () => {
    expect(parse('Kiwanja: calme relatif ce jour après les tirs d\'hier soir à Rutshuru').place?.id).toBe('kiwanja');
  });
});

describe('the victim freed is counted among the abducted (C7)', () => {
  it.each([
    ['Bukavu: police arrested two kidnappers in Kadutu, the victim freed unharmed', 1],
    ['Kidnappers of Rutshuru arrested, the 2 hostages released', 2],
    ['Mweso: les ravisseurs arrêtés, l\'otage libéré sain et sauf', 1],
  ])('%s', (text, abducted) => {
    expect(parse(text).victims.abducted).toBe(abducted);
  });
});

describe('arrivals from a place the gazetteer does not know leave the place unknown', () => {
  it('Kitshanga: 300 déplacés venus de Bibwe et Kalembe arrivés hier', () => {
    expect(parse('Kitshanga: 300 déplacés venus de Bibwe et Kalembe arrivés hier')).toMatchObject({ category: 'displacement', place: null, victims: { displaced: 300 } });
  });
  it('look-alike: arrivals from a known place are that place\'s', () => {
    expect(parse('Kitshanga: 300 déplacés venus de Mweso arrivés hier').place?.id).toBe('mweso');
  });
});
