import { describe, expect, it } from 'vitest';
import type { Victims } from '../../../src/domain/alert.js';
import type { CategoryId, Priority } from '../../../src/domain/taxonomy.js';
import { createGazetteer, createIntakeContext, parseQuickReport } from '../../../src/intake/index.js';
import { intake, mission } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

interface Row {
  text: string;
  place: string | null;
  category: CategoryId;
  perps: string[];
  victims: Partial<Victims>;
  priority: Priority;
  restricted?: boolean;
  fr?: boolean;
}

// Quick reports as focal points send them from eastern DRC, in English and French.
const REPORTS: Row[] = [
  { text: 'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected', place: 'kamango', category: 'attack_on_civilians', perps: ['adf'], victims: { killed: 4, abducted: 2 }, priority: 'high' },
  { text: "Deux enfants enlevés près de l'école de Mambasa, CODECO", place: 'mambasa-centre', category: 'child_violation', perps: ['codeco'], victims: { abducted: 2, childrenAffected: 2 }, priority: 'high', restricted: true, fr: true },
  { text: 'Attaque en cours à Drodro, hommes armés CODECO, 7 tués', place: 'drodro', category: 'attack_on_civilians', perps: ['codeco'], victims: { killed: 7 }, priority: 'critical', fr: true },
  { text: 'FARDC soldiers arrested 5 youths in Kiwanja', place: 'kiwanja', category: 'arbitrary_detention', perps: ['fardc'], victims: {}, priority: 'medium' },
  { text: 'IED found on the Beni-Kasindi road near Mavivi', place: 'mavivi', category: 'explosive_hazard', perps: [], victims: {}, priority: 'medium' },
  { text: 'Menaces contre un défenseur des droits humains à Bunia', place: 'bunia', category: 'threat_intimidation', perps: [], victims: {}, priority: 'medium', fr: true },
  { text: 'M23 positioned on hills above Kanyaruchinya, population fleeing', place: 'kanyaruchinya', category: 'armed_group_movement', perps: ['m23'], victims: {}, priority: 'medium' },
  { text: 'Roadblock by Mai-Mai at Lubero, patrol denied access', place: 'lubero', category: 'access_denial', perps: ['mai-mai'], victims: {}, priority: 'medium' },
  { text: '3 femmes violées à Minova par des hommes armés non identifiés', place: 'minova', category: 'crsv', perps: ['unknown'], victims: { crsvSurvivors: 3 }, priority: 'high', restricted: true, fr: true },
  { text: 'priority:critical place:"Mambasa Centre" type:abduction perp:ADF two women taken', place: 'mambasa-centre', category: 'abduction', perps: ['adf'], victims: { abducted: 2 }, priority: 'critical' },
  { text: 'ADF attack on Eringeti overnight, 12 civilians killed with machetes, houses burned', place: 'eringeti', category: 'attack_on_civilians', perps: ['adf'], victims: { killed: 12 }, priority: 'critical' },
  { text: 'Incursion des ADF à Oicha cette nuit, 6 morts et 3 blessés', place: 'oicha', category: 'attack_on_civilians', perps: ['adf'], victims: { killed: 6, injured: 3 }, priority: 'critical', fr: true },
  { text: 'CODECO attacked Plaine Savo IDP site, 3 killed', place: 'plaine-savo', category: 'attack_on_idp_site', perps: ['codeco'], victims: { killed: 3 }, priority: 'critical' },
  { text: 'Attaque contre le site de déplacés de Rhoe par des CODECO, 5 tués dont 2 enfants', place: 'rhoe', category: 'attack_on_idp_site', perps: ['codeco'], victims: { killed: 5, childrenAffected: 2 }, priority: 'critical', fr: true },
  { text: 'Peacekeepers ambushed near Mbau, 1 injured', place: 'mbau', category: 'attack_on_peacekeepers', perps: [], victims: { injured: 1 }, priority: 'medium' },
  { text: 'Casques bleus pris pour cible par des hommes armés à Komanda', place: 'komanda', category: 'attack_on_peacekeepers', perps: [], victims: {}, priority: 'medium', fr: true },
  { text: 'MONUSCO base in Bule attacked by CODECO this morning', place: 'bule', category: 'attack_on_peacekeepers', perps: ['codeco'], victims: {}, priority: 'medium' },
  { text: 'Deux casques bleus blessés dans une embuscade près d’Eringeti', place: 'eringeti', category: 'attack_on_peacekeepers', perps: [], victims: { injured: 2 }, priority: 'medium', fr: true },
  { text: 'ONG humanitaire pillée à Nizi, 2 agents blessés', place: 'nizi', category: 'attack_on_humanitarians', perps: [], victims: { injured: 2 }, priority: 'medium', fr: true },
  { text: 'MSF staff abducted on the Mambasa-Niania road', place: 'mambasa-centre', category: 'attack_on_humanitarians', perps: [], victims: {}, priority: 'high' },
  { text: 'Children recruited by Mai-Mai in Pinga', place: 'pinga', category: 'child_violation', perps: ['mai-mai'], victims: {}, priority: 'high', restricted: true },
  { text: "Recrutement d'enfants par les Wazalendo à Kitshanga", place: 'kitshanga', category: 'child_violation', perps: ['wazalendo'], victims: {}, priority: 'high', restricted: true, fr: true },
  { text: 'École attaquée à Fataki par des hommes armés', place: 'fataki', category: 'child_violation', perps: [], victims: {}, priority: 'high', restricted: true, fr: true },
  { text: 'a child abducted in Beni territory', place: 'beni-territory', category: 'child_violation', perps: [], victims: { abducted: 1, childrenAffected: 1 }, priority: 'high', restricted: true },
  { text: 'Tension intercommunautaire à Djugu entre Hema et Lendu', place: 'djugu', category: 'intercommunal_tension', perps: [], victims: {}, priority: 'medium', fr: true },
  { text: 'Conflit foncier à Masisi entre deux communautés', place: 'masisi', category: 'intercommunal_tension', perps: [], victims: {}, priority: 'medium', fr: true },
  { text: 'Discours de haine contre la communauté banyamulenge à Minembwe', place: 'minembwe', category: 'hate_speech_incitement', perps: [], victims: {}, priority: 'medium', fr: true },
  { text: 'Hate speech on local radio in Uvira inciting violence', place: 'uvira', category: 'hate_speech_incitement', perps: [], victims: {}, priority: 'medium' },
  { text: 'Mine antipersonnel découverte près de Kamanyola', place: 'kamanyola', category: 'explosive_hazard', perps: [], victims: {}, priority: 'medium', fr: true },
  { text: 'Grenade explosion in Beni town market, 3 injured', place: 'beni', category: 'explosive_hazard', perps: [], victims: { injured: 3 }, priority: 'medium' },
  { text: 'M23 sighted moving towards Sake', place: 'sake', category: 'armed_group_movement', perps: ['m23'], victims: {}, priority: 'medium' },
  { text: 'Mouvement des ADF signalé vers Mavivi', place: 'mavivi', category: 'armed_group_movement', perps: ['adf'], victims: {}, priority: 'medium', fr: true },
  // civilians fleeing a clash: the flight is the report (reports13 en-006, fr-004; en5-058 allows both)
  { text: 'FDLR and Nyatura clash near Kitshanga, civilians fleeing towards Mweso', place: 'kitshanga', category: 'displacement', perps: ['fdlr', 'nyatura'], victims: {}, priority: 'medium' },
  // where people came from is where it happened; households are no count of people
  { text: '300 ménages déplacés arrivés à Minova depuis Kalehe', place: 'kalehe', category: 'displacement', perps: [], victims: {}, priority: 'medium', fr: true },
  { text: 'Pillage de boutiques à Butembo par des militaires FARDC', place: 'butembo', category: 'looting_destruction', perps: ['fardc'], victims: {}, priority: 'medium', fr: true },
  { text: 'Houses burned in Kalunguta by ADF', place: 'kalunguta', category: 'looting_destruction', perps: ['adf'], victims: {}, priority: 'medium' },
  // An attack on a hospital or health centre is one of the six grave violations against children (issue 11).
  { text: 'AFC/M23 fighters looted the health centre in Rubaya', place: 'rubaya', category: 'child_violation', perps: ['m23'], victims: {}, priority: 'high', restricted: true },
  { text: 'Nyatura elements extorting civilians at illegal barrier in Masisi centre', place: 'masisi', category: 'looting_destruction', perps: ['nyatura'], victims: {}, priority: 'medium' },
  { text: 'Un journaliste menacé de mort à Goma', place: 'goma', category: 'threat_intimidation', perps: [], victims: {}, priority: 'medium', fr: true },
  { text: "Menace d'attaque des ADF sur Oicha selon la société civile", place: 'oicha', category: 'threat_intimidation', perps: ['adf'], victims: {}, priority: 'medium', fr: true },
  { text: 'PNC arrested 12 people at a market in Bukavu, held without charge', place: 'bukavu', category: 'arbitrary_detention', perps: ['pnc'], victims: {}, priority: 'medium' },
  { text: 'Youth tortured by FARDC in Rutshuru centre', place: 'rutshuru', category: 'torture_ill_treatment', perps: ['fardc'], victims: {}, priority: 'medium' },
  { text: 'Patrol denied access at FARDC checkpoint in Nyiragongo territory', place: 'nyiragongo-territory', category: 'access_denial', perps: ['fardc'], victims: {}, priority: 'medium' },
  { text: 'Attack imminent on Bunagana according to community alert network', place: 'bunagana', category: 'attack_on_civilians', perps: [], victims: {}, priority: 'critical' },
  { text: 'Attaque des ADF en cours à Mangina, tirs nourris', place: 'mangina', category: 'attack_on_civilians', perps: ['adf'], victims: {}, priority: 'critical', fr: true },
  { text: 'Une femme violée à Walikale par deux hommes en uniforme', place: 'walikale', category: 'crsv', perps: [], victims: { crsvSurvivors: 1 }, priority: 'high', restricted: true, fr: true },
  { text: '12 women raped in Shabunda by Raia Mutomboki', place: 'shabunda', category: 'crsv', perps: ['raia-mutomboki'], victims: { crsvSurvivors: 12 }, priority: 'high', restricted: true },
  // A singular victim with no number is one (issue 11); "enlevée puis violée" is the same woman twice harmed.
  { text: 'Femme enlevée puis violée par des éléments Nyatura à Mweso', place: 'mweso', category: 'crsv', perps: ['nyatura'], victims: { abducted: 1, crsvSurvivors: 1 }, priority: 'high', restricted: true, fr: true },
  { text: 'Twirwaneho fighters abducted 3 cattle herders near Minembwe', place: 'minembwe', category: 'abduction', perps: ['twirwaneho'], victims: { abducted: 3 }, priority: 'high' },
  { text: 'Kidnapping of 4 traders on the Komanda-Luna axis by ADF', place: 'komanda', category: 'abduction', perps: ['adf'], victims: { abducted: 4 }, priority: 'high' },
  { text: 'Les Wazalendo ont enlevé deux femmes à Nyabiondo', place: 'nyabiondo', category: 'abduction', perps: ['wazalendo'], victims: { abducted: 2 }, priority: 'high', fr: true },
  { text: 'Une dizaine de civils tués à Mambasa territoire', place: 'mambasa-territory', category: 'attack_on_civilians', perps: [], victims: { killed: 10 }, priority: 'critical', fr: true },
  { text: 'vingt-cinq personnes tuées et une quarantaine enlevées à Bule', place: 'bule', category: 'attack_on_civilians', perps: [], victims: { killed: 25, abducted: 40 }, priority: 'critical', fr: true },
  { text: 'Zaïre militia killed 2 farmers in their fields at Largu', place: 'largu', category: 'attack_on_civilians', perps: ['zaire'], victims: { killed: 2 }, priority: 'high' },
  { text: 'Two IDPs killed by unknown armed men near Bulengo', place: 'bulengo', category: 'attack_on_civilians', perps: ['unknown'], victims: { killed: 2 }, priority: 'high' },
  // (C18: a child taken by an armed group is a child violation, restricted, the killings beside it notwithstanding; t42, reports42)
  { text: 'ADF killed 4 civilians and abducted a child near Oicha', place: 'oicha', category: 'child_violation', perps: ['adf'], victims: { killed: 4, abducted: 1, childrenAffected: 1 }, priority: 'high', restricted: true },
  { text: 'Shooting heard in Mugunga IDP site, gunmen looting shelters', place: 'mugunga', category: 'attack_on_idp_site', perps: [], victims: {}, priority: 'critical' },
  { text: 'Beni: ADF attack repelled by FARDC, no casualties', place: 'beni', category: 'attack_on_civilians', perps: ['adf'], victims: { killed: 0, injured: 0 }, priority: 'medium' },
  // gunfire only heard, people fleeing: the flight is the incident
  { text: 'Tirs entendus à Kiwanja, situation tendue, population en fuite', place: 'kiwanja', category: 'displacement', perps: [], victims: {}, priority: 'medium', fr: true },
  { text: 'update from Beni: armed men seen moving towards Mavivi at dawn', place: 'mavivi', category: 'armed_group_movement', perps: [], victims: {}, priority: 'medium' },
  { text: '3 women sexually assaulted by FDLR elements in Bibokoboko', place: 'bibokoboko', category: 'crsv', perps: ['fdlr'], victims: { crsvSurvivors: 3 }, priority: 'high', restricted: true },
  { text: 'Nothing to report from Mahagi today', place: 'mahagi', category: 'other', perps: [], victims: {}, priority: 'low' },
];

const NO_VICTIMS: Victims = { killed: null, injured: null, abducted: null, crsvSurvivors: null, childrenAffected: null, displaced: null };

describe('quick reports from the field', () => {
  it('has a realistic table of at least 45 reports', () => {
    expect(REPORTS.length).toBeGreaterThanOrEqual(45);
  });

  it.each(REPORTS)('$text', (row) => {
    const r = parse(row.text);
    expect(r.place?.id ?? null).toBe(row.place);
    expect(r.category).toBe(row.category);
    expect(r.perpetrators.map((p) => p.actorId)).toEqual(row.perps);
    expect(r.victims).toEqual({ ...NO_VICTIMS, ...row.victims });
    expect(r.priority).toBe(row.priority);
    expect(r.sensitivity).toBe(row.restricted ? 'restricted' : 'standard');
    expect(r.language).toBe(row.fr ? 'fr' : 'en');
    expect(r.conductMatter).toBe(false);
    expect(r.warnings).toEqual([]);
  });
});

describe('the issue example', () => {
  const r = parse('Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected');

  it('is understood in full', () => {
    expect(r).toEqual({
      description: 'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected',
      category: 'attack_on_civilians',
      categoryFromText: true,
      categoryGuess: null,
      subType: 'killing',
      place: mission.places.find((p) => p.id === 'kamango'),
      locationText: 'Kamango market',
      perpetrators: [{ actorId: 'adf', name: 'ADF' }],
      hostState: false,
      victims: { ...NO_VICTIMS, killed: 4, abducted: 2 },
      underway: false,
      priority: 'high',
      priorityOverridden: false,
      sensitivity: 'standard',
      sourceType: null,
      language: 'en',
      conductMatter: false,
      alternatives: [],
      unsure: [],
      sexualViolenceSignal: false,
      childVictim: false,
      killingSignal: true,
      killedAtLeast: null,
      idpSiteAttacked: false,
      abductionSignal: true,
      warnings: [],
    });
    expect(r.place).toMatchObject({ territory: 'Beni', province: 'North Kivu', fieldOffice: 'beni' });
  });

  it('gives the French child abduction its restricted child-violation reading', () => {
    const fr = parse("Deux enfants enlevés près de l'école de Mambasa, CODECO");
    expect(fr).toMatchObject({ category: 'child_violation', subType: 'abduction', sensitivity: 'restricted', language: 'fr', locationText: 'école de Mambasa' });
    expect(fr.place).toMatchObject({ id: 'mambasa-centre', level: 'locality' });
  });
});

describe('overrides', () => {
  it('removes understood overrides and applies them', () => {
    const r = parse('priorité:haute lieu:Bunia auteur:CODECO,ADF type:enlèvement source:patrouille trois personnes kidnappées');
    expect(r.description).toBe('trois personnes kidnappées');
    expect(r).toMatchObject({ priority: 'high', priorityOverridden: true, category: 'abduction', categoryFromText: false, sourceType: 'patrol' });
    expect(r.place?.id).toBe('bunia');
    expect(r.perpetrators).toEqual([{ actorId: 'codeco', name: 'CODECO' }, { actorId: 'adf', name: 'ADF' }]);
    expect(r.victims.abducted).toBe(3);
    expect(r.warnings).toEqual([]);
  });

  it('accepts quoted values with curly or French quotes', () => {
    expect(parse('place:“Mambasa Centre” attack').place?.id).toBe('mambasa-centre');
    expect(parse('lieu:« Plaine Savo » attaque').place?.id).toBe('plaine-savo');
  });

  it('keeps unknown perpetrators as free text', () => {
    const r = parse('perp:"some group" looting in Komanda, restricted:oui');
    expect(r.perpetrators).toEqual([{ actorId: null, name: 'some group' }]);
    expect(r.description).toBe('looting in Komanda');
    expect(r.sensitivity).toBe('restricted');
    expect(parse('perp:unknown shots fired in Beni').perpetrators).toEqual([{ actorId: 'unknown', name: 'Unknown' }]);
  });

  // Nothing typed is ever dropped: a '+' or '&' inside a free-text name is part of it (masking is for display).
  it.each<[string, Array<string | null>, string[]]>([
    ['perp:"Kavira\'s men call +243 81 555 0101 or tips@example.org" shots in Beni', [null], ["Kavira's men call +243 81 555 0101 or tips@example.org"]],
    ['perp:"bandits & deserters" vol à Butembo', [null], ['bandits & deserters']],
    ['perp:ADF+Mai-Mai attack on Kamango', ['adf', 'mai-mai'], ['ADF', 'Mai-Mai']],
    ['auteurs:"FARDC & M23" tirs à Sake', ['fardc', 'm23'], ['FARDC', 'M23']],
    ['perp:"ADF, gang + 2 motos" looting in Oicha', ['adf', null], ['ADF', 'gang + 2 motos']],
  ])('keeps the whole override value: %s', (text, ids, names) => {
    const r = parse(text);
    expect(r.perpetrators.map((p) => p.actorId)).toEqual(ids);
    expect(r.perpetrators.map((p) => p.name)).toEqual(names);
  });

  it('keeps a bad value in the description and says why', () => {
    const r = parse('priority:urgent 4 killed in Oicha');
    expect(r.description).toBe('priority:urgent 4 killed in Oicha');
    expect(r.priority).toBe('high');
    expect(r.priorityOverridden).toBe(false);
    expect(r.warnings).toEqual(['"priority:urgent": priority is critical, high, medium or low (critique, haute, moyenne, basse); kept in the description']);
    expect(parse('type:banana attack').warnings[0]).toMatch(/^"type:banana": not a category/);
    expect(parse('restricted:maybe attack').warnings[0]).toMatch(/^"restricted:maybe": restricted is yes or no/);
    expect(parse('source:rumour attack').warnings[0]).toMatch(/^"source:rumour": source is/);
    expect(parse('killed:many attack').warnings[0]).toMatch(/^"killed:many": a count is a number/);
  });

  it('keeps an unknown key in the description with a warning', () => {
    const r = parse('foo:bar attack in Beni');
    expect(r.description).toBe('foo:bar attack in Beni');
    expect(r.warnings).toEqual(['Unknown override "foo:bar" kept in the description']);
  });

  it('keeps an unknown place as location text', () => {
    const r = parse('place:"Kinshasa-X" 2 killed');
    expect(r.place).toBeNull();
    expect(r.locationText).toBe('Kinshasa-X');
    expect(r.description).toBe('2 killed');
    expect(r.warnings).toEqual(['Place "Kinshasa-X" is not in the gazetteer; kept as the location text']);
  });

  it('finds a gazetteer place inside a longer place value', () => {
    const r = parse('place:"Kamango market" shooting');
    expect(r.place?.id).toBe('kamango');
    expect(r.locationText).toBe('Kamango market');
  });

  it('lets the place override win over the text', () => {
    expect(parse('place:Oicha attack on the road from Beni').place?.id).toBe('oicha');
  });

  it('sets counts and categories from keywords', () => {
    const r = parse('killed:3 tués:deux blessés:4 abducted:0 type:viol attack at Sake');
    expect(r.victims).toMatchObject({ killed: 2, injured: 4, abducted: 0 });
    expect(r.category).toBe('crsv');
    expect(r.sensitivity).toBe('restricted');
    expect(parse('type:attack_on_idp_site Rhoe').priority).toBe('critical');
    expect(parse('catégorie:"Attaque contre des civils" Rhoe').category).toBe('attack_on_civilians');
  });

  it('cannot make a CRSV or child case standard', () => {
    const r = parse('restricted:no 2 women raped in Kalehe');
    expect(r.sensitivity).toBe('restricted');
    expect(r.description).toBe('2 women raped in Kalehe');
    expect(r.warnings).toEqual(['restricted:no ignored: CRSV and child-violation cases are always restricted']);
    expect(parse('restreint:non enfants recrutés à Pinga').sensitivity).toBe('restricted');
    expect(parse('restricted:yes FARDC arrested a chief in Kiwanja').sensitivity).toBe('restricted');
    expect(parse('restricted:no FARDC arrested a chief in Kiwanja').sensitivity).toBe('standard');
  });

  it('reads every source value', () => {
    const cases: Array<[string, string]> = [
      ['can', 'community_alert_network'],
      ['community_alert_network', 'community_alert_network'],
      ['patrol', 'patrol'],
      ['patrouille', 'patrol'],
      ['unpol', 'unpol'],
      ['hr', 'human_rights_monitoring'],
      ['human_rights_monitoring', 'human_rights_monitoring'],
      ['humanitarian_partner', 'humanitarian_partner'],
      ['media', 'media'],
      ['other', 'other'],
    ];
    for (const [value, source] of cases) expect(parse(`source:${value} attack at Beni`).sourceType).toBe(source);
  });

  it('does not take URLs, times, emoji or mentions for overrides', () => {
    const text = 'Attack at 10:30 near Oicha, see http://example.org/x and <https://x.y|link> :fire: <@U123|bob> ratio 3:1';
    const r = parse(text);
    expect(r.description).toBe(text);
    expect(r.warnings).toEqual([]);
    expect(r.place?.id).toBe('oicha');
  });

  it('leaves the comma that followed an override out, but nothing else', () => {
    expect(parse('priority:high, 4 killed in Mbau').description).toBe('4 killed in Mbau');
    expect(parse('4 killed, priority:high, in Mbau').description).toBe('4 killed, in Mbau');
  });
});

describe('nothing typed is dropped', () => {
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  it.each([
    'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected',
    'priority:critical place:"Mambasa Centre" type:abduction perp:ADF two women taken by men in uniform (unconfirmed)',
    'Situation confuse à Kiwanja; la population dit avoir vu des hommes armés — à vérifier!!! priorité:haute',
    'foo:bar priority:urgent Kalehe: chief says "they will come back" #worried',
    'place:"Kinshasa-X" witness phone +243 999 000 000, call before 10:30',
  ])('%s', (text) => {
    const r = parse(text);
    const removed = ['priority:critical', 'place:"Mambasa Centre"', 'type:abduction', 'perp:ADF', 'priorité:haute', 'place:"Kinshasa-X"'];
    const kept = words(text).filter((w) => !removed.some((o) => o.split(/\s+/).includes(w)));
    for (const w of kept) expect(words(r.description)).toContain(w);
  });

  it('survives emoji, HTML, script tags and SQL quotes', () => {
    const text = "🔥🔥 <script>alert('x')</script> '; DROP TABLE alerts; -- attaque à Goma \"quoted\" &amp; <b>bold</b> 👀";
    const r = parse(text);
    expect(r.description).toBe(text);
    expect(r.place?.id).toBe('goma');
    expect(r.category).toBe('attack_on_civilians');
  });

  it('handles a 4000-character report', () => {
    const text = `${'Armed men attacked Kamango market, 4 killed. '.repeat(90)}end`.slice(0, 4000);
    expect(text).toHaveLength(4000);
    const r = parse(text);
    expect(r.description).toBe(text.trim());
    expect(r.place?.id).toBe('kamango');
    expect(r.category).toBe('attack_on_civilians');
  });

  it('returns an empty other report for empty text (callers refuse it)', () => {
    for (const text of ['', '   ', '\n']) {
      const r = parse(text);
      expect(r).toMatchObject({ description: '', category: 'other', categoryFromText: false, place: null, perpetrators: [], priority: 'low', sensitivity: 'standard' });
      expect(r.victims).toEqual(NO_VICTIMS);
    }
  });
});

describe('sexual exploitation and abuse by UN personnel', () => {
  it.each([
    'Peacekeeper accused of sexual exploitation of a girl in Bunia',
    "Allégation d'EAS impliquant un casque bleu à Beni",
    'SEA case reported involving MONUSCO contractor in Goma',
    'Exploitation et abus sexuels par des casques bleus à Bunia',
    'A woman raped by a peacekeeper near the base in Kiwanja',
    'Un casque bleu a violé une jeune fille à Sake',
    'A peacekeeper sexually exploited a girl near the base in Bunia',
    'A peacekeeper impregnated a 16-year-old girl in Bunia',
    'MONUSCO soldier had sex with a minor near the base in Kiwanja',
    'Contingent soldier fathered a child with a local woman in Sake',
    'Casques bleus payent des femmes pour des relations sexuelles à Bunia',
  ])('%s is a conduct matter', (text) => {
    expect(parse(text).conductMatter).toBe(true);
  });

  it.each([
    'A girl was raped near the MONUSCO base in Bunia',
    '12 women raped in Shabunda by Raia Mutomboki',
    'Peacekeepers evacuated two women who had been raped by ADF in Mbau',
    'Patrol on the sea shore of Lake Albert at Kasenyi',
    'MONUSCO patrol found a woman raped by Mai-Mai near Pinga',
    'Viol d une femme par des FARDC près de la base MONUSCO de Kiwanja',
  ])('%s is not', (text) => {
    expect(parse(text).conductMatter).toBe(false);
  });
});

describe('other readings', () => {
  it('flags host-state perpetrators', () => {
    expect(parse('FARDC soldiers arrested 5 youths in Kiwanja').hostState).toBe(true);
    expect(parse('Police nationale congolaise arrested 3 in Goma').perpetrators).toEqual([{ actorId: 'pnc', name: 'PNC' }]);
    expect(parse('ADF attack on FARDC positions near Mbau').perpetrators.map((p) => p.actorId)).toEqual(['adf']);
    expect(parse('ADF attack on FARDC positions near Mbau').hostState).toBe(false);
  });

  it('does not read "an unknown number" as an unknown perpetrator', () => {
    expect(parse('An unknown number of civilians fled Kibirizi').perpetrators).toEqual([]);
  });

  it('says what is under way, and not an investigation under way', () => {
    expect(parse('Attaque en cours à Drodro').underway).toBe(true);
    expect(parse('ADF attack ongoing in Oicha right now').underway).toBe(true);
    expect(parse('Enquête en cours sur les tirs à Bunia').underway).toBe(false);
    expect(parse('Tension en cours à Djugu').underway).toBe(false);
  });

  it('counts no survivor for SEA wording', () => {
    expect(parse('A peacekeeper sexually exploited a girl near the base in Bunia').victims.crsvSurvivors).toBeNull();
  });

  it('keeps unknown counts unknown and reads zero only when said', () => {
    expect(parse('Attack on Oicha, casualties unknown').victims).toEqual(NO_VICTIMS);
    expect(parse('Attack at Oicha, no one was killed').victims).toEqual({ ...NO_VICTIMS, killed: 0 });
    expect(parse('Attaque à Oicha, aucun mort').victims.killed).toBe(0);
    expect(parse('ADF killed 20 km from Beni').victims.killed).toBeNull();
    expect(parse('M23 killed 4 in Kishishe').victims.killed).toBe(4);
  });

  it('passes the mission priority floor through', () => {
    const floored = createIntakeContext({ places: mission.places, actors: mission.actors, categoryPriority: { explosive_hazard: 'high' } });
    expect(parseQuickReport('IED found near Mavivi', floored).priority).toBe('high');
    expect(parse('IED found near Mavivi').priority).toBe('medium');
  });

  it('guesses a location text when no gazetteer place matches', () => {
    const r = parse('Shooting heard near Kalima last night');
    expect(r.place).toBeNull();
    expect(r.locationText).toBe('Kalima');
  });

  it('names sub-types', () => {
    expect(parse('IED found near Mavivi').subType).toBe('ied');
    expect(parse('CODECO attacked Plaine Savo IDP site').subType).toBe('idp_camp');
    expect(parse('Children recruited by Mai-Mai in Pinga').subType).toBe('recruitment');
    expect(parse('Peacekeepers ambushed near Mbau, 1 injured').subType).toBe('maiming');
    expect(parse("Menace d'attaque des ADF sur Oicha").subType).toBe('threat_of_attack');
  });

  it('accepts a mission-like object or a prebuilt gazetteer as context', () => {
    const text = 'Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected';
    const viaMission = parseQuickReport(text, mission);
    expect(parseQuickReport(text, mission)).toEqual(viaMission);
    expect(viaMission).toEqual(parse(text));
    const viaGazetteer = parseQuickReport(text, { places: createGazetteer(mission.places), actors: mission.actors });
    expect(viaGazetteer.place?.id).toBe('kamango');
    // (with no actor list, "ADF suspected" is a group named as the suspect, kept as free text)
    expect(parseQuickReport(text, { places: mission.places }).perpetrators).toEqual([{ actorId: null, name: 'ADF' }]);
  });
});
