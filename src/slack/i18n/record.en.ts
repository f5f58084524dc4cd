/**
 * An alert's follow-up record and history as `/alert show` prints them, merged into the English
 * catalog; record.fr.ts has the same keys. Mentions, times, durations and labels arrive written.
 */
export const recordEn = {
  record: {
    someone: 'someone',
    Someone: 'Someone',
    assigned: 'assigned',
    notAssigned: 'not assigned',
    owner: (who: string) => `*Owner* ${who}`,
    status: (status: string) => `*Status* ${status}`,
    due: (time: string, overdue: boolean) => `*Due* ${time}${overdue ? ' ⏰ overdue' : ''}`,
    times: (acknowledge: string, firstResponse: string, late: boolean, close: string) => `*Time to acknowledge* ${acknowledge} · *to first response* ${firstResponse}${late ? ' (late)' : ''} · *to close* ${close}`,
    responses: (n: number) => `*Responses* (${n})`,
    response: (type: string, unit: string | null, at: string, after: string, late: string | null, outcome: string | null) =>
      `• ${type}${unit ? ` (${unit})` : ''} · ${at} · ${after} after the alert${late ? ` · late: ${late}` : ''}${outcome ? `\n    Outcome: ${outcome}` : ''}`,
    tasks: (n: number) => `*Tasks* (${n})`,
    releasedTask: '⤴️ released, not done:',
    taskDue: (time: string) => ` · due ${time}`,
    history: (ref: string) => `History of ${ref}`,
    earlier: (n: number) => `${n} earlier events not shown.`,
    restrictedHistory: 'Restricted alert: you see what was done and when; who, and the details, are for the restricted sections and the reporter.',
    reporterHistory: 'Your report is restricted: you see what was done and when; who works on it, and what they added, are for the restricted sections.',
    reporterView: (sections: string) => `Your report is restricted: you see what you reported and what was done; who works on it, and what they added, are for ${sections}.`,
    summaryOnly: 'You see the summary only: details are for the restricted sections and the reporter.',
    source: (detail: string) => `*Source (confidential)*\n${detail}`,
    via: { quick_report: 'quick report', form: 'form', shortcut: 'message shortcut', api: 'API', sms: 'SMS', report: 'report' } as Record<string, string>,
    events: {
      logged: (via: string) => `logged it (via ${via})`,
      edited: (fields: string | null) => `edited ${fields ?? 'it'}`,
      withdrawn: 'withdrew it',
      revealed: 'viewed its restricted details',
      acknowledged: 'acknowledged it',
      took: 'took ownership',
      assigned: (to: string, due: string | null) => `assigned it to ${to}${due ? `, due ${due}` : ''}`,
      updated: (text: string | null) => (text ? `update: ${text}` : 'added an update'),
      outcome: (text: string | null) => (text ? `recorded an outcome: ${text}` : 'recorded an outcome'),
      response: (type: string | null, unit: string | null, at: string, late: string | null) =>
        type ? `logged a response: ${type}${unit ? ` (${unit})` : ''} at ${at}${late ? ` · late: ${late}` : ''}` : 'logged a response',
      verified: (verification: string | null, grading: string) => (verification ? `marked it ${verification}${grading}` : 'updated its verification'),
      grading: (reliability: string | null, credibility: string | null, sources: string | null) =>
        `${reliability ? ` · reliability ${reliability}` : ''}${credibility ? ` · credibility ${credibility}` : ''}${sources !== null ? ` · ${sources} independent sources` : ''}`,
      closed: (reason: string, duplicateOf: string | null, note: string | null) => `closed it: ${reason.toLowerCase()}${duplicateOf ? ` of ${duplicateOf}` : ''}${note ? ` — ${note}` : ''}`,
      reopened: 'reopened it',
      taskAdded: (to: string, text: string | null) => `gave ${to} a task${text ? `: ${text}` : ''}`,
      taskDone: (owner: string | null) => `completed ${owner ? `${owner}'s` : 'a'} task`,
      postsWithdrawn: (n: number) => `edited ${n} earlier posts outside the restricted sections down to a notice`,
      ownerReleased: (who: string) => `released ${who} as owner: not in a restricted section holding it`,
      taskReleased: (who: string) => `released ${who} from a task: not in a restricted section holding it`,
      ownerReleasedLeft: (who: string) => `released ${who} as owner: left a restricted section holding it, in no other`,
      taskReleasedLeft: (who: string) => `released ${who} from a task: left a restricted section holding it, in no other`,
      postFailed: (channel: string, error: string) => `could not post its card in ${channel} (${error})`,
      snoozed: 'snoozed its reminders',
      escalated: 'was escalated',
      reminded: 'reminded the owner',
      taskReminded: 'reminded a task owner',
      redacted: 'had its details redacted (retention)',
      other: (type: string) => type,
    },
  },
};

export type RecordCatalog = typeof recordEn;
