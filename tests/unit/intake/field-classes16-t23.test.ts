import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// reports23 (who did it): classes of wording, in English, French and SMS, with look-alikes that must not change.

describe('a group outside the actor list opens its clause in more ways (C5)', () => {
  it.each([
    ['The chief of Bogoro informed the police that FRPI took 30 goats from herders', ['FRPI']],
    ['Residents say that APCLS abducted 2 farmers near Nyabiondo', ['APCLS']],
    ['Le chef dit que CRP ont pillé 4 maisons à Nizi', ['CRP']],
    ["Pinga: Guidon's NDC-R collecting taxes from miners, 2 diggers whipped", ['NDC-R']],
    ["Lubanga's CRP have occupied the primary school at Nizi", ['CRP']],
    ["Janvier's APCLS abducted the chief of Mpofi", ['APCLS']],
    ['Les APCLS de Janvier ont enlevé le chef de groupement à Mpofi', ['APCLS']],
    ['les NDC-R de Guidon ont fouetté 3 creuseurs à Pinga', ['NDC-R']],
    ['Les Biloze Bishambuke ont érigé une barrière à Lulimba et exigent 5000 FC par passant', ['Biloze Bishambuke']],
    ['The Biloze Bishambuke have looted 6 houses near Fizi', ['Biloze Bishambuke']],
    ['Ambush north of Komanda, 3 travellers killed, FPIC alleged', ['FPIC']],
    ['Embuscade au nord de Komanda, 3 voyageurs tués, FRPI cités', ['FRPI']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    // a person's name alone, a capitalised place, UN forces: no group
    ['Les Casques Bleus ont escorté 20 familles à Kiwanja', []],
    ['Residents say that Jean Bosco stole 3 goats', []],
    ["Kavira's house was burnt by unknown people in Butembo", ['unknown']],
    ['Les habitants de Mpofi disent que la route est calme', []],
  ])('not a group: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('every party to a crossfire or an exchange of fire between two groups is a perpetrator (C4, C5)', () => {
  it.each([
    ['Nyankunde: 2 civilians killed in crossfire between FRPI and FARDC', ['fardc', 'FRPI']],
    ['Exchange of fire between APCLS and Nyatura above Nyabiondo this morning', ['nyatura', 'APCLS']],
    ['1 femme tuée dans des tirs croisés entre CRP et FARDC à Nizi', ['fardc', 'CRP']],
    ['Echange de tirs entre les APCLS et les Nyatura à Mpofi, 2 civils blessés', ['nyatura', 'APCLS']],
    ['echange de feu entre NDC-R et APCLS a Pinga', ['NDC-R', 'APCLS']],
  ])('%s', (text, expected) => {
    expect(new Set(doers(text))).toEqual(new Set(expected));
  });
});

describe('the host police or army the harm was told to did not do it (C1, C2)', () => {
  it.each([
    ['Rubaya traders complained to the PNC that Wazalendo at the barrier take 5,000 FC from every moto', ['wazalendo']],
    ['The chief informed the police that Mai-Mai looted 4 shops in Kasugho', ['mai-mai']],
    ['Case reported to the FARDC commander: 3 diggers abducted by CODECO at the mine', ['codeco']],
    ['Cas signalé au commandant PNC de Nizi: 3 creuseurs enlevés par des CODECO', ['codeco']],
    ['Les commerçants ont saisi la PNC: les Wazalendo exigent 2000 FC par moto', ['wazalendo']],
    ['Les habitants ont alerté les FARDC, des ADF ont tué 2 cultivateurs à Mavivi', ['adf']],
    ['Plainte déposée auprès de la police: 2 femmes violées par des hommes armés', []],
    ['villageois ont informé la police ke les M23 ont pris 10 vaches', ['m23']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    // the force that did it is named as the doer, even beside a verb of reporting
    ['PNC officers beat 2 traders who had complained at Rubaya', ['pnc']],
    ['Des policiers ont arrêté 3 motards à Beni, la famille a alerté la MONUSCO', ['pnc']],
    ['Traders reported that FARDC soldiers took 5,000 FC from each moto', ['fardc']],
  ])('still the doer: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a soldier or policeman who "shot dead" someone named after did it; one shot dead is the victim (C1, C2)', () => {
  it.each([
    ['A soldier shot dead a moto driver in Beni town', ['fardc'], 1],
    ['Soldiers shot dead 2 farmers near Mbau', ['fardc'], 2],
    ['A policeman shot dead a moto driver at Beni', ['pnc'], 1],
    ['Police shot and killed 2 protesters in Goma', ['pnc'], 2],
    ['Soldier shot dead a man who refused to pay at Kasindi', ['fardc'], 1],
    ['Un militaire a abattu un motard à Beni', ['fardc'], 1],
  ])('%s', (text, expected, killed) => {
    const r = parse(text);
    expect(doers(text)).toEqual(expected);
    expect(r.victims.killed).toBe(killed);
  });

  it.each([
    ['2 soldiers shot dead in an ambush near Eringeti', []],
    ['Soldier shot dead, his wife wounded', []],
    ['A policeman shot dead by unknown gunmen in Butembo', ['unknown']],
  ])('the victim: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('one of the force named as harmed ("un agent de la PNC abattu") is the victim, not the doer', () => {
  it.each([
    ['Un agent de la PNC abattu par des hommes armés devant son domicile à Butembo', []],
    ['Un élément des FARDC tué par des inconnus à Beni', ['unknown']],
    ['A member of the FARDC killed by ADF near Oicha', ['adf']],
    ['Deux éléments des FARDC blessés par des Mai-Mai à Lubero', ['mai-mai']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['Un élément des FARDC a tué un civil à Beni', ['fardc']],
    ['Un agent de la PNC a blessé un motard par balle à Beni', ['pnc']],
  ])('still the doer: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('the host force responding to unknown armed men or bandits did not do it (C1, C2)', () => {
  it.each([
    ['kdnapping Oicha 2 ppl taken last nite by unknwn armed men, PNC+FARDC on their trail', []],
    ['2 people abducted by armed men in Oicha, FARDC in pursuit', []],
    ['Des hommes armés ont tué 2 personnes à Oicha, les FARDC sont à leur poursuite', []],
    ['Bus robbed by armed bandits at Kavumu junction. PNC fired in the air and the bandits fled, no one hurt', []],
    ['Boutique pillée par des bandits à Beni cette nuit. La PNC est arrivée après leur fuite', []],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['Armed men killed 2 civilians at Mbau; FARDC soldiers beat 3 residents during the search', ['fardc']],
    ['Des bandits ont volé 3 motos, les policiers ont tabassé 2 suspects innocents', ['pnc']],
  ])('still the doer, harm told in their clause: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a uniform that names the force names it; a uniform naming none, or a doubt said, names nobody (C2; lead decision 2026-12-07)', () => {
  it.each([
    ['Mbau: armed men in FARDC uniform killed 2 civilians at a roadblock last night', ['fardc']],
    ['men in FARDC uniform raped a woman near Mandima', ['fardc']],
    ['Des hommes en tenue des FARDC ont pillé 3 boutiques à Oicha', ['fardc']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['Survivor says 4 men in FARDC uniform raped her near Walungu, she does not know if they were real soldiers', []],
    ['de faux militaires en tenue FARDC ont pillé 3 boutiques à Oicha', []],
    ['Des hommes en tenue militaire ont pillé 3 boutiques à Oicha', []],
    ['armed men in uniform killed 2 civilians at a roadblock in Mbau', []],
  ])('no doer: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('a group that denies, with nobody accusing it, is not named the doer on its own word', () => {
  it.each([
    ['Pimbo: 2 killed by unidentified assailants overnight; a CODECO spokesman denies his group was involved', []],
    ['Nyabibwe: un commerçant tué hier. Les Wazalendo nient toute implication et parlent de bandits armés', []],
    ['Trader killed in Nyabibwe last night, Wazalendo deny any involvement', []],
    ['Le porte-parole des CODECO nie toute implication dans la tuerie de Pimbo, 4 morts', []],
    ['2 femmes enlevées à Kalonge, les Raia Mutomboki démentent', []],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['Residents accuse M23 of killing 3 farmers at Rubare; M23 denies', ['m23']],
    ['M23 killed 3 farmers at Rubare, M23 denies', ['m23']],
    ['Les victimes accusent les Wazalendo, qui nient, d avoir pillé 5 boutiques', ['wazalendo']],
    ['FARDC commander denied the JHRO team access to detainees in Beni', ['fardc']],
    ['M23 denied our team access to Kishishe', ['m23']],
  ])('still the doer: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('the force that freed the hostages of another group, or ran the operation against it, did not take them', () => {
  it.each([
    ['Mangina: les FARDC ont libéré 6 otages des ADF au cours d une opération', ['adf']],
    ['FARDC rescued 4 hostages held by Mai-Mai near Kasugho', ['mai-mai']],
    ['UPDF and FARDC joint ops destroyed an ADF camp near Kamango, 7 hostages freed', ['adf']],
    ['Opération conjointe FARDC et UPDF: 5 otages des ADF libérés près d Eringeti', ['adf']],
    ['Les FARDC et l UPDF ont libéré 5 otages des ADF près d Eringeti', ['adf']],
    ['la PNC a libéré 2 commerçants enlevés par des CODECO à Fataki', ['codeco']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    // an armed group that frees people, no other actor named: it held them (C12)
    ['Les Mai-Mai ont libéré 4 otages à Kasugho', ['mai-mai']],
    ['UPDF killed 3 civilians near Kasindi', ['UPDF']],
  ])('still the doer: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('foreign soldiers named by a compound nationality are the doer in free text (C14)', () => {
  it.each([
    ['Ariwara: des militaires sud-soudanais ont traversé la frontière et pillé des champs', ['militaires sud-soudanais']],
    ['South Sudanese soldiers looted fields near Aru', ['South Sudanese soldiers']],
    ['soldats sud-soudanais ont tabassé 2 cultivateurs à Aru', ['soldats sud-soudanais']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe("a side's post hit by another is the target, not a doer (C4)", () => {
  it.each([
    ['Position des Wazalendo bombardée par le M23 à Mweso, 2 civils tués par des obus tombés sur le marché', ['m23']],
    ['Le camp des Nyatura attaqué par les FARDC à Kitchanga, 3 civils tués', ['fardc']],
    ['La position des M23 a été bombardée par les FARDC à Sake, 1 civil tué', ['fardc']],
  ])('%s', (text, expected) => {
    expect(new Set(doers(text))).toEqual(new Set(expected));
  });

  it.each([
    ['La position des M23 a bombardé le marché de Sake', ['m23']],
  ])('still the doer: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('soldiers or police as subject after a relative clause or their post, and "ravir" (C1, C2)', () => {
  it.each([
    ['Troops who fled the front looted homes in Kanyabayonga overnight, residents say', ['fardc']],
    ['Des militaires qui ont fui le front ont pillé des maisons à Kanyabayonga', ['fardc']],
    ['Soldiers who deserted their unit raped 2 women near Kirumba', ['fardc']],
    ['les militaires de la barrière de Ngungu exigent 2000 FC par sac de braise', ['fardc']],
    ['Les commerçants ont saisi la MONUSCO: les militaires de la barrière de Ngungu exigent 2000 FC par sac', ['fardc']],
    ['Police at the Kasindi checkpoint beat a trader', ['pnc']],
    ['Les soldats de la barrière de Kibumba ont tabassé 2 motards', ['fardc']],
    ['Des policiers ont ravi les marchandises des vendeuses au marché de Mahagi', ['pnc']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['Police who arrived later arrested the suspects', []],
    ['Soldiers who were wounded were evacuated to Beni', []],
    ['Soldiers who came after the attack found 3 bodies', []],
  ])('not the doer: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe("the host force's post named as where another actor's harm was found or done is a landmark", () => {
  it.each([
    ['Beni: grenade thrown into a bar near the PNC commissariat, 3 customers wounded, attackers unknown', []],
    ['Leaflets signed ADF found at the FARDC checkpoint of Mavivi, warning villagers', ['adf']],
    ['At the FARDC checkpoint of Mavivi, ADF killed 2 farmers', ['adf']],
    ['Tracts des ADF déposés devant le commissariat de la PNC à Oicha', ['adf']],
    ['Wazalendo at the FARDC checkpoint of Kibumba take 2000 FC per moto', ['wazalendo']],
  ])('%s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  it.each([
    ['At the FARDC checkpoint of Kibumba, soldiers take 2000 FC per moto', ['fardc']],
    ['FARDC at the checkpoint of Kibumba take 2000 FC per moto', ['fardc']],
  ])('still the doer: %s', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });
});

describe('two actors set against each other with "vs" are a clash: both sides named, under way when said to go on (C4, C10)', () => {
  it.each([
    ['M23 vs Wazalendo at Kalengera since 5am, heavy weapons, families running to Rutshuru', ['m23', 'wazalendo'], 'critical'],
    ['FARDC vs ADF at Mbau since this morning', ['fardc', 'adf'], 'critical'],
    ['ADF vs FARDC a Mbau depuis 5h, 2 civils tués', ['adf', 'fardc'], 'critical'],
    ['Wazalendo versus M23 a Sake depuis ce matin', ['wazalendo', 'm23'], 'critical'],
    ['m23 vs wazalendo kalengera depuis 6h', ['m23', 'wazalendo'], 'critical'],
  ])('%s', (text, expected, priority) => {
    expect(new Set(doers(text))).toEqual(new Set(expected));
    expect(parse(text).priority).toBe(priority);
  });

  it.each([
    ['M23 vs Wazalendo at Kalengera since 5am, calm returned at 9', 'medium'],
    ['match de foot Beni vs Butembo depuis 15h', 'low'],
  ])('not under way: %s', (text, priority) => {
    expect(parse(text).priority).toBe(priority);
  });
});
