import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of wording from pending reports40 (people wounded or taken), as invented sentences in both languages, SMS
// style where it fits, and the look-alikes that must not change.

describe('people taken and someone wounded, nobody killed: the abduction names the report (taken-and-wounded.ts)', () => {
  it.each([
    ['Armed men stopped a minibus near Eringeti, shot the driver in the leg and marched 4 passengers into the bush', 1, 4],
    ['gunmen kidnapped a trader in Butembo at 8pm, his guard was wounded', 1, 1],
    ['ADF raid on Mayimoya: 2 civilians wounded and 3 abducted', 2, 3],
    ['Mai-Mai shot and wounded a moto driver and took his 2 passengers near Kasugho', 1, 2],
    ['ambush on a truck near Komanda, driver wounded, 5 passengers abducted by armed men', 1, 5],
    ['les Mai-Mai ont blessé un motard par balle et enlevé son passager près de Kasugho', 1, 1],
    ['embuscade contre un bus à Mambasa, chauffeur blessé, 6 passagers enlevés par des hommes armés', 1, 6],
    ['hommes armes ont enleve 3 femmes et blesse 2 hommes a Kibirizi cette nuit', 2, 3],
    ['Nyatura ont kidnappé 2 commerçants à Kitchanga, un gardien blessé à la machette', 1, 2],
  ])('%s', (text, injured, abducted) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high' });
    expect(r.victims).toMatchObject({ injured, abducted });
  });

  it.each([
    ['ADF killed 2 and abducted 4 at Mamove, 3 wounded', 'attack_on_civilians'],
    ['ADF attack on Oicha: 3 wounded, no one abducted', 'attack_on_civilians'],
    ['armed men tried to kidnap a trader at Butembo, he was wounded by a bullet', 'attack_on_civilians'],
    ['un commerçant blessé par balle par des hommes armés à Beni', 'attack_on_civilians'],
    ['les ADF ont tué 3 civils et enlevé 2 femmes à Eringeti, 1 blessé', 'attack_on_civilians'],
  ])('not a taking with wounds only: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('C23: people held by an armed group for a sum asked for each of them are abducted (group-arrests.ts perHead)', () => {
  it.each([
    ['les Wazalendo retiennent 4 commerçants à leur QG depuis lundi et exigent 100$ chacun', 4],
    ['Wazalendo holding 3 traders at their base since Monday, demanding 200$ each', 3],
    ['Mai-Mai are holding 5 fishermen at Baraka and want 50 USD per head', 5],
    ['les Nyatura detiennent 2 motards a Kitchanga et demandent 100 dollars par personne', 2],
    ['raia mutomboki retiennent 6 creuseurs a Kamituga, exigent 20$ par tete', 6],
  ])('%s', (text, abducted) => {
    expect(parse(text)).toMatchObject({ category: 'abduction', priority: 'high', victims: { abducted } });
  });

  it.each([
    ['les FARDC retiennent 4 commerçants au camp et exigent 100$ chacun', 'arbitrary_detention'],
    ['police holding 3 youths at the station, asking 20 USD each', 'arbitrary_detention'],
    ['barrière des Mai-Mai à Lubero: ils exigent 1000 FC chacun aux passagers', 'looting_destruction'],
    ['les ADF retiennent 11 personnes dont le catéchiste, selon les rescapés', 'arbitrary_detention'],
  ])('held by the state, a toll, or held with no sum asked (C23, C6): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('C5: a group outside the actor list holding people is their doer (doers/groups.ts DOING)', () => {
  it.each([
    ['la CRP retient en otage deux agents de la Croix-Rouge depuis hier', 'CRP'],
    ['les FPIC retiennent 3 creuseurs à Gety depuis lundi', 'FPIC'],
    ['APCLS holds 2 teachers hostage near Nyabiondo', 'APCLS'],
    ['NDC-R kept 4 traders at their camp for three days', 'NDC-R'],
    ['Les FRPI séquestrent 5 cultivateurs à Tsheyi', 'FRPI'],
  ])('%s', (text, name) => {
    expect(parse(text).perpetrators.map((p) => p.actorId ?? p.name)).toEqual([name]);
  });

  it.each([
    'les ONG retiennent leurs agents à Goma par prudence',
    'WFP keeps its trucks at Beni until the road is safe',
    'the HGR holds 3 wounded civilians from the Oicha attack',
  ])('an agency or a hospital keeping its own people is no doer: %s', (text) => {
    expect(parse(text).perpetrators).toEqual([]);
  });
});
