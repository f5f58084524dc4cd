import type { reporterEn } from './reporter.en.js';

/** Ce que Veille dit à l'auteur d'une alerte. Les SMS sont écrits dans l'alphabet GSM-7 (é è à ù ; ni ç ni ê). */
export const reporterFr: typeof reporterEn = {
  reporter: {
    acknowledged: (ref, by, time) => `✅ Votre signalement *${ref}* a été pris en compte par ${by} (${time}).`,
    acknowledgedPlain: (ref) => `✅ Votre signalement *${ref}* a été pris en compte.`,
    responded: (ref, type, unit, time) => `🚨 Première réponse à votre signalement *${ref}* : ${type}${unit ? ` — ${unit}` : ''}, ${time}.`,
    respondedPlain: (ref) => `🚨 Une première réponse a été enregistrée sur votre signalement *${ref}*.`,
    closed: (ref, reason) => `🏁 Votre signalement *${ref}* a été clôturé : ${reason}.`,
    outcome: (text) => `Résultat : ${text}`,
    seeCard: (link) => `Sa fiche : ${link}`,
    showIt: (ref) => `\`/alert show ${ref}\` affiche votre signalement.`,
    why: 'Vous recevez ce message parce que vous avez fait ce signalement. `/alert notifier non` arrête ces messages.',
    notifyOff: "Vous ne recevrez plus de messages sur la suite donnée à vos signalements. `/alert notifier oui` les rétablit.",
    notifyOn: 'Vous recevrez un message quand vos signalements seront pris en compte, recevront une première réponse et seront clôturés. `/alert notifier non` les arrête.',
    notifySame: (on) => (on ? 'Les messages sur vos signalements étaient déjà activés.' : 'Les messages sur vos signalements étaient déjà désactivés.'),
    sms: {
      acknowledged: (ref) => `Veille ${ref} : votre message est bien arrivé et il est suivi. Merci.`,
      responded: (ref) => `Veille ${ref} : une action est en cours suite à votre message. Merci.`,
      closed: (ref) => `Veille ${ref} : le suivi de votre message est terminé. Merci.`,
    },
  },
};
