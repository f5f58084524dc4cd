import type { Place } from '../config/mission.js';
import { VICTIM_KEYS, VICTIM_LABELS, type Alert } from '../domain/alert.js';
import { CATEGORIES, type Language, type Priority } from '../domain/taxonomy.js';
import type { IntakeOutcome, IntakeProblem } from './intake.js';

/**
 * What Veille answers a gateway's sender, in the language of the message: the reference and what
 * was understood, in one SMS (160 characters) when it can. A restricted case is answered with its
 * reference only: a phone can be taken, and the reply must not say "sexual violence" on it.
 */

const SMS_LENGTH = 160;

interface ReplyWords {
  logged: (reference: string, understood: string) => string;
  confidential: (reference: string) => string;
  noPlace: string;
  priority: Record<Priority, string>;
  problems: Record<IntakeProblem, string>;
}

const WORDS: Record<Language, ReplyWords> = {
  en: {
    logged: (ref, understood) => `Veille ${ref}: ${understood}. Received, thank you.`,
    confidential: (ref) => `Veille ${ref}: received. It is handled confidentially. Thank you.`,
    noPlace: 'place not understood',
    priority: { critical: 'priority critical', high: 'priority high', medium: 'priority medium', low: 'priority low' },
    problems: {
      empty: 'Veille: your message was empty. Nothing logged. Say what happened, where and when.',
      no_words: 'Veille: your message has no words. Nothing logged. Say what happened, where and when.',
      too_long: 'Veille: your message is too long (4000 characters at most). Nothing logged. Send it in parts.',
      conduct_matter: 'Veille: this concerns the conduct of UN personnel. Not logged here: report it to Conduct and Discipline.',
      unknown_place: 'Veille: the place is not known to Veille. Nothing logged. Check the place and send again.',
      invalid: 'Veille: this report could not be read. Nothing logged. Check it and send again.',
    },
  },
  fr: {
    // Written in the GSM-7 alphabet (é è à ù, no ç ê ô): one SMS holds 160 of these, only 70 otherwise.
    logged: (ref, understood) => `Veille ${ref} : ${understood}. Message enregistré, merci.`,
    confidential: (ref) => `Veille ${ref} : message enregistré, traité en toute confidentialité. Merci.`,
    noPlace: 'lieu non compris',
    priority: { critical: 'priorité critique', high: 'priorité haute', medium: 'priorité moyenne', low: 'priorité basse' },
    problems: {
      empty: "Veille : votre message est vide. Rien n'est enregistré. Dites ce qui s'est passé, où et quand.",
      no_words: "Veille : votre message n'a pas de mots. Rien n'est enregistré. Dites ce qui s'est passé, où et quand.",
      too_long: "Veille : message trop long (4000 caractères au plus). Rien n'est enregistré. Envoyez-le en plusieurs fois.",
      conduct_matter: "Veille : ceci concerne la conduite du personnel de l'ONU. Non enregistré ici : signalez-le à Conduite et discipline.",
      unknown_place: "Veille : ce lieu n'est pas connu de Veille. Rien n'est enregistré. Vérifiez le lieu et renvoyez.",
      invalid: "Veille : ce signalement est illisible. Rien n'est enregistré. Vérifiez-le et renvoyez.",
    },
  },
};

/** The reply for an intake outcome, in the sender's language. */
export function replyText(outcome: IntakeOutcome): string {
  if (!outcome.ok) return WORDS[outcome.language].problems[outcome.problem];
  return loggedReply(outcome.alert, outcome.place, outcome.language);
}

/**
 * "Veille A-12: Attack on civilians, Kamango, 3 killed, priority high. Received, thank you."
 * Parts are dropped from the least needed (victims, then priority, then place) until it fits one SMS;
 * the reference always stays.
 */
export function loggedReply(alert: Alert, place: Place | null, language: Language): string {
  const w = WORDS[language];
  if (alert.sensitivity === 'restricted') return w.confidential(alert.reference);
  const category = CATEGORIES[alert.category].label[language];
  const victims = VICTIM_KEYS.filter((k) => (alert.victims[k] ?? 0) > 0)
    .map((k) => `${alert.victims[k]} ${VICTIM_LABELS[k][language]}`)
    .join(', ');
  const parts = { category, place: place ? place.name : w.noPlace, victims, priority: w.priority[alert.priority] };
  const drops: Array<keyof typeof parts> = ['victims', 'priority', 'place'];
  for (let dropped = 0; dropped <= drops.length; dropped++) {
    const kept = (Object.keys(parts) as Array<keyof typeof parts>).filter((k) => !drops.slice(0, dropped).includes(k) && parts[k] !== '');
    const text = w.logged(alert.reference, kept.map((k) => parts[k]).join(', '));
    if (text.length <= SMS_LENGTH) return text;
  }
  return w.logged(alert.reference, category);
}
