import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const doers = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes taught from pending reports36 (PoC working-group case reports), invented sentences in both languages.

describe('C18/C1: a host force that caught, received or handed over children leaving a group on their way to child protection did not do it', () => {
  it.each([
    ['4 children who escaped the ADF surrendered to FARDC and were handed over to MONUSCO CP', 'adf', 'fardc'],
    ['2 boys captured by FARDC during operations, handed to MONUSCO CP; they say ADF took them in March', 'adf', 'fardc'],
    ['child soldier (15) from a wazalendo grp arrested by fardc at a barrier, handed to monusco cp 2day', 'wazalendo', 'fardc'],
    ['a Mai-Mai child soldier surrendered to the FARDC at Lubero, transferred to a CP partner', 'mai-mai', 'fardc'],
    ['un garçon de 11 ans otage des ADF s\'est échappé et a rejoint une position FARDC; remis à la PE', 'adf', 'fardc'],
    ['enfant soldat de 16 ans du groupe Wazalendo remis à la MONUSCO par les FARDC ce jour', 'wazalendo', 'fardc'],
    ['2 enfants sortis des CODECO se sont rendus aux FARDC, confiés à la protection de l\'enfance', 'codeco', 'fardc'],
    ['enfant soldat nyatura arrete par les fardc a la barriere, remis a la monusco pe', 'nyatura', 'fardc'],
  ])('%s', (text, group, force) => {
    const r = parse(text);
    expect(r.category).toBe('child_violation');
    expect(doers(text)).toContain(group);
    expect(doers(text)).not.toContain(force);
  });
  it.each([
    ['child soldier from a Wazalendo group arrested by FARDC and beaten at the camp before being handed to MONUSCO CP'],
    ['un enfant soldat Mai-Mai torturé par les FARDC puis remis à la MONUSCO'],
    ['FARDC arrested 2 boys accused of being Mai-Mai at Lubero, still detained at the camp'],
  ])('the force harmed them or kept them: %s', (text) => {
    expect(doers(text)).toContain('fardc');
  });
});

describe('C23: held by an armed group and let go against a sum is an abduction; held with no price is a detention', () => {
  it.each([
    ['3 motards détenus par les Wazalendo, relâchés contre 10000fc chacun', 3, 'wazalendo'],
    ['5 fishermen held by Mai-Mai near Vitshumbi, freed against 200 USD', 5, 'mai-mai'],
    ['2 traders detained by M23 at Kiwanja, released against 100$', 2, 'm23'],
    ['4 creuseurs détenus par les Raia Mutomboki, libérés moyennant 30 000 FC', 4, 'raia-mutomboki'],
    ['un enseignant arrêté par les services du M23 à Kitshanga, libéré après 4 jours', 1, 'm23'],
  ])('%s', (text, abducted, doer) => {
    const r = parse(text);
    expect(r).toMatchObject({ category: 'abduction', priority: 'high' });
    expect(r.victims.abducted).toBe(abducted);
    expect(doers(text)).toContain(doer);
  });
  it.each([
    ['2 traders held by M23 at Kiwanja, released after 3 days', 'm23'],
    ['le M23 détient 8 creuseurs dans un conteneur à Rubaya', 'm23'],
    ['M23 detained 11 diggers accused of smuggling coltan', 'm23'],
    ['3 membres de la société civile détenus par les services de sécurité à Goma', null],
  ])('no price: %s', (text, doer) => {
    const r = parse(text);
    expect(r.category).toBe('arbitrary_detention');
    expect(r.victims.abducted).toBeNull();
    if (doer) expect(doers(text)).toContain(doer);
  });
});

describe('C1: a host force arresting those suspected of a crime, the crime said after the arrest, answered it', () => {
  it.each([
    ["Oicha: 5 persons arrested by PNC for yesterday's lynching of a suspected thief", 'pnc'],
    ['PNC Beni arrested a man in Paida for the rape of a 6-year-old girl', 'pnc'],
    ['police arrested 2 men for the murder of a moto driver in Beni', 'pnc'],
    ['PNC Bunia arrested 4 members of a gang of armed robbers in Lumumba', 'pnc'],
    ['3 personnes arrêtées par la PNC pour le lynchage du présumé voleur à Mangina', 'pnc'],
    ["la PNC a arrêté un homme soupçonné d'avoir violé une fillette de 7 ans", 'pnc'],
    ['La PNC de Butembo a interpellé 6 présumés voleurs à main armée', 'pnc'],
    ['les FARDC ont arrêté 2 hommes pour le meurtre du chef de Mbau', 'fardc'],
    ['pnc a arrete 3 membres d\'une bande de voleurs a beni', 'pnc'],
    ['a woman buried alive by relatives at Nioka; PNC arrested 4.', 'pnc'],
    ['PNC arrested 4 robbers in Lumumba neighbourhood', 'pnc'],
    ['la police a interpellé 3 braqueurs au quartier Kimemi', 'pnc'],
    ['une femme enterrée vivante par sa famille à Ngote; la PNC a arrêté 3 personnes.', 'pnc'],
  ])('%s', (text, force) => {
    expect(doers(text)).not.toContain(force);
  });
  it.each([
    ['PNC arrested a journalist for talking to the UN in Beni', 'pnc'],
    ['FARDC arrested 4 men suspected of being ADF collaborators', 'fardc'],
    ["des jeunes arretes par les FARDC hier accuses d'etre des voleurs, 9 personnes", 'fardc'],
    ['la PNC a arrêté 4 jeunes accusés de vol au marché', 'pnc'],
    ['PNC arrested 20 people in a raid at Gety', 'pnc'],
    ['3 fishermen fled to Uvira, FARDC arrested 2.', 'fardc'],
    ["Après l'attaque des ADF à Mbau, les FARDC ont arrêté 10 jeunes.", 'fardc'],
    ['police arrested 2 men for the murder of a moto driver and beat them at the station', 'pnc'],
  ])('the force did it: %s', (text, force) => {
    expect(doers(text)).toContain(force);
  });
});

describe('a quarrel over a chief\'s seat whose sides clash is a tension between communities, not an attack', () => {
  it.each([
    ['chieftaincy dispute in Bahema Nord between two claimants, their supporters clashed with sticks at Bule, 4 injured'],
    ['Drodro: chieftaincy conflict, supporters of the 2 claimants fought near the market, 3 hurt'],
    ['succession dispute at Bule between two families, their supporters clashed, 2 injured'],
    ['conflit de pouvoir coutumier chez les Walendu Pitsi, les partisans des deux prétendants se sont affrontés à Drodro, 2 blessés'],
    ['conflit coutumier a bule, les partisans des 2 pretendants se sont battus, 3 blessés'],
    ['conflit de succession à la chefferie de Bahema Nord, tension entre les deux camps'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('intercommunal_tension');
  });
  it.each([
    ['chieftaincy dispute at Bule: the chief was killed by CODECO last night', 'attack_on_civilians'],
    ['conflit coutumier: le chef de groupement tué par des hommes armés à Bule', 'attack_on_civilians'],
  ])('an armed killing stays the killing: %s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a call for revenge in messages, with no people after it, is incitement', () => {
  it.each([
    ["Facebook messages accusing the Hema of 'financing' CRP and calling for revenge since the Pimbo attack"],
    ['WhatsApp audio circulating in Bunia calling for revenge after the Pimbo attack'],
    ['tracts calls for revenge found in Djugu market'],
    ["messages sur Facebook accusant les Hema de financer la CRP et appelant à la vengeance depuis l'attaque de Pimbo"],
    ['audios whatsapp appelant a la vengeance apres l attaque de Pimbo'],
  ])('%s', (text) => {
    expect(parse(text).category).toBe('hate_speech_incitement');
  });
  it.each([['Bunia: fear of revenge attacks after the killing of 2 Hema herders'], ['tension à Fataki, les jeunes parlent de vengeance']])('revenge alone is no call: %s', (text) => {
    expect(parse(text).category).not.toBe('hate_speech_incitement');
  });
});
