import { formatCount } from '../../domain/dates.js';
import type { HomeCatalog } from './home.en.js';

/** Les mots de l'accueil de l'app (App Home) : mêmes clés que home.en.ts. */

const num = (n: number) => formatCount(n, 'fr');
const s = (n: number, one: string, many: string) => (n <= 1 ? one : many);

export const homeFr: HomeCatalog = {
  home: {
    mine: (n) => `*Mes alertes ouvertes* (${num(n)})`,
    nothingMine: '_Rien d’ouvert que vous ayez signalé ou dont vous soyez responsable._',
    tasks: (n) => `*Mes tâches* (${num(n)})`,
    noTasks: '_Aucune tâche ouverte._',
    queue: (sections) => `*La file de mes sections* (${sections})`,
    unacknowledged: (n) => `*Non prises en compte* (${num(n)})`,
    unassigned: (n) => `*Prises en compte, sans responsable* (${num(n)})`,
    none: '_Aucune._',
    more: (n) => `…et ${num(n)} de plus : \`/alert list mine\` ou \`/alert list overdue\`.`,
    overdue: '⏰ *En retard* · ',
    you: 'vous',
    hasOwner: 'a un responsable',
    noOwner: 'sans responsable',
    due: (time) => ` · échéance ${time}`,
    taskDue: (time) => ` · à faire avant le ${time}`,
    taskOverdue: (time) => ` · ⏰ *en retard*, échéance ${time}`,
    untoldHead: (n) => `*Clôturées sans que l’auteur du signalement soit prévenu* — 7 derniers jours, sections que vous dirigez (${num(n)})`,
    untoldHint: '_Il a demandé à être tenu au courant : prévenez-le vous-même, ou voyez pourquoi l’avis n’est pas parti._',
    untoldLine: (reference, category, closed) => `📭 *${reference}* · ${category} · clôturée le ${closed}`,
    untoldRestricted: (n) => `🔒 ${num(n)} ${s(n, 'alerte restreinte', 'alertes restreintes')}, ${s(n, 'comptée', 'comptées')} seulement : détails auprès des sections restreintes.`,
    footer: 'Signalez une alerte avec `/alert ce qui s’est passé, où, qui` · `/alert list mine` · `/alert aide` pour tout le reste',
  },
};
