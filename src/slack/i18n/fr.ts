import type { Catalog } from './en.js';
import { digestFr } from './digest.fr.js';
import { homeFr } from './home.fr.js';
import { copiesFr } from './copies.fr.js';
import { reminderCopiesFr } from './reminder-copies.fr.js';
import { answersFr } from './answers.fr.js';
import { commandsFr } from './commands.fr.js';
import { modalsFr } from './modals.fr.js';
import { recordFr } from './record.fr.js';
import { reporterFr } from './reporter.fr.js';
import { chartFr } from './chart.fr.js';

/** Le catalogue français : mêmes clés que l'anglais (le type l'impose), 24 h, « espaces » avant : ; ? ! */

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const fr: Catalog = {
  ...digestFr, // résumés (section, direction) : digest.fr.ts
  ...homeFr, // accueil de l'app : home.fr.ts
  ...copiesFr, // copies d'une fiche en message direct : copies.fr.ts
  ...reminderCopiesFr, // rappels et escalades en message direct qui ne demandent plus rien : reminder-copies.fr.ts
  ...answersFr, // réponses privées et refus : answers.fr.ts
  ...commandsFr, // réponses de /alert hors des actions : commands.fr.ts
  ...modalsFr, // fenêtres et leurs messages de validation : modals.fr.ts
  ...recordFr, // suivi et historique d'une alerte (/alert voir) : record.fr.ts
  ...reporterFr,
  ...chartFr, // le graphique d'un résumé : chart.fr.ts
  statuses: { new: 'Nouvelle', acknowledged: 'Prise en compte', responding: 'Réponse en cours', monitoring: 'Suivi', closed: 'Clôturée' },
  responses: {
    patrol: 'Patrouille',
    quick_reaction_force: "Force d'intervention rapide",
    temporary_base: 'Base opérationnelle temporaire',
    joint_protection_team: 'Équipe conjointe de protection',
    advocacy: 'Plaidoyer auprès des autorités',
    referral: 'Orientation vers les services',
    humanitarian_coordination: 'Coordination humanitaire',
    hr_investigation: "Enquête droits de l'homme",
    other: 'Autre',
  },
  delays: { no_air_asset: 'Pas de moyen aérien', awaiting_clearance: "En attente d'autorisation", verifying_first: 'Vérification préalable', access_denied: 'Accès refusé', other: 'Autre' },
  closures: {
    resolved: 'Résolue',
    unfounded: 'Infondée',
    duplicate: 'Doublon',
    no_action_possible: 'Aucune action possible',
    withdrawn: 'Retirée par son auteur',
  },
  verified: { verified: 'vérifiée', unverifiable: 'invérifiable', unfounded: 'infondée' },

  followup: {
    due: (time) => ` — échéance ${time}`,
    movedTo: (status) => ` · désormais *${status}*`,
    acknowledged: (ref, by) => `✅ ${ref} prise en compte par ${by}.`,
    acknowledgedStub: (ref) => `✅ ${ref} a été prise en compte.`,
    took: (ref, by) => `👤 ${by} a pris en charge ${ref}.`,
    tookStub: (ref) => `👤 ${ref} a un responsable.`,
    assigned: (ref, by, to, due) => `👤 ${by} a confié ${ref} à ${to}${due}.`,
    assignedStub: (ref, due) => `👤 ${ref} a été attribuée${due}.`,
    dueSet: (ref, by, due) => `⏰ ${by} a fixé l'échéance de ${ref}${due}.`,
    dueSetStub: (ref, due) => `⏰ L'échéance de ${ref} a été fixée${due}.`,
    update: (by, moved, text) => `📝 Mise à jour de ${by}${moved} :\n${text}`,
    outcome: (by, responseAt, moved, text) => `🎯 Résultat de la réponse du ${responseAt}, par ${by}${moved} :\n${text}`,
    updatedStub: (ref, moved) => `📝 ${ref} a été mise à jour${moved}. Les détails sont auprès des sections restreintes.`,
    response: (ref, by, type, unit, at, since, moved) => `🚓 ${by} a consigné une réponse sur ${ref} : *${type}*${unit ? ` (${unit})` : ''} · ${at} · ${since} après l'alerte${moved}`,
    late: (why) => `En retard : ${why}.`,
    outcomeLine: (text) => `Résultat : ${text}`,
    responseStub: (ref, moved) => `🚓 Une réponse à ${ref} a été consignée${moved}.`,
    reliability: (grade) => `fiabilité de la source ${grade}`,
    credibility: (n) => `crédibilité ${n}`,
    sources: (n) => `${n} ${s(n, 'source indépendante', 'sources indépendantes')}`,
    verifiedBy: (ref, by, verification, grading) => `🔎 ${by} a marqué ${ref} *${verification}*${grading.length ? ` · ${grading.join(', ')}` : ''}`,
    verifiedStub: (ref) => `🔎 La vérification de ${ref} a été mise à jour.`,
    closed: (ref, by, reason) => `☑️ ${by} a clôturé ${ref} : *${reason}*`,
    closedStub: (ref, reason) => `☑️ ${ref} a été clôturée (${reason.toLowerCase()}).`,
    closedDuplicate: (ref, by, of) => `☑️ ${by} a clôturé ${ref} comme doublon${of ? ` de ${of}` : ''}.`,
    closedDuplicateStub: (ref) => `☑️ ${ref} a été clôturée (doublon).`,
    duplicateJoined: (duplicate, original) => `🔗 ${duplicate} a été clôturée comme doublon de ${original}.`,
    duplicateJoinedUnnamed: (original) => `🔗 Un autre signalement a été clôturé comme doublon de ${original}.`,
    reopened: (ref, by, status) => `↩️ ${by} a rouvert ${ref} (désormais ${status}).`,
    reopenedStub: (ref, status) => `↩️ ${ref} a été rouverte (désormais ${status}).`,
    task: (by, owner, due, text) => `📌 Tâche pour ${owner} de la part de ${by}${due} :\n${text}`,
    taskStub: (ref, due) => `📌 ${ref} : une tâche de suivi a été confiée${due}.`,
    taskDone: (by, owner, text) => `☑️ ${by} a terminé la tâche${owner ? ` (de ${owner})` : ''} : ${text}`,
    taskDoneStub: (ref) => `☑️ ${ref} : une tâche de suivi a été terminée.`,
  },

  dm: {
    youOwn: (ref) => `👤 Vous êtes désormais responsable de *${ref}*.`,
    assignedYou: (ref, by) => `👤 ${by} vous a confié *${ref}*.`,
    taskForYou: (ref, by, text) => `📌 ${by} vous a confié une tâche sur *${ref}* :\n${text}`,
    dueBy: (time) => `Échéance : ${time}`,
    nextUpdateBy: (time) => `Prochaine mise à jour attendue avant le ${time}`,
    done: 'Terminé',
  },

  reminders: {
    waiting: { unacknowledged: 'attend une prise en compte', unowned: 'est sans responsable', no_update: 'est sans mise à jour' },
    waited: (label, waiting, waited) => `${label} ${waiting} depuis ${waited}`,
    ask: {
      unacknowledged: 'merci de la prendre en compte ou de désigner un responsable',
      unowned: "merci de la prendre en charge ou de l'attribuer",
      no_update: "merci d'ajouter une mise à jour ou de consigner une réponse",
    },
    asking: (who, what) => `${who} : ${what}.`,
    restrictedLabel: (ref) => `${ref} (restreinte)`,
    step: (count, of, channel) => `Rappel ${count} sur ${of} · ensuite escaladée vers ${channel}`,
    caughtUp: (missed) => ` · ${missed} ${s(missed, 'autre rappel échu', 'autres rappels échus')} pendant que Veille était hors ligne`,
    snooze1h: 'Reporter d’1 h',
    snooze4h: 'Reporter de 4 h',
    snoozeTomorrow: 'Jusqu’à demain 08:00',
    addUpdate: 'Mise à jour',
    logResponse: 'Consigner une réponse…',
    ownerText: (ref, waited) => `⏰ Aucune mise à jour sur ${ref} depuis ${waited} : vous en êtes responsable, merci d'ajouter une mise à jour.`,
    ownerTitle: (ref, waited) => `⏰ *Aucune mise à jour sur ${ref} depuis ${waited}.*`,
    ownerRule: (priority, interval) => `Vous en êtes responsable ; une alerte de priorité ${priority} demande une mise à jour toutes les ${interval}.`,
    details: (ref) => `Détails : \`/alert show ${ref}\``,
    notAssigned: 'non attribuée',
    assignedAsk: (holders) => `attribuée (demander à ${holders})`,
    theRestrictedSection: 'la section restreinte',
    theRestrictedSections: 'les sections restreintes',
    escalatedTitle: (waited) => `⏫ Escaladée : ${waited}`,
    fieldAlert: 'Alerte',
    fieldSections: (n) => s(n, 'Section', 'Sections'),
    fieldOwner: 'Responsable',
    fieldWaiting: 'En attente',
    noSection: 'aucune',
    unanswered: (waited, n) => `${waited}, ${n} ${s(n, 'rappel sans réponse', 'rappels sans réponse')}`,
    escalatedText: (title, priority, n) => `${title} (${priority}, ${n} ${s(n, 'rappel sans réponse', 'rappels sans réponse')})`,
    heldBy: (holders) => `Alerte restreinte : les détails sont détenus par ${holders}`,
    leadText: (waited, channel) => `⏫ ${waited} et a été escaladée vers ${channel}.`,
    leadBlock: (waited, channel, n, headline, owner) => `⏫ *${waited}* et a été escaladée vers ${channel} après ${n} ${s(n, 'rappel', 'rappels')}.\n${headline}\nResponsable : ${owner}`,
    threadEscalation: (waited, channel) => `⏫ ${waited} : escaladée vers ${channel} et auprès des responsables de section.`,
    taskRestricted: (ref) => `une tâche sur l'alerte restreinte ${ref} (\`/alert show ${ref}\`)`,
    quoted: (text) => `« ${text} »`,
    taskText: (ref, due) => `📋 Votre tâche sur ${ref} est en retard (échéance ${due}).`,
    taskBlock: (ref, due, what, headline) => `📋 *Votre tâche sur ${ref} est en retard* (échéance ${due}) : ${what}\n${headline}`,
    snoozed: (ref, until) => `⏸ Rappels pour ${ref} reportés jusqu'au ${until}.`,
  },

  undeliverable: {
    card: (ref, channel, why) => `${ref} est bien enregistrée, mais sa fiche n'a pas pu être publiée dans ${channel}. ${why}`,
    notInChannel: "Veille n'est pas dans ce canal : demandez à un administrateur de l'y inviter (`/invite @Veille`).",
    slackSaid: (error) => `Slack a répondu \`${error}\`.`,
  },

  restriction: {
    withdrawn: (ref, where) => `🔒 ${ref} est désormais restreinte : ce message a été retiré. Les détails sont auprès de ${where}.`,
    withdrawnLeft: (ref, where) =>
      `🔒 ${ref} est restreinte et vous n'êtes plus membre d'une section qui la détient : ce message a été retiré. Les détails sont auprès de ${where}.`,
    theRestrictedSections: 'les sections restreintes',
    heldHere: (leads, ref, edited) =>
      `🔒 ${leads ? `${leads} : ` : ''}${ref} est désormais restreinte et détenue ici.${edited ? ` ${edited} de ses réponses et messages directs antérieurs hors des sections restreintes ont été remplacés par un avis.` : ''}`,
    ownerReleased: (owner) => `Son responsable ${owner} n'est membre d'aucune section restreinte qui la détient et a été libéré : elle n'a plus de responsable. Prenez-la en charge ou attribuez-la.`,
    taskReleased: (text, owner, ref) => `La tâche « ${text} » de ${owner} a été libérée et close, sans être faite. Confiez-la à quelqu'un d'ici : \`/alert task ${ref} @quelqu'un …\`.`,
    leftReleased: (leads, who, channel, ref) =>
      `🚪 ${leads ? `${leads} : ` : ''}${who} a quitté ${channel} et n'est membre d'aucune autre section restreinte qui détient ${ref} : ${ref} ne lui est plus confiée.`,
    noOwnerNow: (ref) => `${ref} n'a plus de responsable. Prenez-la en charge ou attribuez-la.`,
  },

  help: {
    text: 'Comment utiliser /alert',
    quick: [
      '*Signaler une alerte en une ligne* — dites ce qui s’est passé, où, qui, combien :',
      "• `/alert Deux enfants enlevés près de l'école de Mambasa, CODECO`",
      '• `/alert Des hommes armés ont attaqué le marché de Kamango, 4 tués, ADF suspectés`',
      '• `/alert M23 positionné au-dessus de Kanyaruchinya, population en fuite priorité:critique`',
      'Vous recevez en privé ce qui a été compris, avec *Modifier* et *Annuler*. Rien de ce que vous tapez n’est perdu.',
    ].join('\n'),
    overrides: [
      '*Préciser explicitement* avec `clé:valeur` (guillemets autour des valeurs avec espaces) :',
      '`lieu:"Mambasa Centre"` · `type:abduction` · `auteur:ADF` · `priorité:critique|haute|moyenne|basse` · `restreint:oui` · `source:patrol` · `killed:3`',
      'Les clés anglaises marchent aussi : `place:`, `perp:`, `priority:high`, `restricted:yes`.',
    ].join('\n'),
    unsure: [
      '*Quand Veille hésite* sur la catégorie, la confirmation propose les plus probables en boutons — un geste suffit (une modification, dans le journal) ; *Autre…* ouvre Modifier :',
      '• _Catégorie incertaine — est-ce l’une de celles-ci ?_ `Enlèvement` · `Attaque contre des civils` · `Autre…`',
      'Si un nombre n’a pas pu être lu, elle le dit : vérifiez les chiffres avec *Modifier*.',
    ].join('\n'),
    form: '*Le formulaire complet* : tapez `/alert` seul. Sur n’importe quel message : ⋯ → *Log as alert*.',
    manage: '*Suivre les alertes*',
    privacy: (prefix) =>
      `Les alertes de VSLC et de protection de l’enfance, et tout signalement de violence sexuelle, sont restreintes : leurs détails ne vont qu’aux sections restreintes ; les autres en voient un résumé. Les références ressemblent à \`${prefix}-12\`.`,
    summaries: {
      show: 'Afficher une alerte en privé, avec les détails que vous pouvez voir ; `history` pour qui a fait quoi et quand.',
      assign: 'Donner un responsable à une alerte (il la reçoit en message direct), avec une échéance si besoin.',
      update: 'Ajouter une mise à jour à une alerte (publiée dans ses fils).',
      task: 'Confier une tâche de suivi sur une alerte.',
      close: 'Clôturer une alerte avec son motif (résolue demande le résultat).',
      reopen: 'Rouvrir une alerte clôturée (son responsable, les responsables de section ou son auteur).',
      list: 'Lister les alertes ouvertes, en retard d’abord, puis les plus urgentes.',
      digest: 'Le résumé quotidien des dernières 24 heures : `preview` vous le montre, `now` le publie dans le canal de la section.',
      notify: 'Recevoir ou non un message direct quand vos signalements sont pris en compte, reçoivent une première réponse et sont clôturés (activé par défaut).',
      help: 'Cette aide.',
    },
  },
};
