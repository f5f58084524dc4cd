import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes taught from pending reports37 (one ordinary week of working-group traffic), invented sentences in both languages.

describe('relief bodies named by acronym and common words after "group" are no unlisted armed group (C5)', () => {
  it.each([
    ['eringeti 2 civils tues par presumes adf au champ, corps ramenes par CRC', ['adf']],
    ['Oicha: 3 civilians killed by ADF, bodies collected by the CRC volunteers', ['adf']],
    ['Mbau: 1 cultivateur tué par les ADF, blessé évacué par la CRS', ['adf']],
    ['Shots heard near Kalunguta, FARDC say it was an ADF group passing towards Mayimoya; no victims.', ['adf']],
    ['coups de feu à Mangina, un groupe ADF passant vers Mavivi selon la société civile', ['adf']],
    ['CODECO group moving towards Fataki, population worried', ['codeco']],
    ['un groupe de militaires ivres a pillé 20 boutiques à Mugunga', ['fardc']],
    ['a group of soldiers looted shops in Mugunga at night', ['fardc']],
  ] as const)('%s', (text, want) => {
    expect(doers(text)).toEqual(want);
  });
  it.each([
    ['un groupe gumino a attaqué Minembwe, 2 tués', 'gumino'],
    ['les CRP ont pillé 4 maisons à Nizi', 'CRP'],
    ['FPIC killed 2 farmers near Bunia', 'FPIC'],
  ])('a real unlisted group stays named: %s', (text, name) => {
    expect(doers(text).map((d) => d.toLowerCase())).toContain(name.toLowerCase());
  });
});

describe("a group's fire aimed at a site names it, like an attack aimed at it", () => {
  it.each([
    ["Site de Rhoe: tirs de CODECO sur le site à l'aube, 4 déplacés tués", 'codeco'],
    ["Rhoe: tirs des CODECO sur le site à l'aube", 'codeco'],
    ['Plaine Savo: shooting of CODECO on the site at dawn, 2 IDPs killed', 'codeco'],
    ['bombardement des M23 sur le site de Bulengo ce matin, 3 morts', 'm23'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
  it.each(["rumeurs d'arrivée des CODECO, les FARDC sont sur le site à l'aube"])('a force only on the site: %s', (text) => {
    expect(doers(text)).not.toContain('fardc');
  });
});

describe('a calm day that tells an armed group out on patrol names that group', () => {
  it.each([
    ['calme relatif a kitchanga mais des m23 en patrouille a kilolirwe', 'm23'],
    ['Calm in Ngungu, M23 patrolling the road to Karuba', 'm23'],
    ['calme ce jour à Kirotshe, les Wazalendo en patrouille dans le quartier', 'wazalendo'],
    ['relative calm in Kitchanga; Wazalendo on patrol near Kilolirwe', 'wazalendo'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toEqual([doer]);
  });
  it.each(['calme relatif a kitchanga, fardc en patrouille', 'Calm in Ngungu, FARDC patrolling the road', 'calme à Beni, patrouille MONUSCO dans la ville'])(
    'the host force or peacekeepers on patrol name nobody: %s',
    (text) => {
      expect(doers(text)).toEqual([]);
    },
  );
});

describe('C2/C1: soldiers or police who entered a place and did harm in the next clause did it', () => {
  it.each([
    ["Site de Mugunga: un groupe de militaires ivres est entré dans le site, a pillé une vingtaine d'abris et frappé 2 femmes", 'fardc'],
    ['drunk soldiers entered the camp, looted shelters and beat 2 women', 'fardc'],
    ['des policiers ont fait irruption dans le quartier Majengo et ont arrêté 10 jeunes', 'pnc'],
    ['soldiers stormed the market in Kiwanja, looted shops and beat traders', 'fardc'],
    ['des militaires sont entrés au village de Kibati, ont brûlé 3 maisons', 'fardc'],
    ['police entered the school in Butembo and arrested 3 teachers', 'pnc'],
  ])('%s', (text, doer) => {
    expect(doers(text)).toContain(doer);
  });
  it.each([
    ['FARDC soldiers entered the village, searched for the attackers'],
    ["des militaires sont entrés dans le site pour sécuriser les déplacés après l'attaque des ADF, 3 tués"],
    ['Police entered the camp after the ADF attack. 3 IDPs killed by ADF'],
  ])('entered to secure or a harm by someone else: %s', (text) => {
    expect(doers(text)).not.toContain('fardc');
    expect(doers(text)).not.toContain('pnc');
  });
});
