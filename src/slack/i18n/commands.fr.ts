import type { CommandsCatalog } from './commands.en.js';

/** Ce que `/alert` répond en privé hors des actions de suivi : mêmes clés que commands.en.ts. */
export const commandsFr: CommandsCatalog = {
  commands: {
    usage: (usage) => `Syntaxe : \`/alert ${usage}\``,
    examples: (examples) => `p. ex. ${examples} — \`/alert aide\` liste tout.`,
    notSubcommand: (word, suggestion) => `*${word}* n'est pas une sous-commande${suggestion ? ` — vouliez-vous dire \`/alert ${suggestion}\` ?` : '.'} Rien n'a été enregistré.`,
    howToLog: "Pour signaler une alerte, décrivez-la : `/alert Des hommes armés ont attaqué le marché de Kamango, 4 morts, ADF suspectés`. `/alert aide` liste tout.",
    dueNotUnderstood: (raw) => `*due:${raw}* n'est pas une échéance que je comprends. Rien n'a été modifié.`,
    dueHelp: 'Donnez une échéance comme `due:6h`, `due:30m`, `due:2j`, `due:demain` (08:00), `due:2026-11-25` (17:00) ou `due:2026-11-25T14:00`.',
    duePassed: (raw) => `*due:${raw}* est déjà passée. Rien n'a été modifié.`,
    noSuchAlert: (typed) => `Aucune alerte *${typed}*.`,
    referencesLook: (prefix) => `Les références ont la forme \`${prefix}-12\` ; \`/alert liste\` montre celles qui sont ouvertes.`,
    duplicateOfWhich: (ref) => `De quelle alerte ${ref} est-elle un doublon ? Rien n'a été modifié.`,
    duplicateExample: (ref, prefix) => `p. ex. \`/alert clore ${ref} duplicate ${prefix}-7\``,
    noSection: (typed) => `Aucune section *${typed}*.`,
    sections: (ids) => `Sections : ${ids}`,
    notInGazetteer: (typed) => `*${typed}* n'est pas dans le répertoire des lieux.`,
    tryPlace: 'Essayez une localité, un territoire ou une province, p. ex. `lieu:Beni`.',
    noneMatch: 'Aucune alerte ouverte ne correspond.',
    logOne: 'Signalez-en une avec `/alert <ce qui s’est passé, où, qui>`.',
    tooLong: (length, max) => `⚠️ Rien n'a été enregistré : le signalement compte ${length} caractères et la limite est de ${max}.`,
    tooLongDetail: 'Raccourcissez-le et renvoyez-le, ou mettez le reste dans une mise à jour une fois enregistré. Votre texte est ci-dessous.',
    conduct: (channel) => `Ceci décrit une exploitation ou des abus sexuels par du personnel de l'ONU. Ce n'est pas une alerte de protection : signalez-le à Conduite et discipline dans ${channel}.`,
    conductDetail: "Veille n'a rien enregistré ni publié. Votre texte est ci-dessous, pour vous seul, à transmettre.",
    helpLine: (usage, summary, example) => `• \`/alert ${usage}\` — ${summary}${example ? ` p. ex. \`${example}\`` : ''}`,
  },
};
