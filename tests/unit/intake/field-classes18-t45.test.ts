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

describe('C1: people hit by bullets when the police or army fired on a protest are an attack on civilians (medium), not a protest only', () => {
  it.each([
    ['2 students hit by bullets when the police fired live rounds to disperse protesters in Bunia', 2],
    ['3 manifestants touchés par balles quand la police a dispersé la marche à Butembo', 3],
    ['a woman hit by a bullet during the dispersal of a protest in Goma by police', 1],
    ['2 jeunes atteints par balles lors de la manifestation à Beni, tirs de la police', 2],
  ])('%s', (text, injured) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'attack_on_civilians', priority: 'medium' });
    expect(r.victims.injured).toBe(injured);
    expect(doers(text)).toContain('pnc');
  });
  it.each([
    ['protest in Bunia, police fired in the air, nobody hit'],
    ['marche des jeunes à Butembo, pneus brûlés, aucun blessé'],
  ])('nobody hit: %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low' });
  });
});

describe('C6: a herd driven off by armed men is looting', () => {
  it.each([
    ['Twirwaneho fighters drove off about 40 cows at Kalingi village, 12 km from Minembwe, herders chased away'],
    ['Mai-Mai drove off 30 goats from Kipupu, herders fled'],
    ['des Twirwaneho ont amené tout le bétail de Kalingi, les éleveurs chassés'],
    ['les assaillants ont emmené 25 vaches à Bibokoboko'],
    ['ADF rustled 12 cows near Mbau'],
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'looting_destruction', priority: 'medium' });
  });
  it.each([
    ['Twirwaneho drove off after firing in the air at Minembwe', 'looting_destruction'],
    ['les FARDC ont amené les blessés à l\'hôpital de Minembwe', 'looting_destruction'],
  ])('no herd taken: %s', (text, not) => {
    expect(parse(text).category).not.toBe(not);
  });
});

describe('movement typed on a phone ("mouvmt", "mvmt") is a movement of the group named, medium', () => {
  it.each([
    ["mouvmt de Mai-Mai Mazembe ds les collines de Kasugo, pas d'incident signalé", 'mai-mai'],
    ['mvmt of ADF elts near Mamove this morning, no incident', 'adf'],
    ['mouvmt des M23 vers Kibirizi signalé ce matin', 'm23'],
  ])('%s', (text, group) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'medium' });
    expect(doers(text)).toContain(group);
  });
  it.each([['pas de mouvmt signalé à Kasugho, calme'], ['pas de mouvmt des ADF signalé à Mamove']])('none seen: %s', (text) => {
    expect(parse(text).category).toBe('other');
    expect(doers(text)).toEqual([]);
  });
});

describe('C23: a price per head asked by the state for people it arrested keeps a detention; by a group it is an abduction', () => {
  it.each([
    ['Des militaires FARDC ont arrêté 12 motards à Beni pour défaut de documents et exigent 50$ chacun pour les libérer', 'fardc'],
    ['des policiers ont arrêté 6 pêcheurs à Kasenyi et demandent 20$ chacun pour les relâcher', 'pnc'],
    ['soldiers arrested 4 traders at Rwindi and want 30$ each to let them go', 'fardc'],
  ])('%s', (text, force) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'arbitrary_detention', priority: 'medium' });
    expect(r.victims.abducted).toBeNull();
    expect(doers(text)).toContain(force);
  });
  it.each([
    ['Mai-Mai ont arrêté 3 motards et exigent 50$ chacun pour les libérer', 3],
    ['M23 arrested 5 moto drivers at Kiwanja, 20$ each asked to free them', 5],
    ['RM boys took 2 traders on the Lulingu road, want 500$ each, told family no police', 2],
    ['des bandits ont pris 3 commerçants à Kipese, exigent 100$ chacun, sans alerter la police', 3],
  ])('a group: %s', (text, n) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high' });
    expect(r.victims.abducted).toBe(n);
  });
});

describe('C23: a non-state group named with where it is, then arresting, abducts', () => {
  it.each([
    ["M23 'police' in Kiwanja arresting moto drivers without papers, about 10 held in the old prison"],
    ['M23 in Kiwanja arrested 5 traders'],
    ['les Wazalendo à Sake ont arrêté 4 jeunes'],
    ['des Mai-Mai de Lubero ont arrêté 3 motards'],
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high' });
  });
  it.each([['la police à Beni a arrêté 4 jeunes'], ['FARDC in Rwindi arrested 3 fishermen']])('the state: %s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'arbitrary_detention', priority: 'medium' });
  });
});

describe('C11: released "without harm", "sans dommage", "safe and sound" is nobody killed or hurt', () => {
  it.each([
    ['2 Save the Children staff held 4 hours by Wazalendo at a barrier near Mweso, released without harm'],
    ['3 enseignants enlevés par des Mai-Mai à Pinga, libérés sans mal'],
    ['the pastor taken by ADF came back safe and sound'],
    ['the driver was released without any harm'],
    ['2 motards enlevés à Kalembe, relâchés sans aucun mal'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.victims.killed).toBe(0);
    expect(r.victims.injured).toBe(0);
  });
  it.each([['M23 burnt 5 houses without harming anyone, 1 man later found dead'], ['les ADF font du mal à la population de Mbau'], ['drone monusco visé par des tirs à Rumangabo, sans dommage']])('no release unharmed: %s', (text) => {
    expect(parse(text).victims.injured).toBeNull();
  });
});

describe('C4/C21: fire aimed at a force\'s positions that killed or hurt children, women or adults at home is an attack on civilians', () => {
  it.each([
    ['Bombs fired by M23 at FARDC/Wazalendo positions fell on houses at Kimoka, near Sake: 1 child killed, 3 adults injured'],
    ['des bombes tirées par le M23 sur les positions FARDC sont tombées sur des maisons à Kimoka: 2 femmes tuées'],
    ['M23 shelled FARDC positions at Kimoka, a woman and her baby killed'],
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_civilians', priority: 'high' });
    expect(doers(text)).toEqual(['m23']);
  });
  it.each([['ADF attacked fardc position mamove, repelled, 2 soldiers dead']])('only fighters fell: %s', (text) => {
    expect(parse(text).category).toBe('armed_group_movement');
  });
});
