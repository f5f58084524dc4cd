import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);
const ids = (text: string) => parse(text).perpetrators.map((p) => p.actorId ?? p.name);

// Classes of wording for the long-tail categories (tests/corpus/reports7.*), invented sentences of each class in both
// languages and SMS spellings, and the look-alikes that must not be read as them.

describe('threats without the word: calls, lists, "we know where you live", followed or watched, ultimatums, summons, informers', () => {
  it.each([
    'Chef de village de Kibirizi: on lui a dit qu\'on sait où dorment ses enfants',
    'Radio presenter in Beni received calls saying he will regret his programme on the killings',
    'CAN focal point in Kamango says unknown men keep asking neighbours where he sleeps',
    'un enseignant de Mweso suivi jusqu\'a chez lui par 2 motards depuis 3 jours',
    'The Rubaya chief was told to withdraw his complaint against the Wazalendo or face consequences',
    'Le pasteur de Minova convoqué par le commandant FARDC après son sermon, prié de se taire',
    'ADF sent word to Eringeti traders that anyone talking to FARDC will pay',
    'informateur de la MONUSCO a Pinga: les NDC-R ont dit qu\'ils savent qui il est',
    'Mavivi: a list with names of \'collaborators\' pinned on the market wall, people scared',
    'M23 gave the population of Rubare until Monday to hand over their young men',
    'journaliste de Bunia recoit des sms anonymes: \'arrete ou tu vas voir\'',
    'Human rights defender in Uvira says his house is being watched every night by men in uniform',
    'Kiwanja: the chief\'s son got a message \'we are watching you\', he fled to Goma',
    'Un activiste de la LUCHA à Goma a reçu des menaces par WhatsApp après sa publication',
    'Les Raia Mutomboki ont donné aux habitants de Kalonge jusqu\'à samedi pour payer 5000 FC par ménage',
    'Nyatura told the Kilolirwe teacher they will come back for him if he keeps talking',
    'msg anonyme a un relais de Butembo: \'tes jours sont comptés\'',
    'Eringeti: a CAN member says men keep passing by his house at night asking for him',
    'Pinga: les NDC-R ont promis de punir tous ceux qui parlent aux FARDC',
    'menaces contre le chef de Bulengo pr avoir denonce les pillages des militaires',
    'HRD ds Uvira recoit appels anonymes depuis lundi, dit qu il a peur',
    'Les Wazalendo ont averti les motards de Sake: qui transporte des M23 sera tué',
    'CODECO warned Largu residents that anyone seen with FARDC will be killed',
    'an informant in Oicha was told by ADF collaborators that they know what he did',
    'Le président de la jeunesse de Kitshanga convoqué par les M23 et sommé de fournir 20 jeunes',
    'le chef de localite de Kasugho a recu une lettre lui demandant de quitter le village sous 3 jours',
    'Sake: des inconnus ont glissé sous la porte du relais un papier \'tu es le prochain\'',
    'Nande traders in Kanyabayonga told by wazalendo to contribute or be considered M23 collaborators',
    'teacher in Bunia says ANR agents keep calling him since he spoke to the press',
    'Journalist of Radio Okapi Bukavu received a coffin-shaped note at his door',
    'un temoin du proces de Bunia a ete approche et prie de changer sa version',
    'CODECO passed in Fataki at night and painted crosses on the doors of those who work with MONUSCO',
    'm23 cadres told the Rubare chief he will be the next if he keeps reporting',
    'hrd ds kiwanja recoit msgs de menace depuis lundi',
    'relais CAN d eringeti: adf ont dit k ils vont le tuer s il parle encore',
    'chef de grpmt de Bapere menace par maimai, ils exigent 10 chevres',
    'pasteur de minova averti par fardc de ne plus parler des pillages',
    'joernalist in beni gets calls \'stop ur show or u die\'',
    'The wife of a CAN member in Mangina was told her husband \'talks too much\'',
    'Mai-Mai have posted a note at the Lubero market: traders who refuse the tax will be \'visited\'',
    'Un chef coutumier de Walikale sommé par les NDC-R de livrer 10 jeunes sous peine de représailles',
    'Des hommes armés rôdent autour du domicile d\'un défenseur des droits humains à Uvira chaque nuit',
    'Gunmen came asking for the teacher at the Kirumba school, he is now in hiding',
    'Eringeti: an informer for FARDC got a warning via his brother to leave town',
    'Les Maï-Maï ont fait savoir au chef de Kirumba qu\'il sera le prochain s\'il continue à collaborer avec les FARDC',
    'un membre de la societe civile de beni recoit des appels de menaces depuis son intervention a la radio',
    'Des inconnus ont déposé une balle devant la porte du président des jeunes de Kiwanja',
    'Les CODECO ont prévenu les habitants de Djaiba: ceux qui hébergent des Hema seront punis',
    'Menace contre une enseignante de Mambasa après sa plainte contre un militaire',
    'Le chef de groupement de Bashali intimidé par des éléments armés qui lui réclament de l\'argent',
    'journo in goma threatnd by m23 sympathisers on fb, they posted his home address',
    'CAN focal pt kamango: ADF sent msg via a herder that they r coming for him',
    'chief of mabalako told by maimai to pay 500$ by sunday or else',
    'local HRD in uvira: 2 men on moto waited outside his office all day, followed him after',
    'Le président de la société civile de Kalehe a reçu un SMS: \'tu seras éliminé\'',
    'The Wazalendo commander warned the Kibirizi priest: \'stop preaching about us\'',
    // ("threatened with rape" is restricted since C17 and DESIGN's fail-closed rule: rape-threatened.test.ts)
    'wazalendo wamesema watamuua mwalimu wa Kibirizi, he is scared',
    'M23 have told Rubare motards: \'tutawaua\' if they carry wazalendo',
    'Le chef de Kibumba a reçu un message: \'tuko na wewe\' (on te surveille)',
    'A JHRO source in Mahagi was visited at night by men who said they know he talks to the UN',
    'Les Zaïre ont convoqué les notables de Djugu et menacé de brûler le village s\'ils collaborent avec les FARDC',
    'Women of the Sake market told to close their stalls or \'face the wrath\' of the Wazalendo',
    'Un enseignant de Beni accusé d\'être un espion des ADF par des jeunes, il craint pour sa vie',
    'Kasindi: des hommes armés exigent que le chef leur livre les noms des jeunes qui parlent aux FARDC',
    'Des tracts signés \'les patriotes\' promettent la mort aux collaborateurs de la MONUSCO à Beni',
    'The Kalehe radio director was warned by phone to stop broadcasting the JHRO report',
    'm23 elements went door to door in Kiwanja looking for \'informers\', residents scared',
    'Le chef du village de Mubambiro a reçu l\'ordre de quitter les lieux avant la fin de la semaine',
    'Women\'s rights activist in Bukavu got a WhatsApp photo of her children outside their school',
    'Leaflets in Oicha warn residents that anyone who collaborates with FARDC will have their house burnt',
    'Human rights defender in Bunia reports anonymous men photographing his house',
    'Un journaliste de Mambasa dit être filé par des agents en civil depuis son reportage',
    'Local chief of Bulongo reports receiving repeated intimidation visits from FARDC intelligence officers',
    'PNC officer in Uvira told a woman who filed a complaint that she \'will regret it\'',
    'Mai-Mai issued a 72-hour ultimatum to traders in Lubero to pay a \'security contribution\'',
    'A pastor in Kamango who preached against ADF received a phone call saying \'we are coming\'',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('access denied: barriers, patrols stopped or turned back, clearance refused, NGOs kept out', () => {
  it.each([
    'Humanitarian convoy stuck at Sake for 2 days, M23 demand a permit from their administration',
    'La patrouille de la MONUSCO empêchée d\'entrer à Kitshanga par des jeunes',
    'FARDC refused to let the UNJHRO team visit the Bunia prison',
    'les wazalendo interdisent aux ONG de passer sur l\'axe Sake-Mushaki',
    'Patrol turned around at Kibirizi after wazalendo blocked the bridge',
    'Mission de vérification bloquée à l\'entrée de Rutshuru par les M23',
    'WFP trucks held at a barrier in Kanyabayonga, drivers told to pay 100$ each',
    'M23 refusent l\'accès de la route Goma-Rutshuru aux humanitaires',
    'monusco patrol refused passage at kalehe by fardc, no reason given',
    'UNICEF team stopped at the entrance of Masisi centre by Nyatura, told to go back',
    'Wazalendo at Kibati refused to let the MONUSCO patrol through without an escort from them',
    'Les CODECO ne laissent plus passer les ONG vers Djaiba',
    'NGOs cant reach Lubero villages, M23 closed the road',
    'L\'équipe du BCNUDH n\'a pas pu accéder au cachot de Kalehe, le commandant a refusé',
    'convoi humanitaire bloqué depuis 3 jours a la barriere de Kibati',
    'Les FARDC ont refusé l\'autorisation de patrouille vers Mutwanga',
    'M23 ordered the ICRC team out of Bunagana',
    'aid trucks stopped and sent back at Rubaya by wazalendo',
    'FARDC stopped the JHRO mission at Mahagi and asked for an ordre de mission from Kinshasa',
    'La route Bunia-Mahagi fermée par les CODECO, aucun véhicule humanitaire ne passe',
    'Wazalendo did not allow the MSF mobile clinic into Kibirizi today',
    'les M23 exigent que les ONG passent par leur administration pour aller a Kiwanja',
    'Team of OCHA turned away at the Kanyabayonga bridge by soldiers',
    'patrouille de la monusco empechee de passer a Kitchanga par des jeunes en colere',
    'convoi pam bloque a sake par m23 depuis hier',
    'patrol cant go to kitshanga, wazalendo barriers everywhere',
    'ong interdites d acces a pinga par les ndc-r',
    'equipe hcr refoulee a la barriere de rubaya',
    'NDC-R prevent the health team from reaching Pinga for the vaccination',
    'Convoy of MONUSCO blocked at Kanyaruchinya by a sit-in of youths',
    'Le passage des camions humanitaires est conditionné au paiement de 200$ à la barrière M23 de Kibumba',
    'Wazalendo demand that any UN patrol informs them in advance before entering Masisi',
    'Les éléments M23 ont empêché l\'équipe de l\'UNICEF de rejoindre Bambo',
    'L\'accès à la zone de Kalunguta reste fermé aux humanitaires sur ordre des FARDC',
    'les motards du HCR renvoyés a Kibirizi par les wazalendo',
    'La mission conjointe n\'a pas pu se rendre à Pinga faute d\'autorisation des NDC-R',
    'unicef convoy cant enter rutshuru, m23 asking for \'taxes\' at every checkpoint',
    'OCHA mission aborted at Kibirizi, FARDC said area off limits',
    'NGOs banned from Masisi centre by M23 admin since Monday',
    'road Mambasa-Niania blocked by mai-mai, no aid trucks for 3 days',
    'Le personnel de l\'OMS bloqué à la barrière de Kanyabayonga depuis ce matin',
    'MONUSCO fuel trucks held at the Kasindi border post for 3 days',
    'wazalendo wanakataa MONUSCO kupita Kitshanga, patrol turned back',
    'M23 demanding that humanitarian convoys be escorted by their own men to enter Rutshuru',
    'la population de Mweso bloque la route aux véhicules de la MONUSCO depuis ce matin',
    'FARDC checkpoint at Mubambiro prevented MSF ambulances from reaching Sake',
    'Humanitarian flight to Minembwe cancelled after Twirwaneho refused landing permission',
    'Trucks of WFP held for two days at the Kibati barrier',
    'M23 closed the Kalengera bridge to all aid convoys',
    'Humanitarian partners suspended activities in Pinga after NDC-R banned them from the area',
    'FARDC restricted movement of the MONUSCO patrol to the main road only',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'access_denial', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('hate speech: songs, sermons, social media, calls to chase or clean out a community', () => {
  it.each([
    'Song on local radio in Uvira calls Banyamulenge \'snakes\' and asks youth to act',
    'Un chef coutumier de Djugu a dit que les Hema doivent quitter la chefferie ou périr',
    'WhatsApp audio circulating in Goma calls to chase all Tutsi from the city',
    'Sermon in a Beni church: the pastor told people that Muslims are the enemy and must be driven out',
    'Des messages sur Facebook appellent à brûler les maisons des Hunde à Masisi',
    'Graffiti \'Hema dehors\' on the walls of the Bunia market',
    'youths in Kamanyola chanting \'rwandais rentrez chez vous\'',
    'Kalehe: tracts calling Hutu \'cockroaches\' found near the church',
    'Un député a dit à la radio que les Tutsi sont des étrangers qu\'il faut chasser',
    'Goma youth on TikTok urging others to hunt Rwandophones',
    'Facebook post in Bunia calls Lendu \'animals who must be wiped out\'',
    'chansons anti-Banyamulenge chantées au marché d\'Uvira',
    'A pastor in Bunia preached that Hema are devils and should go back to Uganda',
    'Audio WhatsApp en lingala appelle a tuer les Tutsi de Goma',
    'Kwa nini wanyarwanda bako hapa? watoke wote! shouted at the Sake meeting',
    'Sur les ondes d\'une radio de Bunia, un animateur a qualifié les Lendu de \'sauvages à éliminer\'',
    'Youths in Uvira singing that Banyamulenge should be thrown into the lake',
    'A Mai-Mai leader told a rally in Fizi that every Munyamulenge is an enemy to be chased',
    'Messages vocaux en kiswahili circulent à Goma appelant à \'balayer\' les Rwandophones',
    'msgs whatsapp appelant a chasser les tutsi de goma',
    'chants anti rwandais ds les rues de bukavu hier soir',
    'preche haineux contre les musulmans a beni ce dimanche',
    'Kalehe: a local leader told a meeting that the Hutu are \'snakes\' to be crushed',
    'Radio de Fataki: un animateur appelle les Lendu à s\'armer contre les Hema',
    'Tweets from a Goma politician labelling all Kinyarwanda speakers as traitors to be expelled',
    'Un leader communautaire a traité les Banyamulenge de serpents lors d\'une réunion à Uvira',
    'Propos incitant à la violence contre les Tutsi tenus par un député à Goma',
    'des tracts demandant aux \'etrangers\' de quitter Kanyabayonga avant dimanche',
    'local FM in kalehe: host says hutu idps \'must go back where they came from\'',
    'viral video: youth leader in Bukavu calls for \'every Rwandan\' to be killed',
    'leaflets in Uvira urging people to drive Banyamulenge out of the plateau',
    'ds les bistrots de goma on chante \'tuez les tutsi\', pop tutsi inquiete',
    'Un pasteur de Beni a déclaré que les Nande doivent défendre leur terre contre les \'envahisseurs rwandais\'',
    'Memes circulating on WhatsApp in Bunia calling Hema \'cockroaches to be stamped out\'',
    'Youth leader in Kitshanga said on radio that Hunde should \'finish\' the Hutu problem',
    'des chansons incitant a la haine contre les bembe diffusees a Fizi',
    'Jeunes de Sake scandent \'Watutsi warudi Rwanda\' devant le marché',
    'chants \'Banyamulenge si wakongomani\' ds les rues d Uvira',
    'A Nande politician in Butembo called Hutu IDPs \'a Trojan horse\' that must be removed',
    'Video of Wazalendo chanting that all Banyarwanda should die, shared in Masisi groups',
    'Des pancartes \'Non aux Rwandais\' et \'dehors les Tutsi\' lors d\'une marche à Goma',
    'Au marché de Bunia, un homme distribuait des tracts appelant à \'nettoyer\' Bunia des Lendu',
    'A Catholic priest in Uvira told his flock that Banyamulenge are not real Congolese and should leave',
    'Des messages audio en swahili accusent les Hunde de sorcellerie et appellent à les brûler',
    'A Banyamulenge politician on radio called Babembe \'savages\' who must be driven from the plateau',
    'Posters in Minova market read \'Hutu go home\'',
    'Un chant populaire à Kiwanja insulte les Tutsi et appelle à leur départ',
    'Local chief in Masisi publicly called for Hutu to be \'sent back\' to Rwanda',
    'Hate messages against Banyamulenge broadcast on a community radio in Fizi',
    'WhatsApp voice notes urging Lendu youth to \'take up machetes\' against Hema',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'hate_speech_incitement', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('explosive hazards: suspicious objects, ordnance found lying, mines, shells, grenades', () => {
  it.each([
    'Obus non explosé retrouvé dans un champ à Kibumba, zone balisée',
    'Children found a grenade near the school in Rutshuru and brought it to the teacher',
    'Une roquette retrouvée dans la brousse près de Sake par des cultivateurs',
    'unexploded mortar in the market of Kanyabayonga, FARDC informed',
    'Suspicious object under a bench at the Beni bus park, area cordoned off',
    'Colis suspect abandonné devant l\'église de Butembo, police sur place',
    'IED found on the Beni-Kasindi road this morning, disposal team requested',
    'Mines antipersonnel signalées sur le chemin des champs à Bibokoboko',
    'Grenade found in a field at Rusayo by farmers, FARDC informed',
    'Shell lying in the courtyard of the Kibumba health centre since the fighting',
    'des enfants ont ramassé un engin non explosé à Mugunga',
    'UXO spotted near the well in Kanyaruchinya, area marked',
    'grenade trouvee ds une parcelle a Beni, enfants eloignes',
    'Mortar round discovered by farmers in a field near Kibumba',
    'Engin explosif découvert sous un pont à Kasindi, démineurs attendus',
    'une mine a explosé sous un camion à Bibokoboko, pas de victimes',
    'Bombe artisanale désamorcée près du marché de Beni par les FARDC',
    'A child brought home a grenade he picked up in the field in Rubare',
    'obus decouvert ds le champ d\'un cultivateur a Kibumba',
    'Suspected IED on the Mbau road, FARDC cordoned the area',
    'grenade trouvee pres du marche de kasindi, fardc sur place',
    'uxo ds champ a kibumba, ppl avoid the area',
    'obus non explose ds la cour de l ecole a rusayo',
    'Kids found a bomb in the bush near Kibumba and carried it home',
    'Une mine a blessé un berger à Bibokoboko',
    'An unexploded RPG shell was found in the Rutshuru market this morning',
    'Un engin non explosé a été signalé près de l\'école primaire de Kibumba',
    'Découverte d\'une grenade dans les toilettes du marché de Beni',
    'une bombe artisanale a explosé au marché de Beni sans faire de victimes',
    'kids found unexploded bomb nr kibumba, carried it to school',
    'landmine suspected on the road to Minembwe after a cow was blown up',
    'ERW reported in the fields around Kanyaruchinya after the fighting',
    'bombe non explosee trouvee ds un champ a rutshuru',
    'A farmer hit an old shell with his hoe in Kibumba, it exploded, he lost a hand',
    'suspicious device spotted under a bridge on the Beni-Butembo road',
    'Dépôt de munitions abandonné par les FARDC découvert à Kanyabayonga',
    'A rocket stuck in the roof of a house in Kibati since the shelling, family still inside',
    'des restes d\'obus dans les champs de Kibumba, les cultivateurs n\'osent plus y aller',
    'Grenade hidden in a bag of charcoal found at the Kasindi border post',
    'Un sac contenant des grenades abandonné sous un pont à Rutshuru',
    'Children playing with a mortar shell they found in Kibumba, FARDC alerted',
    'Mine antichar découverte sur la route de Bibokoboko par des éleveurs',
    'Obus tombé dans un champ à Kibumba sans exploser, la population s\'en éloigne',
    'A boy lost his fingers when a detonator he found exploded in Rutshuru',
    'Engins explosifs de guerre signalés le long de la route Sake-Minova',
    'FARDC defused a bomb left near the Beni central mosque',
    'Police cordoned off the Butembo bus park after an abandoned bag was spotted',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'explosive_hazard', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('attacks on peacekeepers: bases, vehicles, helicopters, sentries, mobs', () => {
  it.each([
    'MONUSCO patrol ambushed near Kamango, one peacekeeper wounded',
    'Des jeunes ont lancé des pierres sur un convoi de la MONUSCO à Kanyaruchinya',
    'Our company operating base at Sake received mortar fire overnight',
    'Casque bleu blessé par balle à Djugu lors d\'une patrouille',
    'mob burnt 2 MONUSCO vehicles at Kiwanja this morning',
    'Stones thrown at UN vehicles in Butembo during protest, one windshield broken',
    'MONUSCO base at Kiwanja targeted by M23 rockets, no casualties',
    'Des manifestants ont incendié un véhicule de la MONUSCO à Goma',
    'Un hélicoptère de la MONUSCO touché par des tirs à Djugu',
    'peacekeepers at Kamango TOB came under attack at dawn, repelled the assailants',
    'UN convoy hit by an IED near Mavivi, 2 peacekeepers wounded',
    'Blue helmets shot at in Djugu while escorting a convoy, no injuries',
    'A MONUSCO APC hit by an RPG near Kiwanja',
    'Protesters set fire to the MONUSCO warehouse in Butembo',
    'Des assaillants ont tiré sur la base de la MONUSCO à Kamanyola cette nuit',
    'tirs sur la base monusco de kamanyola cette nuit, rien a signaler cote troupes',
    'monusco convoy stoned in butembo, 2 vehicles damaged',
    'Un véhicule blindé de la MONUSCO a sauté sur un engin explosif à Mavivi',
    'Three blue helmets injured when protesters stoned their patrol in Goma',
    'Des jeunes ont caillassé un véhicule de la MONUSCO à Beni, vitres brisées',
    'UNPOL officers assaulted by a crowd in Goma while on patrol',
    'M23 fired at a MONUSCO helicopter over Kibumba, no damage',
    'Sniper fire on the Kiwanja TOB overnight',
    'les manifestants ont pillé l\'entrepôt de la MONUSCO à Butembo',
    'A peacekeeper was stabbed at the Bunia market by an unknown man',
    'La base de la MONUSCO à Kamanyola visée par des tirs de mortier',
    'Des casques bleus pris à partie par des manifestants à Butembo',
    'UN helicopter hit by gunfire near Bunia airstrip, landed safely',
    'Angry crowd attacked MONUSCO vehicle in Beni, peacekeepers unhurt',
    'A crowd threw petrol bombs at the MONUSCO base in Butembo',
    'Deux casques bleus légèrement blessés par des jets de pierres à Goma',
    'Molotov cocktails thrown at the MONUSCO office in Beni',
    'Un Casque bleu pakistanais blessé par un engin explosif à Beni',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_peacekeepers', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('attacks on humanitarians: aid staff robbed or beaten, aid vehicles and premises', () => {
  it.each([
    'Staff of an NGO beaten and robbed by armed men near Mangina',
    'Véhicule de MSF braqué sur la route Butembo-Beni, chauffeur blessé',
    'Gunmen opened fire on a WFP truck near Kibirizi, driver injured',
    'Entrepôt du PAM pillé à Kiwanja par des hommes armés',
    'Des humanitaires de World Vision braqués à Mangina, ordinateurs et téléphones emportés',
    'NGO guesthouse in Beni broken into at night, staff threatened with guns',
    'ONG locale: son bureau de Kalehe saccagé et incendié par des hommes armés',
    'NGO driver beaten and his car taken by armed men near Rwindi',
    'Bureau de l\'ONG Caritas à Kalehe pillé cette nuit',
    'Gunmen stopped an UNICEF vehicle near Beni and robbed the staff',
    'vehicule msf braque pres de rwindi, chauffeur tabasse',
    'Des bandits ont dépouillé deux agents de World Vision près de Kirumba',
    'NGO compound in Bunia attacked by armed men, guard injured',
    'Un convoi humanitaire pris en embuscade sur l\'axe Beni-Kasindi, camion incendié',
    'Armed men raided the MSF base in Rutshuru and took the generator',
    'Le chauffeur d\'une ONG internationale blessé par balle à Kirumba',
    'Aid worker from Save the Children robbed at gunpoint in Bunia',
    'Health workers of the Ebola response attacked by a mob in Butembo',
    'Un véhicule de l\'OIM attaqué sur la route de Mushaki, chauffeur blessé',
    'Le dépôt de Caritas à Bunia pillé par des hommes armés cette nuit',
    'Armed men looted the WFP warehouse in Kanyabayonga',
    'Des inconnus ont incendié le véhicule d\'une ONG à Kitshanga',
    'World Vision compound in Beni hit by stray bullets during clashes',
    'Aid convoy looted by armed men on the Komanda-Luna road',
    'Un infirmier de MSF tabassé par des militaires à Rutshuru',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_humanitarians', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('tension: blame traded between communities, tense relations', () => {
  it.each([
    'Tension entre Hema et Lendu à Djugu après le vol de vaches',
    'Nande and Hutu traders exchanging insults at the Kanyabayonga market, atmosphere tense',
    'Relations between Bafuliru and Banyamulenge very bad in Lemera, each side accusing the other of cattle theft',
    'Les Twa et les Bantous de Kalehe s\'accusent mutuellement de vol de récoltes',
    'tensions Hema/Lendu a Fataki apres un litige foncier',
    'Hunde and Hutu youths exchanging threats at Nyabiondo market',
    'Minembwe: Banyamulenge and Babembe youths threatening each other over cattle',
    'tensions entre autochtones et Bahavu a Nyabibwe autour des terres',
    'Tension palpable à Kalehe entre Havu et Tembo autour d\'une chefferie',
    'Kiwanja: Nande and Hutu youths throwing insults at each other, situation could degenerate',
    'tension hema lendu a fataki, jeunes mobilises des 2 cotes',
    'Fizi: Babembe and Banyamulenge herders blaming each other for the disappearance of cows',
    'Les Nande et les Hutu de Kanyabayonga se regardent en chiens de faïence depuis l\'incident du marché',
    'Les Hema refusent que les Lendu fassent paître leur bétail dans leurs champs, la tension monte',
    'Dispute over a chiefdom between two clans in Walikale turning sour',
    'Twa and Bantu youths in Nyunzu threaten each other after a theft',
    'Masisi: Hunde leaders accuse Hutu of settling on their land',
    'Les Hunde accusent les Hutu d\'occuper leurs champs à Masisi, la situation est tendue',
    'Conflit entre Bembe et Banyamulenge autour d\'un pâturage à Mikenge',
    'Tension btw Nande n Hutu in Kanyabayonga market, traders fighting over stalls',
    'Ugomvi kati ya Hema na Lendu à Fataki, tension monte',
    'Hema herders and Lendu farmers at odds over cattle grazing in fields near Fataki',
    'Les Bafuliru refusent l\'installation d\'un chef Banyamulenge à Lemera, climat tendu',
    'Friction between Nande traders and Hutu transporters in Kanyabayonga since last week',
    'Kalehe: les Havu et les Tembo se disputent une colline, risque d\'affrontement',
    'Suspicion growing between Twa and Luba in Nyunzu after the disappearance of a child',
    'Clashes feared between Hema and Lendu youths in Bunia after a dispute at a football match',
    'Hutu and Hunde leaders in Kitshanga trade accusations over land',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'intercommunal_tension', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('movements: seen, crossing, positions taken, on the move', () => {
  it.each([
    'M23 elements moving towards Kibirizi from Kanyabayonga',
    'Une colonne de CODECO aperçue sur la route de Pimbo ce matin',
    'ADF seen crossing the Semuliki near Kainama',
    'Wazalendo have set up a new position at Kalembe',
    'Des hommes armés ont pris position sur les collines de Kalehe',
    'CODECO fighters reported on the move towards Fataki this morning',
    'Twirwaneho have moved to the hills above Minembwe',
    'Des éléments M23 aperçus à Kibirizi, direction Kanyabayonga',
    'elements ADF signales a Mamove ce matin',
    'groupe de Maï-Maï vu pres de Lubero hier soir, ils se dirigent vers Kirumba',
    'M23 reinforcements arriving in Kitshanga with heavy weapons',
    'Les Twirwaneho se sont installés sur la colline de Kalingi',
    'ADF elements sighted crossing the Beni-Kasindi road last night',
    'Mai-Mai have positioned themselves around Lubero town',
    'elts codeco vus a pimbo ce mat, direction fataki',
    'm23 en mvt vers kibirizi depuis ce matin',
    'adf signales pres de mamove hier soir',
    'An estimated 100 CODECO fighters were seen crossing the Ituri river toward Lopa',
    'M23 a déployé des éléments supplémentaires sur les hauteurs de Sake',
    'une trentaine de combattants CODECO en route vers Drodro',
    'ADF regrouping in the forest east of Mamove according to herders',
    'M23 fighters spotted in Kibirizi this morning, moving south',
    'Twirwaneho ont traversé la rivière vers Mikenge',
    'FDLR elements reported to have settled near Nyamilima',
    'Mai-Mai Yakutumba fighters have left Fizi heading towards Baraka',
    'Des éléments Twirwaneho aperçus en train de traverser vers Bijombo',
    'Les ADF se seraient déplacés vers la forêt de Mayangose',
    'Présence signalée de combattants CODECO près de Fataki',
    '~50 M23 seen moving twd Kibirizi this am',
    'Wazalendo group installed on the hill overlooking Sake',
    'Mai-Mai wameingia Lubero centre usiku, people hiding',
    'Sightings of about 40 ADF in the Mwalika valley heading west',
    'Des mouvements suspects d\'hommes armés signalés autour de Bunagana',
    'Nyatura have come down from the hills to Kilolirwe centre this afternoon',
    'ADF small groups infiltrating the Mayangose forest from the north',
    'M23 columns advancing from Rubare toward Kalengera',
    'Des combattants Wazalendo ont pris position à la sortie de Sake',
    'Mai-Mai Kyandenga fighters now visible on the road to Lubero',
    'CODECO elements regrouping in the forest near Pimbo, herders report',
    'Nyatura fighters were observed regrouping at Kitso after being pushed out of Kilolirwe',
    'CODECO seen in large numbers on the Djugu-Mongbwalu axis this morning',
    'Des ADF auraient été aperçus en train de se regrouper dans la forêt de Mwalika',
    'groupe de miliciens non identifies en transit vers la foret de Luama',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'armed_group_movement', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('detention: private jails, held beyond the legal time, families kept away', () => {
  it.each([
    'FARDC holding 5 civilians in their camp at Mushaki for a week without charge',
    'Un commerçant détenu depuis 10 jours au cachot de la PNC à Beni sans être entendu',
    'Wazalendo running their own prison in Kitshanga, 3 men held there',
    '12 jeunes raflés par la police à Bukavu et gardés au commissariat depuis 3 jours',
    '5 youths held at the FARDC camp in Mushaki since Sunday, families not allowed to see them',
    'ANR arrested a civil society member in Bunia, no news since',
    '3 pasteurs arretes par les FARDC a Beni, aucune charge retenue',
    'Two women detained by Mai-Mai at their post for 4 days for \'witchcraft\'',
    'A pastor in Rutshuru held by M23 at their office for 3 days without explanation',
    'des jeunes gardés dans un conteneur par les FARDC a Mushaki depuis une semaine',
    '4 jeunes arretes par fardc a mushaki sans motif, tjrs detenus',
    'commercant garde au cachot pnc de beni depuis 2 semaines',
    'Un défenseur des droits humains arrêté par l\'ANR à Bunia, sa famille ignore où il est détenu',
    'Wazalendo holding 3 traders in a pit at their camp in Kibirizi for a week',
    '7 personnes détenues au camp militaire de Katindo sans jugement depuis un mois',
    'M23 detaining young men at Rubare on suspicion of being wazalendo',
    'Le journaliste de Bunia arrêté hier toujours en détention, aucun motif donné',
    'Un chef coutumier détenu par les FARDC au camp de Nyamunyunyi depuis 3 semaines sans procès',
    '5 personnes enfermées dans une maison par les Wazalendo à Kitshanga depuis vendredi',
    // ('wazalendo holding 2 motards at their post in Sake since Tue, asking 50$ each' left this list: a sum asked for each person
    // held by a non-state group is held until they pay, an abduction by C23, field-classes16-t40.test.ts)
    'Les M23 ont enfermé 8 jeunes dans un trou à Rubare pendant 5 jours',
    'PNC keeping a woman in the cell in Goma for her brother\'s debt',
    '3 commercants detenus ds un conteneur par les fardc a goma depuis 2 semaines sans proces',
    'Youths picked up in a night raid in Butembo by FARDC, whereabouts unknown',
    'Missing youth from Beni found in FARDC custody after 2 weeks, no charge',
    'JHRO confirmed 11 civilians held incommunicado by FARDC military intelligence in Beni since 3 March',
    'Man held for 5 days at a Wazalendo post in Kibirizi for failing to pay \'effort de guerre\'',
    'Two journalists remanded in custody in Bunia for \'spreading false news\'',
    '20 motorcyclists rounded up by FARDC in Butembo and held at the camp, no charges filed',
    'Des jeunes raflés lors d\'un bouclage à Goma, toujours détenus au camp Katindo',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'arbitrary_detention', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('torture and ill-treatment: lashes, kicks, hung upside down, in the sun, confessions forced', () => {
  it.each([
    'Detainee at the Beni police station whipped with a belt and kept in a dark room',
    'Un homme ligoté et fouetté par les Raia Mutomboki à Shabunda pour refus de payer',
    'Youth beaten with sticks by FARDC at the Kasindi checkpoint',
    'Un détenu a reçu des coups de pied et des gifles au cachot de l\'ANR à Goma',
    'A man whipped publicly by Mai-Mai in Lubero for not paying the tax',
    'Detainees in Goma central prison say they were beaten every night',
    '2 detenus tortures au cachot de Kasindi, l\'un a les cotes cassees',
    'Youths beaten and forced to roll in the mud by FARDC at Kasindi barrier',
    'Detainee at Goma\'s Munzenze prison left without food for 4 days as punishment',
    'FARDC soldiers poured hot water on a suspect in Mahagi to make him confess',
    'un homme ligote et expose au soleil toute la journee par des wazalendo a Sake',
    'detenu tabasse au cachot de kasindi, il ne peut plus marcher',
    'jeune fouette publiquement par maimai a lubero pr refus de payer',
    'Un détenu du cachot de Kasindi a été brûlé avec du plastique fondu',
    'Prisoners at Kakwangura prison forced to sleep standing in a flooded cell',
    'Wazalendo made a man crawl on gravel at the Sake barrier for not paying',
    'Un motard battu à coups de crosse par des militaires à Kasindi',
    'Detainees at the Bunia ANR subjected to beatings and sleep deprivation',
    'Un détenu a été fouetté et privé de nourriture au cachot de Rutshuru',
    'des militaires ont battu des jeunes et les ont obligés à se rouler dans la boue a Kasindi',
    'detainee in bunia PNC cell beaten with a belt, bruises everywhere',
    'FARDC soldiers forced a man to drink dirty water at Kasindi post as punishment',
    'A detainee in Rutshuru had his nails pulled out by M23 interrogators',
    'Un détenu a subi des simulacres d\'exécution au cachot de Kalehe',
    'Prisoners at Kakwangura shackled and left in the sun as collective punishment',
    'Un homme soupçonné de vol torturé au cachot de la PNC à Beni avec de l\'eau froide',
    'Ex-detainees report being beaten with rifle butts during interrogation at the FARDC camp in Beni',
    'A suspect in Kasindi was tied to a tree overnight by FARDC soldiers',
    'Detainees in the Uvira cachot forced to drink urine, say released prisoners',
    'Un jeune homme a eu les mains brûlées par des policiers à Bunia pour avouer un vol',
    'Un garçon de 17 ans passé à tabac par des militaires pour avoir refusé de porter leurs bagages',
    'FARDC soldiers at Mbau whipped 5 motorcyclists who could not show their papers',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'torture_ill_treatment', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('the new words leave other reports as they were', () => {
  it.each([
    ['ADF attacked Mavivi at night, 3 civilians killed, the village was tense afterwards', 'attack_on_civilians'],
    ['Des hommes armés ont tué 2 cultivateurs à Lume, la population est tendue', 'attack_on_civilians'],
    ['About 500 families arrived in Oicha from Mamove, sleeping in schools', 'displacement'],
    ['Les habitants de Kibirizi ont fui vers Kanyabayonga à l\'approche des M23', 'displacement'],
    ['M23 took control of Rubaya this morning after FARDC withdrew', 'armed_group_movement'],
    ['A moto driver was shot dead at the Kasindi barrier by unknown gunmen', 'attack_on_civilians'],
    ['Shops looted in Beni centre overnight by armed men', 'looting_destruction'],
    ['5 farmers taken by ADF from their fields near Eringeti', 'abduction'],
    ['Two women raped by armed men on the way to the fields in Lwemba', 'crsv'],
    ['FARDC soldier shot a civilian after a dispute at a bar in Uvira, victim wounded', 'attack_on_civilians'],
    ['The chief of Kasindi welcomed the new MONUSCO team, population calm', 'other'],
    ['Radio Okapi programme on peaceful cohabitation aired in Bunia', 'other'],
    ['The road Beni-Kasindi is open again after repairs', 'other'],
    ['Health campaign: nurses vaccinated 300 children in Rutshuru', 'other'],
    ['Election campaign meeting in Butembo went peacefully', 'other'],
    ['Les élèves de Kalehe ont repris les cours ce lundi', 'other'],
    ['The bridge at Kanyabayonga was repaired by the engineers', 'other'],
    ['Price of beans rising in the Goma market', 'other'],
    ['MONUSCO delivered a training on human rights to FARDC in Bunia', 'other'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });
});

describe('a killing or abduction of aid staff keeps its priority', () => {
  it('an aid worker shot dead is an attack on humanitarians, high', () => {
    expect(parse('Agent de la Croix-Rouge tué par balle à Butembo')).toMatchObject({ category: 'attack_on_humanitarians', priority: 'high' });
  });

  it('a nurse abducted stays an abduction (the nurse is the victim, not a facility attacked)', () => {
    expect(parse('Nurse abducted by gunmen near the Oicha health centre')).toMatchObject({ category: 'abduction', priority: 'high' });
  });

  it("an aid agency's ambulance shot at is an attack on humanitarians, not on a hospital", () => {
    expect(parse('MSF ambulance shot at near Rutshuru, no one hurt')).toMatchObject({ category: 'attack_on_humanitarians', priority: 'medium', sensitivity: 'standard' });
  });
});

describe('the harm a threatened person spoke about is not the incident', () => {
  it.each([
    'Un pasteur de Kasindi intimidé par des militaires après son sermon sur les pillages',
    'Radio presenter in Beni received calls saying he will regret his programme on the killings',
    'menaces contre le chef de Bulengo pr avoir denonce les pillages des militaires',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'threat_intimidation', priority: 'medium', sensitivity: 'standard' });
  });
  // (rapes she denounced: the same reading, restricted: a source on CRSV, fail closed)
  it('rapes denounced: a threat, restricted', () => {
    expect(parse("Women's leader in Uvira threatened for denouncing rapes by soldiers")).toMatchObject({ category: 'threat_intimidation', priority: 'medium', sensitivity: 'restricted' });
  });

  it('without a threat, a denounced killing is still reported as such', () => {
    expect(parse('Civil society of Beni denounces the killing of 4 farmers by ADF in Mavivi')).toMatchObject({ category: 'attack_on_civilians', priority: 'high' });
  });
});

describe('look-alikes are nothing to alert on', () => {
  it.each([
    'Cholera threatens the IDP sites in Goma after heavy rains',
    'Menace de famine a Kalehe selon les ONG',
    'The threat of floods in Uvira is rising after heavy rains',
    'Rumour of an attack on Kiwanja was false, all calm this evening',
    "Une rumeur d'attaque à Oicha s'est révélée fausse",
    'Explosion heard in Bunia was a tyre burst at a garage, nothing to report',
    'Football match between Hema and Lendu youths held in Bunia, calm',
    'Lucha movement held a peaceful march in Bukavu, no incident',
    'Mine workers in Kamituga on strike for better pay',
    'The UNHCR convoy reached Kiwanja without problems',
    'Les ONG ont distribué des vivres à Sake, aucun incident',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low' });
  });

  it('a road accident with people hurt is no attack', () => {
    expect(parse('Bus overturned near Kasindi, 5 passengers hurt').category).toBe('other');
    expect(parse('Truck accident on the Goma-Sake road, 2 injured, driver lost control').category).toBe('other');
  });

  it('a fight between two villages over a football match stays a tension', () => {
    expect(parse('Youths from two villages fighting with sticks in Lubero over a football match').category).toBe('intercommunal_tension');
  });

  it('rockets fired and shells that drove people out are not ordnance found lying', () => {
    expect(parse('Rocket fire on Sake market left 3 dead')).toMatchObject({ category: 'attack_on_civilians', priority: 'high' });
    expect(parse('300 families fled Kibirizi after M23 shells landed near the village').category).toBe('displacement');
  });

  it('a patrol that found bodies is not the target', () => {
    expect(parse('MONUSCO patrol found 2 bodies with gunshot wounds near Eringeti')).toMatchObject({ category: 'attack_on_civilians', priority: 'high' });
  });

  it('"since tue" in an SMS is Tuesday, not "tué"', () => {
    expect(parse('3 youths arrested by PNC in Beni, no charge since tue')).toMatchObject({ category: 'arbitrary_detention', priority: 'medium', victims: { killed: null } });
  });

  it('a mission drone shot down kills nobody', () => {
    expect(parse('Drone de la MONUSCO abattu au-dessus de Kiwanja')).toMatchObject({ category: 'attack_on_peacekeepers', priority: 'medium' });
  });
});

describe('who did it', () => {
  it.each([
    ['ANR holding a trader in Bunia since Monday, family not allowed to see him', 'ANR'],
    ["Journaliste de Beni intimidé par des agents de l'ANR après son reportage", 'ANR'],
    ['militant arrete par anr a butembo pr ses publications', 'ANR'], // (typed in lower case, shown as its acronym)
  ])('a state security service named as the one acting: %s', (text, name) => {
    expect(ids(text)).toEqual([name]);
  });

  it("an armed group's reinforcements arriving are the group moving", () => {
    expect(parse('Renforts des ADF venus de Mwalika signalés à Mamove').category).toBe('armed_group_movement');
    expect(ids('Renforts des ADF venus de Mwalika signalés à Mamove')).toEqual(['adf']);
  });
});

describe('aid workers threatened or chased are attacked as humanitarians', () => {
  it.each([
    'MSF staff threatened by M23 at Rutshuru and told to leave within 24 hours',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'attack_on_humanitarians', priority: 'medium' });
  });
  // (t36b: nurses of no agency only threatened read as a threat, as C20 reads a state nurse taken; the main corpus
  // accepts both readings of this class, en-101 and r22en-009)
  it('Des infirmiers menacés de mort par des miliciens à Lita pour avoir soigné des blessés', () => {
    const r = parse('Des infirmiers menacés de mort par des miliciens à Lita pour avoir soigné des blessés');
    expect(['attack_on_humanitarians', 'threat_intimidation']).toContain(r.category);
    expect(r.priority).toBe('medium');
  });

  it('a red cross painted on a door is a mark, not the Red Cross', () => {
    expect(parse("Bunia: la porte d'un journaliste marquée d'une croix rouge cette nuit").category).toBe('threat_intimidation');
  });
});

describe('everyday words that the new families must not catch', () => {
  it.each([
    'The governor summoned a security council meeting in Bunia',
    'Le maire a convoqué les chefs de quartier pour la campagne de salubrité',
    'Trucks stuck in the mud on the Beni-Kasindi road after the rains',
    'Football: the Bunia team won the match against Mahagi',
    'Teachers\' boycott of classes in Butembo over unpaid salaries',
    'The MONUSCO team entered Kiwanja for a community meeting',
    'Kick-off of the vaccination campaign in Beni',
    'Names of the new local committee members posted on the list at the chiefdom office',
    'Distribution planned until Friday at the Bulengo site',
    'Witness statements collected by JHRO in Bunia on last month\'s events',
    'The market in Kasindi will remain closed until Monday for cleaning',
    'Nurses of Beni hospital trained on cholera prevention',
    'Prison authorities in Bunia released 40 detainees after a court review',
    'Lost child found by the police in Goma and returned to his family',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low' });
  });
});

describe('the words of blame, deprivation and swelling stay in their context', () => {
  it.each([
    ['Clashes between FARDC and M23 near Kibirizi, both sides reinforcing their positions', 'armed_group_movement'],
    ['Heavy fighting between Wazalendo and M23 in Masisi, each side claims victory', 'armed_group_movement'],
    ['The Semuliki river is swollen after the rains, bridge closed', 'other'],
    ['Des déplacés entassés dans les écoles de Komanda après la fuite de Boga', 'displacement'],
    ['Les ADF ont frappé le village de Mamove cette nuit, 4 morts', 'attack_on_civilians'],
    ['Accusations of corruption against the Beni mayor, civil society demands an audit', 'other'],
    ['Election results: both sides accept the outcome in Butembo', 'other'],
  ])('%s', (text, category) => {
    expect(parse(text).category).toBe(category);
  });

  it('food withheld from a detainee as punishment is ill-treatment', () => {
    expect(parse("Detainee at Goma's Munzenze prison left without food for 4 days as punishment").category).toBe('torture_ill_treatment');
  });
});

describe('a side people are said to be on is not who acted', () => {
  it.each([
    ["Hunde youths in Mweso keeping Hutu out of the market, they say they 'support M23'", []],
    ['FARDC holding 6 men at Mushaki, claim they r Nyatura', ['fardc']],
  ])('%s', (text, actors) => {
    expect(ids(text)).toEqual(actors);
  });

  it('police arresting suspects of a crime responded to it; police arresting people without cause did it', () => {
    expect(ids('Un commerçant tué à Beni, la police nationale a interpellé deux présumés auteurs')).toEqual([]);
    expect(ids('Trader shot dead in Butembo, PNC arrested two suspects this morning')).toEqual([]);
    expect(ids('PNC arrested 14 young men in Mugunga without a warrant')).toEqual(['pnc']);
  });

  it('attackers said to be a group are that group', () => {
    expect(ids('The attackers are ADF, 3 killed in Mavivi')).toEqual(['adf']);
  });
});

describe('French everyday reports stay other', () => {
  it.each([
    'La foire agricole de Butembo s\'est bien déroulée',
    'Réunion de sécurité tenue à Beni avec les autorités locales',
    'Les élèves ont repris le chemin de l\'école à Rutshuru',
    'Une pluie diluvienne a détruit des maisons à Uvira, pas de victimes',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('other');
  });

  it('people who moved (se sont déplacés) are displaced; armed men who did are moving', () => {
    expect(parse('Les habitants de Kibirizi se sont déplacés vers Kanyabayonga').category).toBe('displacement');
    expect(parse('Les ADF se seraient déplacés vers la forêt de Mayangose').category).toBe('armed_group_movement');
  });
});

describe('warnings of weather or disease, lists of beneficiaries and routine visits are nothing', () => {
  it.each([
    'Weather warning of heavy rains for Goma this week',
    'Avertissement de la météo: pluies torrentielles attendues à Uvira',
    'The threat of Ebola in Beni remains, says the health zone',
    'MONUSCO trained the women\'s association of Sake on early warning',
    'List of beneficiaries posted at the Bulengo site for the food distribution',
    'La route Goma-Sake est de nouveau ouverte à la circulation',
    'Witnesses say the fire at the Beni market was caused by a gas cylinder',
    'Court hearing in Bunia on the land case postponed to next week',
    'Les enfants de Kiwanja jouent au football au terrain du quartier',
    'Peacekeepers built a bridge at Kamango with the community',
    'A nurse at Oicha health centre delivered twins last night',
    'Distribution de vivres du PAM à Rusayo, aucun incident signalé',
    'The ICRC visited detainees in Munzenze prison this week',
    'Une délégation de la MONUSCO a rencontré les chefs coutumiers à Djugu',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ category: 'other', priority: 'low' });
  });
});

describe('peacekeepers attacked and access refused, in the words of patrol reports', () => {
  it.each([
    ['Our patrol came under small arms fire near Mavivi, no casualties', 'attack_on_peacekeepers'],
    ['Demonstrators breached the fence of the MONUSCO camp in Goma and looted containers', 'attack_on_peacekeepers'],
    ['Peacekeepers\' vehicle ambushed between Beni and Eringeti, one soldier injured', 'attack_on_peacekeepers'],
    ['Les M23 ont ouvert le feu sur une patrouille de la MONUSCO à Kibumba', 'attack_on_peacekeepers'],
    ['IED targeted a MONUSCO convoy on the Mbau-Kamango road, no damage', 'attack_on_peacekeepers'],
    ['Un drone de la Force abattu par des tirs près de Rumangabo', 'attack_on_peacekeepers'],
    ['MONUSCO convoy denied passage through Kanyabayonga by a crowd', 'access_denial'],
    ['Wazalendo insist MONUSCO must ask their permission before any patrol in Masisi', 'access_denial'],
    ['FARDC troops prevented UNPOL from entering the Munzenze prison', 'access_denial'],
    ['JHRO team barred from visiting the detention site in Bunia', 'access_denial'],
    ['Le convoi du PAM contraint de faire demi-tour à Sake', 'access_denial'],
    ['Les humanitaires ne peuvent plus accéder à Bambo depuis une semaine', 'access_denial'],
    ['SOFA violation: FARDC searched a MONUSCO vehicle at the Goma checkpoint', 'access_denial'],
  ])('%s', (text, category) => {
    expect(parse(text)).toMatchObject({ category, priority: 'medium', sensitivity: 'standard' });
  });
});

describe('communities named together in peace, a wedding or a meeting are no tension', () => {
  it.each([
    'Hema and Lendu leaders signed a peace pact in Bunia',
    'Un mariage entre un Hema et une Lendu célébré à Bunia dans le calme',
    'Nande and Hutu traders met to set market prices in Kanyabayonga',
    'FARDC parade in Beni for independence day',
    'Les jeunes Hunde et Hutu ont nettoyé ensemble le marché de Kitchanga',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('other');
  });
});

describe('flights, bans, cancellations and names read out are nothing', () => {
  it.each([
    'UNHAS flight to Bunia cancelled because of bad weather',
    'Le vol de la MONUSCO vers Goma annulé pour raison technique',
    'Smoking banned in public places in Goma by the mayor',
    'Patrol cancelled due to heavy rains on the Beni-Kamango road',
    'The names of the winners were read out by name at the ceremony',
    'Mission to Kamango postponed, vehicle broke down',
    'The ICRC team was escorted by FARDC to Oicha without incident',
  ])('%s', (text) => {
    expect(parse(text).category).toBe('other');
  });
});
