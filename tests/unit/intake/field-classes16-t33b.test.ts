import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes behind the misses of pending reports33, second pass (t33b): invented sentences of each class in both
// languages, SMS style where it fits, and the look-alikes that must not be read as them.

describe('aid workers kept out with only a threat or a toll beside it are access denied (C6, C20)', () => {
  it.each([
    'Red Cross volunteers sent to Bule were blocked and threatened by CODECO youths, forced to turn back.',
    'MSF team blocked at Kitchanga by Nyatura and threatened, sent back to Mweso',
    'NGO trucks turned back at Lemera by Mai-Mai who threaten the drivers',
    'les Raia Mutomboki interdisent l\'accès des ONG à Kigulube, exigeant une taxe de 100 $ par véhicule',
    'les miliciens empêchent les ONG de passer et menacent les agents humanitaires à Lemera',
    'ong bloquees a la barriere des codeco a largu, ils exigent 50$ par vehicule',
    'L\'AFC/M23 exige que les ONG travaillant à Rutshuru obtiennent une autorisation de son administration; missions annulées',
    'M23 requires NGOs in Kiwanja to obtain authorization from its administration, two missions cancelled',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('access_denial');
  });
  it.each([
    ['MSF staff threatened by CODECO youths at Drodro', 'attack_on_humanitarians'],
    ['NGO convoy blocked and looted by FRPI near Gety', 'attack_on_humanitarians'],
    ['Red Cross volunteers beaten and turned back by youths at Largu', 'attack_on_humanitarians'],
    ['ONG menacées par les Raia Mutomboki à Shabunda', 'attack_on_humanitarians'],
    ['barrière des Wazalendo à Kalehe, 1000 FC par moto', 'looting_destruction'],
  ] as const)('look-alike (harm, a threat alone, no aid workers): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a team refused access with the team named before "l\'accès", and electric shocks, in custody', () => {
  it.each([
    ['Les FARDC refusent à l\'équipe du BCNUDH l\'accès au cachot de Baraka depuis trois jours.', 'access_denial'],
    ['la PNC a refusé aux enquêteurs l\'accès au cachot de Goma', 'access_denial'],
    ['Uvira: deux motards détenus par les renseignements militaires disent avoir reçu des décharges électriques pendant leur interrogatoire.', 'torture_ill_treatment'],
    ['un detenu de l ANR a Bukavu dit avoir recu des decharges electriques', 'torture_ill_treatment'],
    ['detainee in Beni given an electric shock by police during questioning', 'torture_ill_treatment'],
    ['burundi soldiers arested 4 fishermen near Kiliba', 'arbitrary_detention'],
    ['police arestd 2 moto drivers in Uvira, no reason', 'arbitrary_detention'],
  ] as const)('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it.each([
    ['deux détenus au cachot de Baraka depuis trois jours sans procès', 'arbitrary_detention'],
    ['les habitants se plaignent des décharges d\'ordures au marché d\'Uvira', 'other'],
  ] as const)('look-alike: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});
