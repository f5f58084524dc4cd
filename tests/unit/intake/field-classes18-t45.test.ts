import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);
const place = (text: string) => parse(text).place?.id ?? null;

// Classes taught from pending reports45 (place among several named, doer vs responder/target, priority), invented
// sentences in both languages.

describe('place: a misspelt heading ("gue" for a hard "ge") is where it happened, before a road named after it', () => {
  it.each([
    ['Erigueti: un motard tué par balle sur la route de Kainama, auteurs inconnus', 'eringeti'],
    ['Erigueti: 2 cultivateurs enlevés par les ADF près de Kainama', 'eringeti'],
    ['Erigueti - a moto driver shot dead on the road to Kainama', 'eringeti'],
    ['attaque ADF à Erigueti cette nuit, 3 morts', 'eringeti'],
    ['Kasindii: 2 traders shot near Lubiriha', 'kasindi'],
  ])('%s', (text, id) => {
    expect(place(text)).toBe(id);
  });
  it.each([
    ['Eringeti: un motard tué par balle sur la route de Kainama', 'eringeti'],
    ['Beni: 2 motards tués à Kainama hier soir', 'kainama'],
  ])('exact names unchanged: %s', (text, id) => {
    expect(place(text)).toBe(id);
  });
});

describe('place: a territory-town heading, then a road named by its far end ("sur la route d\'Epulu"), is the town', () => {
  it.each([
    ["MAMBASA: 3 motards enlevés à 12 km de la cité sur la route d'Epulu, rançon demandée", 'mambasa-centre'],
    ["Mambasa: 2 commerçants tués sur la route d'Epulu par des miliciens", 'mambasa-centre'],
    ['Beni: 2 motards tués sur la route de Kainama', 'beni'],
    ['Beni: a trader abducted on the road to Kainama by ADF', 'beni'],
  ])('%s', (text, id) => {
    expect(place(text)).toBe(id);
  });
  it.each([
    ['Mambasa: 3 motards enlevés à Epulu', 'epulu'],
    ['Walikale: les M23 ont pris 3 jeunes à Pinga', 'pinga'],
    ['Djugu: 3 femmes violées à Largu', 'largu'],
  ])('the village itself stays: %s', (text, id) => {
    expect(place(text)).toBe(id);
  });
});

describe('place: a health zone heading is where the wounded were counted; the village attacked named after it is where it happened', () => {
  it.each([
    ["Zone de santé de Nizi: 6 blessés par balle admis à l'HGR après l'attaque des CODECO contre Lopa", 'lopa'],
    ['Nizi health zone: 6 gunshot wounded after CODECO attacked Lopa', 'lopa'],
    ['ZS Nizi: 3 tués à Lopa par des hommes armés', 'lopa'],
    ['Nizi health zone: 6 wounded from Lopa admitted at the HGR', 'lopa'],
  ])('%s', (text, id) => {
    expect(place(text)).toBe(id);
  });
  it.each([
    ['Zone de santé de Nizi: 3 blessés évacués vers Bunia', 'nizi'],
    ['Mweso health zone: MSF has admitted 12 civilians with gunshot wounds after fighting around Kashuga', 'mweso'],
    ['Nizi: 6 blessés après une attaque CODECO', 'nizi'],
  ])('no village hurt elsewhere: %s', (text, id) => {
    expect(place(text)).toBe(id);
  });
});

describe('C4: a force whose convoy, truck or vehicle was ambushed or attacked is the target, not a doer', () => {
  it.each([
    ['Des éléments de Twirwaneho ont tendu une embuscade à un convoi FARDC près de Minembwe, 2 civils à bord tués', 'twirwaneho', 'fardc'],
    ['un convoi FARDC attaqué par les ADF près de Mbau, 3 civils tués', 'adf', 'fardc'],
    ['ambush on an FARDC truck near Mbau by ADF, 2 passengers killed', 'adf', 'fardc'],
    ['a FARDC convoy was ambushed by CODECO near Fataki, 1 civilian killed', 'codeco', 'fardc'],
    ['embuscade CODECO contre un camion des FARDC à Largu, 2 civils blessés', 'codeco', 'fardc'],
    ['Twirwaneho ambushed an FARDC convoy near Minembwe, 2 civilians on board killed', 'twirwaneho', 'fardc'],
  ])('%s', (text, doer, target) => {
    expect(doers(text)).toContain(doer);
    expect(doers(text)).not.toContain(target);
  });
  it.each([
    ['un convoi FARDC a pillé le marché de Mweso'],
    ['a FARDC patrol fired on a crowd at Kiwanja, 2 killed'],
    ['FARDC truck drivers extorting 2000 FC at Rwindi'],
  ])('the unit did it: %s', (text) => {
    expect(doers(text)).toContain('fardc');
  });
});

describe('C4: the group another actor fell back from is the background of what that actor did', () => {
  it.each([
    ['FARDC together with Wazalendo looted the market at Mweso after pulling back from M23', ['fardc', 'wazalendo'], 'm23'],
    ['les FARDC en repli face au M23 ont pillé des boutiques à Kitshanga', ['fardc'], 'm23'],
    ['Wazalendo retreating from M23 looted shops at Kibirizi', ['wazalendo'], 'm23'],
    ['les Wazalendo en débandade face au M23 ont pillé le marché de Nyanzale', ['wazalendo'], 'm23'],
    ['FARDC pulled back from M23 and looted goats at Kalembe', ['fardc'], 'm23'],
  ])('%s', (text, did, not) => {
    for (const d of did) expect(doers(text)).toContain(d);
    expect(doers(text)).not.toContain(not);
  });
  it.each([
    ['families fleeing from M23 arrived in Kitchanga', 'm23'],
    ['M23 pulled back from Kibirizi after clashes with Wazalendo, 2 civilians killed', 'm23'],
    ['les habitants fuient devant le M23 vers Kanyabayonga', 'm23'],
  ])('the group did it, or people fled it (C9): %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
});

describe('C5: groups outside the actor list, named the ways field staff name them, are free text', () => {
  it.each([
    ["A group calling itself 'Chini ya Kilima' attacked Pimbo at dawn, 2 killed, 5 houses torched", 'Chini ya Kilima'],
    ['un groupe se faisant appeler "Forces du Peuple" a enlevé 3 personnes à Bunyakiri', 'Forces du Peuple'],
    ['men calling themselves Simba Ngumu looted Kalehe', 'Simba Ngumu'],
    ['Les Biloze Bishambuke ont volé une trentaine de vaches à Bibokoboko', 'Biloze Bishambuke'],
    ['The Red Tabara stole 20 goats at Lemera', 'Red Tabara'],
    ["Pinga health zone: NDC-R (Guidon wing) taking one goat per household as 'war effort'", 'NDC-R'],
    ['les NDC-R (aile Guidon) ont pris 3 chèvres à Pinga', 'NDC-R'],
    ['FPIC (ex-FRPI) killed 2 herders near Bunia', 'FPIC'],
  ])('%s', (text, name) => {
    expect(doers(text)).toContain(name);
  });
  it.each([
    ['Plus de 3000 déplacés à Pinga suite aux combats NDC-R/APCLS de la semaine passée', ['NDC-R', 'APCLS']],
    ['APCLS-FPIC clashes near Nyabiondo, 200 households displaced', ['APCLS', 'FPIC']],
    ['heavy fighting APCLS/NDC-R around Kashebere, families fleeing to Kitchanga', ['APCLS', 'NDC-R']],
  ])('both sides of a clash written as a pair: %s', (text, names) => {
    for (const n of names) expect(doers(text)).toContain(n);
  });
  it.each([
    ["Walikale: NDC-R (Nduma) present in Pinga, calm"],
    ['a man called Jean was found dead at Lemera'],
    ['traffic jam on the RN-4 between Beni and Butembo'],
  ])('no group doing harm: %s', (text) => {
    expect(parse(text).perpetrators.filter((p) => p.actorId === null).map((p) => p.name)).not.toContain('Jean');
    expect(doers(text)).not.toContain('NDC-R');
    expect(doers(text)).not.toContain('RN');
  });
});

describe('C1/C2/C5: a force or service named with its post or its men, then what it did, did it', () => {
  it.each([
    ['soldiers manning the barrier at Rwindi demand 500 FC from every passenger, those who refuse are sent back', 'fardc'],
    ['soldiers guarding the bridge at Kaliba beat a moto driver who refused to pay', 'fardc'],
    ['les militaires postés à la barrière de Kasindi exigent 1000 FC par moto', 'fardc'],
    ['policiers en poste au pont de Kasindi rackettent les motards, 2000 FC par moto', 'pnc'],
    ['Des agents de la DGM au poste frontalier de Kasindi exigent 10$ à chaque voyageur sans jeton', 'DGM'],
    ['The Kasenyi police commander and 3 of his agents held 8 fishermen for 2 days until each paid 20,000 FC', 'pnc'],
    ['le commandant de la police et deux de ses éléments ont tabassé un commerçant à Beni', 'pnc'],
    ['Arrestation arbitraire de 4 membres de la société civile à Bunia par la police, détenus au parquet', 'pnc'],
    ['Arrest of 5 members of the civil society youth council in Beni by police', 'pnc'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
  it.each([
    ['soldiers at the barrier fled when ADF attacked Mbau, 3 civilians killed', 'fardc'],
    ['a soldier at the market was killed by unknown gunmen in Beni', 'fardc'],
    ['policemen manning the roadblock at Kasindi were attacked by Mai-Mai, 1 killed', 'pnc'],
    ['Arrestation arbitraire de 4 membres de la société civile à Bunia, libérés par la police', 'pnc'],
  ])('the force suffered, fled or freed: %s', (text, force) => {
    expect(doers(text)).not.toContain(force);
  });
});

describe('C2/C9: an actor named as one answer of an open question about who the men were is no doer', () => {
  it.each([
    ['Lume ppl report men in FARDC uniform at night stealing goats, but nobody knows if they are real soldiers or Mai-Mai', 'mai-mai'],
    ["on ne sait pas s'il s'agit de militaires ou de Mai-Mai, 3 chèvres volées à Lume", 'mai-mai'],
    ['impossible de dire si ce sont des M23 ou des Wazalendo qui ont pillé Kibirizi', 'm23'],
    ['goats stolen at night in Lume, no one can tell if the thieves were soldiers or Mai-Mai', 'mai-mai'],
  ])('%s', (text, doer) => {
    expect(doers(text)).not.toContain(doer);
  });
  it.each([
    ['ADF or Mai-Mai suspected in the killing of 2 farmers at Mbau', 'adf'],
    ['Mai-Mai or ADF killed 2 farmers at Mbau, villagers say', 'mai-mai'],
    ['nobody knows where the ADF or the Mai-Mai took the 3 women', 'adf'],
  ])('no open question: %s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
});
