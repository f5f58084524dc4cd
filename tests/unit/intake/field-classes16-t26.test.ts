import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes that a week of everyday field traffic uses (pending reports26): invented sentences of each class in both
// languages, SMS spellings where they fit, with the look-alikes that must not be read as them.

describe('the host police or army only telling, investigating or on site is no doer (doers/force-telling.ts)', () => {
  it.each([
    'Butembo: calm. 3 phones stolen overnight at the market, PNC investigating',
    'Oicha: a shop burgled overnight in Ngadi quarter, police at the scene',
    'Kasindi: RAS, but PNC reports a grenade found near the school, area cordoned',
    'Beni: 2 houses burgled in Mabakanga, PNC is investigating',
    'Goma calme. La PNC signale 4 cas de vol à main nue au quartier Katindo, pas de blessé',
    'Bunia RAS. 2 motos volées au quartier Lumumba, enquête ouverte par la PNC',
    'Mavivi: un obus non explosé découvert dans un champ, PNC et FARDC sur place',
    'Butembo: 2 boutiques cambriolées à Vulamba, la PNC a ouvert une enquête',
    'Uvira RAS, mais la police signale des menaces par SMS contre un journaliste',
    'bunia 2 motos volees hier soir pnc enquete',
  ])('%s', (text) => {
    expect(doers(text)).toEqual([]);
  });
  it.each([
    ['Police shot a moto driver in Beni, PNC investigating', ['pnc']],
    ['la PNC a dispersé les manifestants à Goma, 3 blessés', ['pnc']],
    ['2 motards blessés par balle par la PNC, enquête ouverte', ['pnc']],
    ['MONUSCO patrol blocked by FARDC at the Komanda checkpoint for 3 hours', ['fardc']],
    ['Agents PNC ont saisi les marchandises des vendeuses au marché de Kalehe sans reçu', ['pnc']],
    ['PNC Beni: 12 youths arrested by PNC in a night raid, held without charge', ['pnc']],
  ])('look-alike: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a group named only as what the victims are said to side with, or the wounded sought, is no doer (doers/alleged-ties.ts)', () => {
  it.each([
    ['Uvira: 12 people held by FARDC at the camp for collaboration with Red Tabara, no family access', ['fardc']],
    ['Beni: 4 jeunes arrêtés par les FARDC, soupçonnés de collaboration avec les ADF', ['fardc']],
    ['Goma: calme. Des tracts menaçant les policiers collabos du M23 trouvés à Ndosho', []],
    ['Kalehe: des tracts menacent les complices des Wazalendo au marché', []],
    ['Mweso: M23 elements entered the health centre looking for wounded Wazalendo, staff threatened', ['m23']],
    ['Sake: les M23 fouillent les maisons, à la recherche des blessés Wazalendo', ['m23']],
    ['Mutwanga: 3 traders held by FARDC for alleged collusion with ADF', ['fardc']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
  it.each([
    ['Kitchanga: 2 wounded Wazalendo treated at the hospital, M23 shelled the area', ['wazalendo', 'm23']],
    ['Beni: 3 wounded ADF suspected', ['adf']],
    ['Mai-Mai accused of killing 2 farmers at Lume', ['mai-mai']],
    ['Rubaya: M23 and Wazalendo clash, 2 civilians killed', ['m23', 'wazalendo']],
  ])('look-alike: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});
