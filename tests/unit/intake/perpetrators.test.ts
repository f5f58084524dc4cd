import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const perps = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? `"${p.name}"`);

describe('armed groups not in the actor list are kept as free text when named as groups', () => {
  it.each<[string, string[]]>([
    ['APCLS fighters attacked Nyabiondo, 2 civilians killed', ['"APCLS"']],
    ['NDC-R combatants looting fields near Pinga', ['"NDC-R"']],
    ['Des éléments du groupe Gumino ont incendié des maisons à Minembwe', ['"Gumino"']],
    ['miliciens Yakutumba signalés près de Baraka', ['"Yakutumba"']],
    ['pop en fuite après l attaque des FRPI à Bogoro', ['"FRPI"']],
    ['Village attacked by CNRD near Kalehe', ['"CNRD"']],
    ['Nyatura and APCLS coalition attacked Kitshanga', ['nyatura', '"APCLS"']],
    ['Red Tabara militia seen in Lemera', ['"Red Tabara"']],
    ['des elements du groupe gumino a Minembwe', ['"gumino"']],
  ])('%s', (text, expected) => {
    expect(perps(text)).toEqual(expected);
  });

  it.each([
    'Armed men attacked Kamango market this morning',
    'Un groupe armé a attaqué Mavivi',
    'Kidnapping of 4 traders on the road to Komanda',
    'MSF staff abducted near Oicha',
    'Attack repelled by FARDC near Beni',
    'Patrol from MONUSCO denied access at Kiwanja',
    'ADF vus en mouvement entre Oicha et Eringeti',
    'CODECO militia fired on a MONUSCO patrol near Djugu',
    'Militia fighters abducted a priest in Bunyakiri',
  ])('does not take ordinary words for a group: %s', (text) => {
    expect(parse(text).perpetrators.filter((p) => p.actorId === null)).toEqual([]);
  });
});

describe('actors who did not do it are not perpetrators', () => {
  it.each<[string, string[]]>([
    ['FARDC detained 9 youths in Oicha accusing them of collaborating with ADF', ['fardc']],
    ["Arrestation de 7 jeunes par les FARDC à Kirumba, accusés d'être des Mai-Mai", ['fardc']],
    ['CODECO militiamen were looting houses in Largu when FARDC arrived', ['codeco']],
    ['Repli des Raia Mutomboki vers Kalonge après les opérations FARDC', ['raia-mutomboki']],
    ['EEI désamorcé par les FARDC sur la route de Mbau', []],
    ['Beni: ADF attack repelled by FARDC, no casualties', ['adf']],
    ['attaque contre une position FARDC a Kamango, 2 militaires tues', []],
    ['Mob killed a suspected ADF collaborator in Beni', []],
    ['Two ADF suspects arrested by FARDC in Beni', ['fardc']],
    ['Les Maï-Maï ont attaqué une position FARDC à Lubero', ['mai-mai']],
    ['suspected ADF rebels killed 5 in Oicha', ['adf']],
  ])('%s', (text, expected) => {
    expect(perps(text)).toEqual(expected);
  });
});

// "On X" names X as the target of an attack, but as the one who forced the work when people are made
// to work on X's positions, fortifications or farms.
describe('work on an actor’s positions names the actor; an attack on them names a target', () => {
  it.each<[string, string[]]>([
    ['Men in Bunagana made to work on M23 fortifications for days', ['m23']],
    ['Civilians forced to dig trenches on M23 positions near Rutshuru', ['m23']],
    ['Forced labour on ADF farms reported by escapees in Beni', ['adf']],
    ['Des jeunes contraints de travailler sur une position M23 à Kiwanja', ['m23']],
    ['Habitants obligés de creuser sur les positions des FDLR à Nyanzale', ['fdlr']],
    ['Attack on M23 positions near Kibumba, civilians fled', []],
    ['Attaque contre une position FARDC a Kamango', []],
    ['M23 attack on FARDC positions at Kitshanga, 2 civilians killed', ['m23']],
    ['Farmers working in the fields. Attack on FARDC positions nearby', []],
  ])('%s', (text, expected) => {
    expect(perps(text)).toEqual(expected);
  });
});

// Acronyms the actor list does not know, when the report says they did it or holds ground there.
describe('unknown acronyms named as doing it are free-text perpetrators', () => {
  it.each<[string, string[]]>([
    ['FPIC killed 3 civilians near Komanda', ['"FPIC"']],
    ['les CRP ont pillé des boutiques à Djugu', ['"CRP"']],
    ['NDC-R ont enlevé 2 enseignants à Pinga', ['"NDC-R"']],
    ['FNL attacked a bus near Kiliba', ['"FNL"']],
    ['Child recruits seen at an APCLS checkpoint near Nyabiondo', ['"APCLS"']],
    ['barrière des FPIC à Komanda, taxes illégales', ['"FPIC"']],
    // negatives: agencies, reports and places in capitals are not groups
    ['UNICEF reported 4 children recruited in Masisi', []],
    ['OCHA reports looting in Djugu', []],
    ['URGENT attack in Beni', []],
    ['MSF clinic attacked in Kitshanga', []],
    ['DDR camp in Mubambiro receives 30 ex-combatants', []],
  ])('%s', (text, expected) => {
    expect(perps(text)).toEqual(expected);
  });
});

// Members of a group counted among the harmed are victims, not perpetrators; when they harm others they are.
describe('a group whose members were harmed is not who did it', () => {
  it.each<[string, string[]]>([
    ['4 FARDC soldiers killed in an ADF ambush near Oicha', ['adf']],
    ['deux militaires FARDC tués par les ADF à Mbau', ['adf']],
    ['3 FARDC wounded when Mai-Mai attacked their post in Pinga', ['mai-mai']],
    // negatives: they did it
    ['FARDC soldier killed 2 civilians in a bar in Beni', ['fardc']],
    ['2 FARDC killed 3 civilians at a checkpoint in Beni', ['fardc']],
    ['APCLS and Nyatura clash in Nyabiondo, 3 civilians wounded', ['nyatura', '"APCLS"']],
  ])('%s', (text, expected) => {
    expect(perps(text)).toEqual(expected);
  });
});

describe('who repelled an attack did not do it', () => {
  it.each<[string, string[]]>([
    ['FARDC repelled an M23 attack on Sake, 2 civilians hit by stray bullets', ['m23']],
    ['Les FARDC ont repoussé une attaque des ADF à Mavivi', ['adf']],
    ['ADF stopped a truck near Mbau and abducted the driver', ['adf']],
  ])('%s', (text, expected) => {
    expect(perps(text)).toEqual(expected);
  });
});

describe('a faction named after a known group is that group', () => {
  it.each<[string, string]>([
    ['Mai-Mai Yakutumba fighters looted Baraka market overnight', 'mai-mai'],
    ['FDLR-FOCA elements abducted 2 women in Nyamilima', 'fdlr'],
    ['Les Maï-Maï Kyandenga ont attaqué la prison centrale de Butembo', 'mai-mai'],
  ])('%s', (text, id) => {
    expect(parseQuickReport(text, intake).perpetrators).toEqual([expect.objectContaining({ actorId: id })]);
  });

  it('still keeps a group the list does not know', () => {
    expect(parseQuickReport('APCLS fighters looted Nyabiondo', intake).perpetrators.map((p) => p.name)).toEqual(['APCLS']);
  });
});

describe('an armed group named with one letter wrong', () => {
  it.each<[string, string]>([
    ['Wazlendo looted shops and goats at Kalengera market', 'wazalendo'],
    ['Nyaura fighters abducted 6 farmers in Kibua', 'nyatura'],
    ['Les Raia Mutmboki ont pris deux commerçants en otage près de Shabunda', 'raia-mutomboki'],
    ['Maisons incendiées par les Twirwaneo à Bibokoboko', 'twirwaneho'],
  ])('%s', (text, id) => {
    expect(parseQuickReport(text, intake).perpetrators).toEqual([expect.objectContaining({ actorId: id })]);
  });

  it('guesses no group from short names or common words', () => {
    expect(parseQuickReport('Nature reserve guards in Epulu report calm', intake).perpetrators).toEqual([]);
    expect(parseQuickReport('FARD soldiers seen in Beni', intake).perpetrators.some((p) => p.actorId === 'fardc')).toBe(false);
  });
});
