import type { Alert } from '../../domain/alert.js';
import type { Language } from '../../domain/taxonomy.js';

/** The words of alert cards and stubs, in the mission's channel language (`language` in the config). */
export interface CardWords {
  place: string;
  perpetrator: string;
  victims: string;
  priority: string;
  verification: string;
  status: string;
  owner: string;
  notAssigned: string;
  /** Has an owner, unnamed (a restricted case read by its reporter outside its sections). */
  assigned: string;
  occurred: string;
  sourceType: string;
  restricted: string;
  hrddp: string;
  setByReporter: string;
  reportedBy: string;
  noDescription: string;
  shortened: (reference: string) => string;
  via: Record<Alert['reportedVia'], string>;
  /** A field intake gateway's alert: the door and the kind of source, never who (gateways/source.ts). */
  cameFrom: (via: string, gateway: string, member: boolean) => string;
  statuses: Record<Alert['status'], string>;
  verifications: Record<Alert['verification'], string>;
  priorities: Record<Alert['priority'], string>;
  closed: string;
  closures: Record<string, string>;
  duplicateOf: string;
  heldBy: string;
  restrictedSections: string;
  stubNote: string;
  restrictedAlert: string;
  withdrawn: string;
  logged: string;
  withdrawnAt: string;
  buttons: { acknowledge: string; takeOwnership: string; assign: string; update: string; respond: string; verify: string; close: string; reopen: string };
}

export const CARD_WORDS: Record<Language, CardWords> = {
  en: {
    place: 'Place',
    perpetrator: 'Perpetrator',
    victims: 'Victims',
    priority: 'Priority',
    verification: 'Verification',
    status: 'Status',
    owner: 'Owner',
    notAssigned: 'not assigned',
    assigned: 'assigned',
    occurred: 'Occurred',
    sourceType: 'Source type',
    restricted: '🔒 Restricted',
    hrddp: '⚖️ HRDDP: host-state perpetrator',
    setByReporter: ' (set by reporter)',
    reportedBy: 'Reported by',
    noDescription: '_no description_',
    shortened: (ref) => `_(shortened: \`/alert show ${ref}\` has the full text)_`,
    via: { quick_report: 'quick report', form: 'form', api: 'API', shortcut: 'message shortcut', sms: 'SMS' },
    cameFrom: (via, gateway, member) => `Came by ${via} (${gateway}) from ${member ? 'a known community alert network member' : 'an unverified source'}`,
    statuses: { new: 'New', acknowledged: 'Acknowledged', responding: 'Responding', monitoring: 'Monitoring', closed: 'Closed' },
    verifications: { alleged: 'Alleged', verified: 'Verified', unverifiable: 'Unverifiable', unfounded: 'Unfounded' },
    priorities: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' },
    closed: 'Closed',
    closures: { resolved: 'resolved', unfounded: 'unfounded', duplicate: 'duplicate', no_action_possible: 'no action possible' },
    duplicateOf: 'of',
    heldBy: 'Details held by',
    restrictedSections: 'the restricted sections',
    stubNote: 'Restricted alert: details go only to restricted sections',
    restrictedAlert: 'restricted alert',
    withdrawn: 'withdrawn by its reporter',
    logged: 'Logged',
    withdrawnAt: 'withdrawn',
    buttons: { acknowledge: 'Acknowledge', takeOwnership: 'Take ownership', assign: 'Assign…', update: 'Add update', respond: 'Log response…', verify: 'Verify…', close: 'Close…', reopen: 'Reopen' },
  },
  fr: {
    place: 'Lieu',
    perpetrator: 'Auteur présumé',
    victims: 'Victimes',
    priority: 'Priorité',
    verification: 'Vérification',
    status: 'Statut',
    owner: 'Responsable',
    notAssigned: 'non attribuée',
    assigned: 'attribuée',
    occurred: 'Survenue le',
    sourceType: 'Type de source',
    restricted: '🔒 Restreinte',
    hrddp: '⚖️ HRDDP : auteur relevant de l’État hôte',
    setByReporter: ' (fixée par l’auteur du signalement)',
    reportedBy: 'Signalée par',
    noDescription: '_pas de description_',
    shortened: (ref) => `_(raccourci : \`/alert show ${ref}\` donne le texte entier)_`,
    via: { quick_report: 'signalement rapide', form: 'formulaire', api: 'API', shortcut: 'raccourci de message', sms: 'SMS' },
    cameFrom: (via, gateway, member) => `Reçu par ${via} (${gateway}) ${member ? "d'un membre connu du réseau d'alerte communautaire" : 'de source non vérifiée'}`,
    statuses: { new: 'Nouvelle', acknowledged: 'Prise en compte', responding: 'Réponse en cours', monitoring: 'Suivi', closed: 'Clôturée' },
    verifications: { alleged: 'Allégation', verified: 'Vérifiée', unverifiable: 'Invérifiable', unfounded: 'Infondée' },
    priorities: { critical: 'Critique', high: 'Haute', medium: 'Moyenne', low: 'Basse' },
    closed: 'Clôturée',
    closures: { resolved: 'résolue', unfounded: 'infondée', duplicate: 'doublon', no_action_possible: 'aucune action possible' },
    duplicateOf: 'de',
    heldBy: 'Détails détenus par',
    restrictedSections: 'les sections restreintes',
    stubNote: 'Alerte restreinte : les détails ne vont qu’aux sections restreintes',
    restrictedAlert: 'alerte restreinte',
    withdrawn: 'retirée par son auteur',
    logged: 'Enregistrée',
    withdrawnAt: 'retirée',
    buttons: {
      acknowledge: 'Prendre en compte',
      takeOwnership: 'Prendre en charge',
      assign: 'Attribuer…',
      update: 'Mise à jour',
      respond: 'Consigner une réponse…',
      verify: 'Vérifier…',
      close: 'Clôturer…',
      reopen: 'Rouvrir',
    },
  },
};
