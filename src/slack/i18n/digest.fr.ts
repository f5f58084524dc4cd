import { formatCount } from '../../domain/dates.js';
import type { DigestCatalog } from './digest.en.js';

/** Les mots des résumés quotidiens (d'une section, de la direction) : mêmes clés que digest.en.ts. */

/** Le singulier pour 0 et 1 (« 0 nouvelle », « 1 ouverte »). */
const s = (n: number, one: string, many: string) => (n <= 1 ? one : many);
const num = (n: number) => formatCount(n, 'fr');

export const digestFr: DigestCatalog = {
  digest: {
    title: (section, day) => `📋 ${section} — résumé quotidien, ${day}`,
    window: (until) => `Les 24 heures jusqu'au ${until}`,
    postedLate: " · ⏰ *publié en retard* : Veille n'était pas en marche à l'heure prévue",
    nothingNew: '*Rien de nouveau ces dernières 24 heures.*',
    newHead: (n, priorities) => `*Nouvelles en 24 h : ${num(n)}* — ${priorities}`,
    priorities: {
      critical: (n) => `${num(n)} ${s(n, 'critique', 'critiques')}`,
      high: (n) => `${num(n)} ${s(n, 'haute', 'hautes')}`,
      medium: (n) => `${num(n)} ${s(n, 'moyenne', 'moyennes')}`,
      low: (n) => `${num(n)} ${s(n, 'basse', 'basses')}`,
    },
    verification: (verified, alleged, other) =>
      `${s(verified, 'Vérifiée', 'Vérifiées')} ${num(verified)} · ${s(alleged, 'alléguée', 'alléguées')} ${num(alleged)}${other ? ` · invérifiables ou infondées ${num(other)}` : ''}`,
    byTerritory: (list, more) => `Par territoire : ${list}${more ? ` · ${num(more)} de plus` : ''}`,
    placeNotGiven: 'lieu non précisé',
    territory: (name) => `territoire ${/^[aeiouyéèh]/i.test(name) ? 'd’' : 'de '}${name}`,
    restrictedAlerts: (n, where) => `\n🔒 ${num(n)} ${s(n, 'alerte restreinte', 'alertes restreintes')} (VSLC / protection de l'enfance), comptées seulement${where}.`,
    restrictedOpen: (n, where) => `\n🔒 ${num(n)} ${s(n, 'alerte ouverte restreinte', 'alertes ouvertes restreintes')} (VSLC / protection de l'enfance), comptées seulement${where}.`,
    detailsWith: (sections) => ` ; détails auprès de ${sections}`,
    and: 'et',
    restrictedOverdue: (n) => ` Dont ${num(n)} en retard.`,
    more: (n, command) => `…et ${num(n)} de plus — la liste complète : ${command}`,
    moreClosed: (n) => `…et ${num(n)} autres ${s(n, 'clôturée', 'clôturées')}.`,
    moreOther: (n) => `…et ${num(n)} de plus.`,
    openHead: (total, unacknowledged, unassigned, overdue) =>
      `*Encore ouvertes : ${num(total)}* — ${num(unacknowledged)} non prises en compte · ${num(unassigned)} sans responsable · ${num(overdue)} en retard`,
    nothingOpen: '*Aucune alerte ouverte.*',
    closedHead: (n, median) => `*Clôturées en 24 h : ${num(n)}* — ${median}`,
    closedNone: '*Clôturées en 24 h : 0*',
    median: (duration, withResponse, total) => `délai médian entre l'alerte et la première réponse ${duration} (${num(withResponse)} sur ${num(total)} en avaient une)`,
    noneResponded: "aucune n'avait de réponse consignée",
    responseRate: (days7, days30) => `*Taux de réponse* (une réponse dans le délai de prise en compte) : ${days7} sur 7 jours · ${days30} sur 30 jours`,
    rate: (percent, inTime, judged) => `*${percent} %* (${num(inTime)} sur ${num(judged)})`,
    nothingToJudge: 'rien à évaluer pour le moment',
    hotspotsHead: '*Points chauds* (au moins 3 en 7 jours et au moins le double de l’habitude)',
    hotspot: (place, last7, usual) => `🔥 ${place} : ${num(last7)} en 7 jours, d’habitude ${usual}`,
    quietHead: '*Devenus silencieux* — des lieux qui signalent d’habitude ; le silence peut signifier la contrainte, pas le calme',
    quiet: (place, prior28) => `🔕 ${place} : ${num(prior28)} dans les 28 jours d’avant, aucune ces 7 derniers jours`,
    hrddpHead: (n) => `*Signalées PDDH (forces de l’État hôte) : ${num(n)}*`,
    hrddp: 'PDDH',
    trend: (sparkline, min, max) => `*14 jours*  ${sparkline}  (${num(min)} à ${num(max)} par jour ; la dernière barre est ces 24 h)`,
    footer: (command, full) =>
      `Alertes ouvertes : ${command} · ${full ? 'Canal restreint : les alertes restreintes en entier.' : 'Les alertes restreintes figurent ici comme des nombres seulement.'}`,
    text: (section, n, open, overdue, late) =>
      `Résumé ${section} : ${num(n)} ${s(n, 'nouvelle alerte', 'nouvelles alertes')}, ${num(open)} ${s(open, 'ouverte', 'ouvertes')} (${num(overdue)} en retard)${late ? ' — publié en retard' : ''}`,
    noOwner: 'sans responsable',
    overdue: (duration) => ` · ⏱ *en retard de ${duration}*`,
    verifications: { alleged: 'alléguée', verified: 'vérifiée', unverifiable: 'invérifiable', unfounded: 'infondée' },
    statuses: { new: 'non prise en compte', acknowledged: 'prise en compte', responding: 'réponse en cours', monitoring: 'suivi', closed: 'clôturée' },
    closures: {
      resolved: 'résolue',
      unfounded: 'infondée',
      duplicate: 'doublon',
      no_action_possible: 'aucune action possible',
      withdrawn: 'retirée',
    },
    closedNoReason: 'clôturée',
    noResponse: 'aucune réponse consignée',
    firstResponseAfter: (duration) => `première réponse après ${duration}`,
    reporterInformed: (informed, asked) => `📨 *Auteur informé* : ${num(informed)} sur ${num(asked)} ${s(asked, 'clôture', 'clôtures')} dont l’auteur du signalement a demandé à être tenu au courant`,
    untoldHead: (n) => `*Clôturées sans que l’auteur du signalement soit prévenu : ${num(n)}* — il a demandé à être tenu au courant : prévenez-le, ou voyez pourquoi l’avis n’est pas parti`,
  },

  digestCommand: {
    which: 'Le résumé de quelle section ? Ce canal n’est pas celui d’une section.',
    whichExample: (command, sections) => `p. ex. ${command} — sections : ${sections}`,
    noSection: (word) => `Aucune section *${word}*.`,
    sections: (list) => `Sections : ${list}`,
    restricted: (section, channel) => `Le résumé de *${section}* est restreint : seuls les membres de ${channel} peuvent le voir.`,
    nothingShown: 'Rien n’a été montré ni publié.',
    posting: (channel) => `Publication du résumé dans ${channel} maintenant.`,
    dailyStillComes: 'Le résumé quotidien viendra quand même à son heure.',
    preview: (channel, command) => `👁 Aperçu, vous seul le voyez — tel qu’il serait publié dans ${channel}. ${command} le publie.`,
    previewText: (text) => `Aperçu : ${text}`,
  },

  leadership: {
    title: (mission, day) => `🧭 ${mission} — résumé pour la direction, ${day}`,
    window: (until) => `Les 24 heures jusqu'au ${until} · toutes les sections · les alertes restreintes comme des nombres seulement`,
    needsDecision: '*À décider*',
    criticalHead: (open, newInPeriod) => `*🔴 Critiques et ouvertes : ${num(open)}* (${num(newInPeriod)} ${s(newInPeriod, 'nouvelle', 'nouvelles')} en 24 h)`,
    noCritical: '*🔴 Aucune alerte critique ouverte.*',
    moreCritical: (n) => `…et ${num(n)} autres ${s(n, 'critique', 'critiques')}.`,
    countedOnly: (n) => `\n🔒 Dont ${num(n)} ${s(n, 'alerte restreinte', 'alertes restreintes')}, ${s(n, 'comptée', 'comptées')} seulement.`,
    escalated: (time) => ` · escaladée le ${time}`,
    escalatedHead: (n) => `*⏫ Escaladées en 24 h : ${num(n)}*`,
    noEscalation: '*⏫ Aucune escalade ces dernières 24 heures.*',
    moreEscalated: (n) => `…et ${num(n)} autres ${s(n, 'escaladée', 'escaladées')}.`,
    overdueHead: (n) => `*⏱ En retard depuis le plus longtemps* — ${num(n)} en retard en tout`,
    nothingOverdue: '*⏱ Rien en retard.*',
    moreOverdue: (n) => `…et ${num(n)} autres en retard.`,
    across: (n, priorities) => `*Dans toute la mission en 24 h : ${num(n)} ${s(n, 'nouvelle alerte', 'nouvelles alertes')}*${priorities ? ` — ${priorities}` : ''}`,
    totals: (open, closed, hrddp) =>
      `${num(open)} ${s(open, 'ouverte', 'ouvertes')} · ${num(closed)} ${s(closed, 'clôturée', 'clôturées')} sur la période · ${num(hrddp)} ${s(hrddp, 'signalée', 'signalées')} PDDH`,
    responseRate: (days7, days30) => `Taux de réponse : ${days7} sur 7 jours · ${days30} sur 30 jours`,
    trend: (sparkline, min, max) => `14 jours : ${sparkline} (${num(min)} à ${num(max)} par jour)`,
    bySection: '*Par section*',
    sectionNew: (n, critical) => `${num(n)} ${s(n, 'nouvelle', 'nouvelles')}${critical}`,
    sectionOpen: (n) => `${num(n)} ${s(n, 'ouverte', 'ouvertes')}`,
    sectionOverdue: (n) => `${num(n)} en retard`,
    sectionRate: (percent) => `réponse ${percent} %`,
    noRateYet: 'pas encore de données de réponse',
    sectionLine: (channel, name, parts) => `• ${channel} *${name}* : ${parts}`,
    sectionQuiet: (n) => `🔕 ${num(n)} ${s(n, 'devenu silencieux', 'devenus silencieux')}`,
    sectionUntold: (n) => `📭 ${num(n)} ${s(n, 'clôturée', 'clôturées')} sans prévenir l’auteur du signalement`,
    reporterInformed: (informed, asked, untold) =>
      `Auteurs informés de ${num(informed)} sur ${num(asked)} ${s(asked, 'clôture', 'clôtures')} dont ils voulaient être tenus au courant${untold ? ` · ${num(untold)} ${s(untold, 'clôturée', 'clôturées')} sans les prévenir` : ''}`,
    footer: 'Chaque canal de section a son propre résumé, avec les détails qu’il peut montrer. Les délais entre alerte et réponse comptent les actions de réponse.',
    text: (n, critical, escalated, overdue, late) =>
      `Résumé pour la direction : ${num(n)} ${s(n, 'nouvelle alerte', 'nouvelles alertes')}, ${num(critical)} ${s(critical, 'critique ouverte', 'critiques ouvertes')}, ${num(escalated)} ${s(escalated, 'escaladée', 'escaladées')}, ${num(overdue)} en retard${late ? ' — publié en retard' : ''}`,
  },
};
