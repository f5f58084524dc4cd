import type { reminderCopiesEn } from './reminder-copies.en.js';

/** La ligne courte d'un rappel ou d'une escalade en message direct qui ne demande plus rien (render/reminder-copy.ts). */
export const reminderCopiesFr: typeof reminderCopiesEn = {
  reminderCopies: {
    closed: (ref) => `⏰ *${ref}* a été clôturée : plus rien ne vous est demandé ici.`,
    nowOwnedBy: (ref, owner) => `⏰ *${ref}* est désormais suivie par ${owner} : ce rappel ne vous concerne plus.`,
    noLongerYours: (ref) => `⏰ *${ref}* ne vous est plus confiée : ce rappel n'attend plus de réponse de vous.`,
    noOwnerNow: (ref) => `⏰ *${ref}* ne vous est plus confiée (elle n'a plus de responsable) : ce rappel n'attend plus de réponse de vous.`,
    acknowledged: (ref) => `⏰ *${ref}* a été prise en compte depuis cette escalade.`,
    ownedBy: (ref, owner) => `⏰ *${ref}* a été prise en main depuis cette escalade : ${owner} en est responsable.`,
    hasOwner: (ref) => `⏰ *${ref}* a un responsable depuis cette escalade.`,
    noOwner: (ref) => `⏰ *${ref}* a changé de mains depuis cette escalade et n'a plus de responsable.`,
    taskDone: (ref) => `⏰ Votre tâche en retard sur *${ref}* est terminée.`,
    movedOn: (ref) => `⏰ *${ref}* a évolué depuis ce rappel : sa fiche dit où elle en est.`,
  },
  reminderPosts: {
    closed: (ref, escalation) => `⏰ *${ref}* a été clôturée depuis ${since(escalation)}.`,
    acknowledged: (ref, escalation) => `⏰ *${ref}* a été prise en compte depuis ${since(escalation)}.`,
    ownedBy: (ref, owner, escalation) => `⏰ *${ref}* a été prise en main depuis ${since(escalation)} : ${owner} en est responsable.`,
    hasOwner: (ref, escalation) => `⏰ *${ref}* a un responsable depuis ${since(escalation)}.`,
    noOwner: (ref, escalation) => `⏰ *${ref}* a changé de mains depuis ${since(escalation)} et n'a plus de responsable.`,
    updated: (ref, escalation) => `⏰ *${ref}* a été mise à jour depuis ${since(escalation)}.`,
    movedOn: (ref, escalation) => `⏰ *${ref}* a évolué depuis ${since(escalation)} : sa fiche dit où elle en est.`,
  },
};

function since(escalation: boolean): string {
  return escalation ? 'cette escalade' : 'ce rappel';
}
