import { describe, expect, it } from 'vitest';
import { parseQuickReport } from '../../../src/intake/index.js';
import { intake } from './fixtures.js';

const parse = (text: string) => parseQuickReport(text, intake);

// Classes of officer prose and follow-up traffic (pending reports38): invented sentences in both languages, phone spellings
// where they fit, and the look-alikes that must not change.

describe('places in other roles: where the doers came from, where someone fled or passed to, an incident spoken of', () => {
  it.each([
    // where the doers or a force came from
    ['FARDC patrol coming from Komanda found 2 bodies at Tchabi, ADF suspected', 'tchabi'],
    ['Armed men from the Rubaya side came down to Ngungu and burned 5 houses', 'ngungu'],
    ['armed men coming from Kalonge looted the market at Bunyakiri last night', 'bunyakiri'],
    ['Une patrouille FARDC venant de Komanda a découvert 3 corps à Tchabi', 'tchabi'],
    ['des hommes armés venus de Kalonge ont pillé le marché de Bunyakiri', 'bunyakiri'],
    ['des assaillants en provenance de Rubaya ont incendié 6 maisons à Ngungu', 'ngungu'],
    // a report opening with its place, someone fled or passed on to another
    ["Nizi: le poste de santé pillé par des éléments CODECO, l'infirmier a fui à Bunia", 'nizi'],
    ['Nizi: health post looted by CODECO elements, the nurse fled to Bunia', 'nizi'],
    ["Komanda: l'école occupée par des militaires FARDC en transit vers Mambasa, cours suspendus", 'komanda'],
    ['Komanda: school occupied by FARDC soldiers in transit to Mambasa, classes stopped', 'komanda'],
    ["Mahagi: des familles quittent Ngote sur rumeur d'une arrivée CODECO, la plupart vers Nioka", 'ngote'],
    ['Mahagi: families leaving Ngote on rumours of CODECO, most toward Nioka', 'ngote'],
    // the place fled, then the way on, then the clash's place
    ['About 1,500 people have fled Kipese toward Butembo after Mai-Mai clashed with FARDC at Bunyatenge', 'kipese'],
    ['Environ 1500 personnes ont fui Kipese vers Butembo suite aux combats Maï-Maï/FARDC à Bunyatenge', 'kipese'],
    // an incident someone denounced is not the report's
    ["Oicha: a journalist got threats by phone after he denounced the killings in Mavivi", 'oicha'],
    ["Oicha: un journaliste menacé au téléphone après avoir dénoncé les tueries de Mavivi", 'oicha'],
  ])('%s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });

  it.each([
    // look-alikes: a group moving from a place, victims from a place, a group's own movement, a heading over the harm's place
    ['CODECO elts seen moving from Lopa twd Pimbo, abt 30 armed', 'lopa'],
    ["FARDC took 4 young men from Kirumba market to their camp in Kanyabayonga 'for verification'", 'kirumba'],
    ['La société civile de Kalehe dénonce des taxes imposées par les Wazalendo aux agriculteurs de Bunyakiri', 'bunyakiri'],
    ['Beni: ADF attacked Oicha last night, 3 killed', 'oicha'],
    ['Djugu centre: le bilan de l\'attaque de Pimbo revu à la hausse, 7 morts', 'pimbo'],
    ['Les gens fuient Alimbongo vers Lubero par crainte du M23 signalé à Kanyabayonga', 'alimbongo'],
  ])('kept: %s → %s', (text, place) => {
    expect(parse(text).place?.id).toBe(place);
  });
});
