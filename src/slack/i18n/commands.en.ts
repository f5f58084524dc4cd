/**
 * What `/alert` answers privately outside the follow-up flows: usage, unknown words, due times,
 * references, list filters, a report refused. Merged into the English catalog; commands.fr.ts has the
 * same keys. Typed words (escaped) and references arrive ready to print.
 */
export const commandsEn = {
  commands: {
    usage: (usage: string) => `Usage: \`/alert ${usage}\``,
    examples: (examples: string) => `e.g. ${examples} — \`/alert help\` lists everything.`,
    notSubcommand: (word: string, suggestion: string | null) => `*${word}* is not a subcommand${suggestion ? ` — did you mean \`/alert ${suggestion}\`?` : '.'} Nothing was logged.`,
    howToLog: 'To log an alert, describe it: `/alert Armed men attacked Kamango market, 4 killed, ADF suspected`. `/alert help` lists everything.',
    dueNotUnderstood: (raw: string) => `*due:${raw}* is not a due time I understand. Nothing was changed.`,
    dueHelp: 'Use a due time such as `due:6h`, `due:30m`, `due:2d`, `due:tomorrow` (08:00), `due:2026-11-25` (17:00) or `due:2026-11-25T14:00`.',
    duePassed: (raw: string) => `*due:${raw}* has already passed. Nothing was changed.`,
    noSuchAlert: (typed: string) => `No alert *${typed}*.`,
    referencesLook: (prefix: string) => `References look like \`${prefix}-12\`; \`/alert list\` shows the open ones.`,
    duplicateOfWhich: (ref: string) => `Which alert is ${ref} a duplicate of? Nothing was changed.`,
    duplicateExample: (ref: string, prefix: string) => `e.g. \`/alert close ${ref} duplicate ${prefix}-7\``,
    noSection: (typed: string) => `No section *${typed}*.`,
    sections: (ids: string) => `Sections: ${ids}`,
    notInGazetteer: (typed: string) => `*${typed}* is not in the gazetteer.`,
    tryPlace: 'Try a locality, territory or province name, e.g. `place:Beni`.',
    noneMatch: 'No open alerts match.',
    logOne: 'Log one with `/alert <what happened, where, who>`.',
    tooLong: (length: string, max: string) => `⚠️ Nothing was logged: the report is ${length} characters and the limit is ${max}.`,
    tooLongDetail: 'Shorten it and send it again, or put the rest in an update once it is logged. Your text is below.',
    conduct: (channel: string) => `This reads as sexual exploitation or abuse by UN personnel. That is not a protection alert: report it to Conduct and Discipline in ${channel}.`,
    conductDetail: 'Nothing was logged or posted by Veille. Your text is below, only for you, to pass on.',
    /** Above the text of a refused report, given back whole (Slack keeps no copy of it). */
    yourText: 'Your text, to copy:',
    /** `/alert list`'s lines and the count under them. */
    listRestricted: 'restricted',
    listHasOwner: 'has an owner',
    listNoOwner: 'no owner',
    listMore: (n: number) => `…and ${n} more. Narrow with \`mine\`, \`overdue\`, \`place:\` or \`section:\`.`,
    listCount: (n: number) => `${n} open alert${n === 1 ? '' : 's'}.`,
    listOverdue: (n: number) => ` ⏰ ${n} overdue.`,
    listText: (n: number) => `${n} open alerts`,
    /** One subcommand in help: its form, what it does, an example. */
    helpLine: (usage: string, summary: string, example: string | null) => `• \`/alert ${usage}\` — ${summary}${example ? ` e.g. \`${example}\`` : ''}`,
  },
};

export type CommandsCatalog = typeof commandsEn;
