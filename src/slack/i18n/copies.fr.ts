import type { copiesEn } from './copies.en.js';

/** Les copies en message direct d'une fiche, une fois qu'elle n'est plus au destinataire (render/dm-copy.ts). */
export const copiesFr: typeof copiesEn = {
  copies: {
    nowOwnedBy: (ref, owner) => `👤 *${ref}* est désormais suivie par ${owner}.`,
    noLongerYours: (ref) => `👤 *${ref}* ne vous est plus confiée.`,
    noOwnerNow: (ref) => `👤 *${ref}* ne vous est plus confiée : elle n'a plus de responsable.`,
    taskDone: (ref) => `☑️ Votre tâche sur *${ref}* est terminée.`,
  },
};
