import type { FollowupAction } from '../../domain/lifecycle.js';
import type { FollowupAct } from '../../domain/permissions.js';
import type { AnswersCatalog } from './answers.en.js';

/** Les réponses privées à la personne qui agit, et chaque refus : mêmes clés que answers.en.ts. */

/** « Vous ne pouvez pas clôturer A-3 » : le verbe de chaque acte, avec son complément. */
const ACTS: Record<FollowupAct, (ref: string) => string> = {
  acknowledge: (ref) => `prendre en compte ${ref}`,
  take_ownership: (ref) => `prendre en charge ${ref}`,
  update: (ref) => `mettre à jour ${ref}`,
  log_response: (ref) => `consigner une réponse sur ${ref}`,
  verify: (ref) => `vérifier ${ref}`,
  add_own_task: (ref) => `ajouter une tâche à ${ref}`,
  assign_other: (ref) => `attribuer ${ref}`,
  close: (ref) => `clôturer ${ref}`,
  reopen: (ref) => `rouvrir ${ref}`,
  complete_task: (ref) => `terminer une tâche de ${ref}`,
};

/** « A-3 est clôturée : vous ne pouvez pas la clôturer. » */
const ACTIONS: Record<FollowupAction, string> = {
  acknowledge: 'la prendre en compte',
  take_ownership: 'la prendre en charge',
  assign: "l'attribuer",
  update: 'la mettre à jour',
  log_response: 'y consigner une réponse',
  record_outcome: 'y consigner un résultat',
  verify: 'la vérifier',
  close: 'la clôturer',
  reopen: 'la rouvrir',
  add_task: 'y ajouter une tâche',
  complete_task: "terminer l'une de ses tâches",
};

const list = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ou ${parts.at(-1)}` : (parts[0] ?? ''));

export const answersFr: AnswersCatalog = {
  answers: {
    acknowledged: (ref, ownerless) => `Vous avez pris en compte ${ref}.${ownerless ? ' Prenez-la en charge si vous en assurez le suivi.' : ''}`,
    alreadyAcknowledged: (ref, by) => `${ref} était déjà prise en compte${by ? ` par ${by.who} (${by.at})` : ''}.`,
    you: 'vous',
    owned: (ref, due) => `Vous êtes responsable de ${ref}.${due ? ` ${due}.` : ''}`,
    dueBy: (time) => `Échéance : ${time}`,
    nextUpdateBy: (time) => `Prochaine mise à jour attendue avant le ${time}`,
    alreadyOwn: (ref) => `Vous êtes déjà responsable de ${ref}.`,
    assigned: (ref, to, due) => `${ref} a désormais pour responsable ${to}${due ? ` — échéance ${due}` : ''}.`,
    alreadyOwns: (ref, owner) => `${owner} est déjà responsable de ${ref}.`,
    updated: (ref, outcome, now) => `${outcome ? 'Résultat consigné' : 'Mise à jour ajoutée'} sur ${ref}.${now ? ` Elle est désormais : ${now}.` : ''}`,
    firstResponse: (ref, after) => `Première réponse consignée sur ${ref} : ${after} après l'alerte.`,
    response: (ref) => `Réponse consignée sur ${ref}.`,
    verified: (ref, verification) => `${ref} est désormais marquée ${verification}.`,
    closed: (ref, reason) => `${ref} clôturée : ${reason.toLowerCase()}.`,
    closedDuplicate: (ref, of) => `${ref} clôturée : doublon de ${of}.`,
    reopened: (ref, status) => `${ref} est rouverte (${status}).`,
    taskAdded: (ref, owner, due) => `Tâche ajoutée à ${ref} pour ${owner}${due ? ` — échéance ${due}` : ''}.`,
    taskDone: (ref) => `Tâche sur ${ref} marquée comme faite.`,
    taskAlreadyDone: (ref) => `Cette tâche sur ${ref} était déjà faite.`,
    nothingChanged: "Rien n'a été modifié.",
  },

  refusals: {
    noSuchAlert: (ref) => (ref ? `Aucune alerte ${ref}.` : "Cette alerte n'existe plus."),
    taskGone: "Cette tâche n'existe plus.",
    closed: (ref, action) => `${ref} est clôturée : vous ne pouvez pas ${ACTIONS[action]}. Rouvrez-la d'abord (\`/alert rouvrir ${ref}\`) si elle demande encore un suivi.`,
    withdrawn: (ref) => `${ref} a été retirée par son auteur et ne peut plus être modifiée. Signalez-la de nouveau si elle tient toujours.`,
    notClosed: (ref) => `${ref} n'est pas clôturée : il n'y a rien à rouvrir.`,
    doing: {
      acknowledge: (ref, _taskOwner) => ACTS.acknowledge(ref),
      take_ownership: (ref, _taskOwner) => ACTS.take_ownership(ref),
      update: (ref, _taskOwner) => ACTS.update(ref),
      log_response: (ref, _taskOwner) => ACTS.log_response(ref),
      verify: (ref, _taskOwner) => ACTS.verify(ref),
      add_own_task: (ref, _taskOwner) => ACTS.add_own_task(ref),
      assign_other: (ref, _taskOwner) => ACTS.assign_other(ref),
      close: (ref, _taskOwner) => ACTS.close(ref),
      reopen: (ref, _taskOwner) => ACTS.reopen(ref),
      complete_task: (ref, _taskOwner) => ACTS.complete_task(ref),
      reassign: (ref, _taskOwner) => `réattribuer ${ref}`,
      assign_someone: (ref, _taskOwner) => `attribuer ${ref} à quelqu'un d'autre`,
      give_tasks: (ref, _taskOwner) => `confier des tâches sur ${ref} à d'autres`,
      finish_task: (ref, taskOwner) => `marquer comme faite ${taskOwner ? `la tâche de ${taskOwner}` : 'une tâche'} sur ${ref}`,
    },
    notInSection: (ref) => `vous n'êtes pas dans une section qui traite ${ref}`,
    notAnswerable: 'cela revient à son responsable, aux chefs des sections qui la traitent et à son auteur',
    notAllowed: (doing, why, whoCan) => `Vous ne pouvez pas ${doing} : ${why}. Qui le peut : ${whoCan}.`,
    notAllowedRestricted: (doing, why, askIn) => `Vous ne pouvez pas ${doing} : ${why}. Elle est restreinte : adressez-vous à ${askIn}.`,
    whoCan: (who) =>
      list([
        ...(who.channels.length ? [`les membres de ${who.channels.join(', ')}`] : []),
        ...(who.owner ? [`son responsable ${who.owner}`] : []),
        ...(who.leads.length ? [`${who.leads.length > 1 ? 'les chefs de section' : 'le chef de section'} ${who.leads.join(', ')}`] : []),
        `son auteur ${who.reporter}`,
      ]),
    theRestrictedSections: 'les sections restreintes',
    ownedBy: (ref, owner) => `${ref} a déjà pour responsable ${owner}. Demandez-lui, à un chef de section ou à son auteur de la réattribuer.`,
    hasOwnerRestricted: (ref, holders) => `${ref} a déjà un responsable. Elle est restreinte : adressez-vous à ${holders} pour la réattribuer.`,
    cannotOwnRestricted: (ref, holders) => `Vous ne pouvez pas prendre en charge ${ref} : elle est restreinte, et vous n'êtes pas dans une section restreinte qui la détient (${holders}).`,
    assigneeRestricted: (ref, who, holders) =>
      `${ref} ne peut pas être confiée à ${who} : elle est restreinte, et cette personne n'est pas dans une section restreinte qui la détient (${holders}). Choisissez quelqu'un de cette section, ou faites-la d'abord ajouter à ce canal.`,
    taskAssigneeRestricted: (ref, who, holders) =>
      `Aucune tâche sur ${ref} ne peut être confiée à ${who} : elle est restreinte, et cette personne n'est pas dans une section restreinte qui la détient (${holders}).`,
    emptyUpdate: "Dites ce qui s'est passé depuis : la mise à jour est vide.",
    updateTooLong: (max, length) => `Une mise à jour compte au plus ${max} caractères (celle-ci en compte ${length}).`,
    statusMove: (ref, from, to) => `${ref} ne peut pas passer de « ${from} » à « ${to} ».`,
    notThisAlertsResponse: "Cette réponse n'est pas une réponse à cette alerte.",
    outcomeExists: 'Cette réponse a déjà son résultat.',
    chooseReason: 'Choisissez un motif.',
    outcomeRequired: (ref) => `Clôturer ${ref} comme résolue demande le résultat : ce qui a été fait, et ce qui en est sorti.`,
    duplicateOfRequired: (ref, example) => `De quelle alerte ${ref} est-elle un doublon ? Donnez sa référence, par ex. ${example}.`,
    duplicateOfSelf: "Une alerte ne peut pas être un doublon d'elle-même.",
    duplicateUnseen: (ref, original) => `Vous ne pouvez pas lier ${ref} à ${original} : elle est restreinte et vous n'êtes pas dans une section qui en détient les détails.`,
    duplicateWouldTell: (ref, original) =>
      `${ref} ne peut pas être clôturée comme doublon de ${original} : ${original} est restreinte et ${ref} ne l'est pas, le lien dirait donc à tous ceux qui lisent ${ref} de quoi parle ${original}. Clôturez-la avec un autre motif, ou demandez à son auteur de la restreindre d'abord.`,
    tooLong: {
      note: (max) => `La note compte au plus ${max} caractères.`,
      unit: (max) => `L'unité compte au plus ${max} caractères.`,
      outcome: (max) => `Le résultat compte au plus ${max} caractères.`,
      task: (max) => `Une tâche compte au plus ${max} caractères.`,
    },
    chooseResponseType: 'Choisissez le type de réponse.',
    futureTime: (now) => `Cette heure est dans le futur (il est ${now}).`,
    lateNeedsReason: (after, window, priority) => `Cette réponse est venue ${after} après l'alerte, au-delà du délai de ${window} d'une alerte de priorité ${priority} : dites pourquoi elle a tardé.`,
    chooseVerification: 'Choisissez vérifiée, invérifiable ou infondée.',
    badReliability: 'La fiabilité est une note de A à F.',
    badCredibility: 'La crédibilité est un chiffre de 1 à 6.',
    badSources: 'Le nombre de sources indépendantes est un nombre entier (0 ou plus).',
    nowClosed: (ref) => `${ref} est clôturée.`,
    emptyTask: 'Dites en quoi consiste la tâche.',
    snoozeClosed: (ref) => `${ref} est clôturée : il n'y a plus rien à rappeler à personne.`,
    snoozeNotAllowed: (ref) => `Seuls le responsable de ${ref} ou un chef d'une section qui la détient peuvent mettre ses rappels en pause.`,
    membershipUnknown: "⚠️ Rien n'a été enregistré : Slack n'a pas confirmé à temps vos sections. Réessayez.",
  },
};
