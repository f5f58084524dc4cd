/**
 * The short line a reminder or escalation DM becomes once it no longer asks its reader for anything
 * (src/slack/render/reminder-copy.ts), merged into the English catalog. Mentions arrive already
 * written (`<@U…>`); an owner is named only to someone who may read the alert.
 */
export const reminderCopiesEn = {
  reminderCopies: {
    closed: (ref: string) => `⏰ *${ref}* has been closed: nothing more is asked of you here.`,
    nowOwnedBy: (ref: string, owner: string) => `⏰ *${ref}* is now owned by ${owner}: this reminder is no longer yours.`,
    noLongerYours: (ref: string) => `⏰ *${ref}* is no longer yours: this reminder needs no answer from you.`,
    noOwnerNow: (ref: string) => `⏰ *${ref}* is no longer yours (it has no owner now): this reminder needs no answer from you.`,
    acknowledged: (ref: string) => `⏰ *${ref}* has been acknowledged since this escalation.`,
    ownedBy: (ref: string, owner: string) => `⏰ *${ref}* has been taken in hand since this escalation: ${owner} owns it.`,
    hasOwner: (ref: string) => `⏰ *${ref}* has an owner since this escalation.`,
    noOwner: (ref: string) => `⏰ *${ref}* has changed hands since this escalation and has no owner now.`,
    taskDone: (ref: string) => `⏰ Your overdue task on *${ref}* is done.`,
    movedOn: (ref: string) => `⏰ *${ref}* has moved on since this reminder: its card shows where it stands.`,
  },
  /** The same for a reminder or escalation posted in a channel (`escalation`: which of the two it was). */
  reminderPosts: {
    closed: (ref: string, escalation: boolean) => `⏰ *${ref}* has been closed since this ${escalation ? 'escalation' : 'reminder'}.`,
    acknowledged: (ref: string, escalation: boolean) => `⏰ *${ref}* has been acknowledged since this ${escalation ? 'escalation' : 'reminder'}.`,
    ownedBy: (ref: string, owner: string, escalation: boolean) => `⏰ *${ref}* has been taken in hand since this ${escalation ? 'escalation' : 'reminder'}: ${owner} owns it.`,
    hasOwner: (ref: string, escalation: boolean) => `⏰ *${ref}* has an owner since this ${escalation ? 'escalation' : 'reminder'}.`,
    noOwner: (ref: string, escalation: boolean) => `⏰ *${ref}* has changed hands since this ${escalation ? 'escalation' : 'reminder'} and has no owner now.`,
    updated: (ref: string, escalation: boolean) => `⏰ *${ref}* has been updated since this ${escalation ? 'escalation' : 'reminder'}.`,
    movedOn: (ref: string, escalation: boolean) => `⏰ *${ref}* has moved on since this ${escalation ? 'escalation' : 'reminder'}: its card shows where it stands.`,
  },
};
