import { formatCount } from '../../domain/dates.js';
import type { ChartCatalog } from './chart.en.js';

/** Les mots du graphique d'un résumé : mêmes clés que chart.en.ts. */

/** Le singulier pour 0 et 1. */
const s = (n: number, one: string, many: string) => (n <= 1 ? one : many);
const num = (n: number) => formatCount(n, 'fr');

export const chartFr: ChartCatalog = {
  chart: {
    title: (name, date) => `${name} · alertes jusqu'au ${date}`,
    daysTitle: 'Nouvelles alertes par jour, 14 derniers jours',
    daysAxis: 'alertes',
    territoriesTitle: 'Cette semaine par territoire',
    territoriesKey: 'barre : 7 derniers jours · trait : une semaine habituelle',
    territoriesAxis: 'alertes des 7 derniers jours',
    hotspot: 'point chaud',
    priorities: { critical: 'critique', high: 'haute', medium: 'moyenne', low: 'basse' },
    altDays: (name, total, byPriority) => `${name} : ${num(total)} ${s(total, 'nouvelle alerte', 'nouvelles alertes')} ces 14 derniers jours (${byPriority})`,
    altPriority: (n, priority) => `${num(n)} ${s(n, priority, `${priority}s`)}`,
    altBusiest: (day, n) => `, le jour le plus chargé le ${day} avec ${num(n)}`,
    altTerritories: (list) => ` Cette semaine par territoire, face à une semaine habituelle : ${list}`,
    altTerritory: (territory, last7, usual, hotspot) => `${territory} ${num(last7)} (d’habitude ${usual}${hotspot ? ', point chaud' : ''})`,
    altJoin: ' ; ',
    altMore: (n) => ` ; ${num(n)} ${s(n, 'autre territoire', 'autres territoires')}`,
    altNoTerritory: ' Aucune alerte avec un territoire ces 35 derniers jours.',
    none: (why) => `📉 Pas de graphique cette fois : ${why}.`,
    notDrawn: (error) => `le graphique n'a pas pu être dessiné (${error})`,
    refused: (code) => `Slack a refusé l'envoi du fichier (${code})`,
  },
};
