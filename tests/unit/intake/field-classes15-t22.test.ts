import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of the categories field reports most often confuse (pending reports22): invented sentences of each class in both
// languages, SMS spellings and Swahili, with the look-alikes that must not be read as them.

describe('a harm promised, conditional or in the future, is a threat, not the harm', () => {
  it.each([
    'Armed men told the women of Kanyabayonga they would be raped if they go back to the fields',
    'militiamen warned the teacher he will be killed if he reports them, Mambasa',
    'les femmes de Lume seront violees si elles continuent d aller au champ, disent les hommes armes',
    'hommes armes devant la maison du pasteur a Lemera criant qu ils vont l egorger, personne touche',
    'youths surrounded the house of the chief of Kipese shouting, nobody hurt',
    'des jeunes ont encercle la maison du chef de Kipese en criant, personne n a ete touche',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'threat_intimidation', priority: 'medium' });
    expect(r.victims.crsvSurvivors ?? 0).toBe(0);
    expect(r.victims.killed ?? 0).toBe(0);
  });
  it.each([
    ['sms recu par le chef de Butembo: "utakufa"', 'threat_intimidation'],
    ['mwalimu wa Oicha amepokea ujumbe: watauawa wote', 'threat_intimidation'],
  ])('Swahili future forms: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it.each([
    ['3 women were raped by armed men near Lume last night', 'crsv'],
    ['2 farmers killed by ADF near Oicha, residents say they will be buried tomorrow', 'attack_on_civilians'],
    ['wameuawa watu 3 Oicha usiku', 'attack_on_civilians'],
  ])('look-alike (the harm done): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it('a base surrounded stays an attack on peacekeepers', () => {
    expect(parse('des jeunes ont encercle la base de la MONUSCO a Kamanyola en lancant des pierres').category).toBe('attack_on_peacekeepers');
  });
});

describe('gunfire explained as harmless is nothing, and names no doer', () => {
  it.each([
    'the shots heard in Kiwanja last night were a drunk soldier firing in the air, no victims',
    'gunfire in Beni this morning was only a military exercise, confirmed by the sector',
    'les coups de feu entendus a Rutshuru etaient des tirs de joie pour un mariage',
    'tirs entendus hier soir a Sake: c etait un exercice des FARDC, rien a signaler',
    'detonations a Mavivi ce matin: c etaient des tirs de sommation pour disperser des jeunes, aucune victime',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low', perpetrators: [] });
  });
  it.each([
    ['FARDC fired warning shots at the crowd in Beni, 2 injured', 'attack_on_civilians'],
    ['tirs de sommation des militaires sur la foule a Butembo, 1 blesse', 'attack_on_civilians'],
    ['heavy gunfire in Kitshanga, clashes between M23 and Wazalendo', 'armed_group_movement'],
  ])('look-alike (harm said, or a real clash): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('restraint, deprivation and humiliation are ill-treatment', () => {
  it.each([
    'Mai-Mai tied a woman accused of witchcraft to a pole at Kipese all night, no food or water',
    'les Raia Mutomboki ont ligote et fouette un commercant a Shabunda',
    'detenus du cachot de Kiwanja forces de rester a genoux toute la journee, prives d eau',
    'wazalendo chicotent les motards qui refusent de payer a Kitshanga',
    'prisoners in Bunia central prison made to kneel for hours as punishment',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('torture_ill_treatment');
  });
  it.each([
    ['no food or water for the new IDPs at Rhoe for 3 days', 'torture_ill_treatment'],
  ])('look-alike (aid lacking for the displaced): %s', (text, notCategory) => {
    expect(parse(text).category).not.toBe(notCategory);
  });
});

describe('people pushed across a border or arriving as new displaced are a displacement', () => {
  it.each([
    ['fighting around Bunagana has pushed about 3,000 people into Uganda', 3000],
    ['new IDPs at Rhoe site, approx 400 people from Largu, no shelter, rain tonight', 400],
    ['nouveaux deplaces a Kanyaruchinya, environ 1 500 personnes venues de Kibumba', 1500],
  ])('%s', (text, n) => {
    expect(parse(text)).toMatchObject({ category: 'displacement', victims: { displaced: n } });
  });
  it.each([
    'des familles de Kamanyola traversent vers le Burundi depuis ce matin apres les tirs',
    'families of Bunagana crossing into Uganda since dawn after the shooting',
  ])('crossing a border: %s', (text) => {
    expect(parse(text).category).toBe('displacement');
  });
  it.each([
    ['floods in Uvira, 300 families displaced, more rain expected', 'displacement'],
    ['the bus crossed the bridge at Kasindi, all calm', 'displacement'],
  ])('look-alike (a flood, a bus): %s', (text, notCategory) => {
    expect(parse(text).category).not.toBe(notCategory);
  });
});

describe('agencies stopping for fear of a group, a team kept out: access denial', () => {
  it.each([
    'NGOs suspended all movements on the Eringeti-Kainama road because of ADF presence',
    'les ONG ont suspendu leurs activites a Pinga a cause des NDC-R',
    'village chiefs in Kibirizi refused the UN team entry to the site',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'access_denial', priority: 'medium' });
  });
  it.each(['school suspended in Beni because of the strike', 'armed men forced entry into a house at Oicha and took phones'])('look-alike: %s', (text) => {
    expect(parse(text).category).not.toBe('access_denial');
  });
});

describe('a carer threatened for treating the wounded: the wounded are not the harm', () => {
  it.each([
    'a nurse at Kayna received death threats after she treated wounded Wazalendo',
    'infirmier du CS de Kirumba menace de mort pour avoir soigne des blesses',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.victims.injured ?? 0).toBe(0);
    expect(r.category).not.toBe('attack_on_civilians');
  });
});

describe('a threatened person who leaves for or sleeps in another place: the incident stays where it happened', () => {
  it.each([
    ['teacher at Kayna got a threatening sms from Mai-Mai, she left for Butembo yesterday', 'kayna'],
    ['chef de Kipese menace par des hommes armes, il dort maintenant a Kirumba', 'kipese'],
  ])('%s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});

describe('what a protest is against is its object; force used on protesters is an attack', () => {
  it.each([
    'marche contre les enlevements a Beni, pneus brules, pas de blesses',
    'youth demo in Butembo against the killings, roads blocked with burning tyres, no injuries',
    'manif contre la MONUSCO a Goma, routes barrees, aucun blesse',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low', perpetrators: [] });
  });
  it.each([
    ['police fired tear gas on the march against insecurity in Butembo and beat demonstrators, 4 injured', 'attack_on_civilians'],
    ['manif contre la MONUSCO a Butembo, bureaux caillasses', 'attack_on_peacekeepers'],
    ['des manifestants anti-MONUSCO ont brule un vehicule de la mission a Goma', 'attack_on_peacekeepers'],
  ])('look-alike (harm at the protest): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it('a killing told beside the protest is still a killing', () => {
    expect(parse('ADF killed 3 farmers in Oicha; youths marched against the killings today').category).toBe('attack_on_civilians');
  });
});

describe('a meeting qualified as intercommunal is a meeting, not a tension', () => {
  it.each([
    'Baraza intercommunautaire a Djugu: Hema et Lendu s engagent a cohabiter',
    'Dialogue intercommunautaire held at Minembwe with Banyamulenge and Babembe elders',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low' });
  });
  it('look-alike (a tension told)', () => {
    expect(parse('tension intercommunautaire a Djugu entre Hema et Lendu apres un vol de vaches').category).toBe('intercommunal_tension');
  });
});

describe('villages emptied and people returning, counted', () => {
  it.each([
    ['les affrontements autour de Kibirizi ont vide plusieurs villages, environ 2 000 personnes a Kanyabayonga', 2000],
    ["Retour d'environ 800 personnes a Kitchanga cette semaine", 800],
    ['return of about 600 people to Kishishe, escorted by local authorities', 600],
  ])('%s', (text, n) => {
    expect(parse(text)).toMatchObject({ category: 'displacement', victims: { displaced: n } });
  });
  it('look-alike (money returned)', () => {
    expect(parse("retour de l argent vole au marche de Beni").category).not.toBe('displacement');
  });
});

describe('an armed group attacking an army or police position, only soldiers harmed: fighting (C21, C4)', () => {
  it.each([
    ['M23 attacked the FARDC position at Kalengera overnight, repelled, 1 soldier killed', 'm23'],
    ['les ADF ont attaque la position FARDC de Kainama ce matin, 2 militaires tues, assaillants repousses', 'adf'],
    ['CODECO ont tente de prendre le poste de la PNC a Fataki, un policier est tombe', 'codeco'],
  ])('%s', (text, actor) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'armed_group_movement', priority: 'high' });
    expect(r.perpetrators.map((p) => p.actorId)).toContain(actor);
  });
  it.each([
    'ADF attacked the FARDC position at Mangina, 3 civilians killed in the crossfire',
    'ADF ambush on the road near Mbau, 3 soldiers killed',
  ])('look-alike (civilians killed, an ambush on the road): %s', (text) => {
    expect(parse(text).category).toBe('attack_on_civilians');
  });
});

describe('people shut in for fear are not held; a family kept from a detainee is part of the detention', () => {
  it.each([
    ['soldats en debandade pillent le marche de Kirumba, la population enfermee chez elle', 'looting_destruction'],
    ['looting by unpaid soldiers in Kanyabayonga, people stayed indoors all night', 'looting_destruction'],
    ['ANR holding a journalist in Bunia for a week, no charge and no access to his family', 'arbitrary_detention'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
  it.each([
    ['M23 enfermes 10 hommes dans un conteneur a Kiwanja depuis lundi', 'arbitrary_detention'],
    ['police denied the human rights team access to the cachot in Beni', 'access_denial'],
  ])('look-alike (held, a team kept out): %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('where a message came from, or the citizen movement threatened, is no armed group', () => {
  it.each([
    "message de menace dans le groupe WhatsApp des commercants de Butembo: 'vous allez payer'",
    'threats posted on a Facebook page against Nande traders in Beni',
    'trois militants de la LUCHA menaces de mort par des inconnus a Goma',
  ])('%s', (text) => {
    expect(parse(text).perpetrators.filter((p) => p.actorId !== 'unknown')).toEqual([]);
  });
  it('look-alike (a group named as doer is kept)', () => {
    expect(parse('des elements APCLS ont menace les commercants de Nyabiondo').perpetrators.map((p) => p.name)).toContain('APCLS');
  });
});
