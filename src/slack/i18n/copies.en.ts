/**
 * The words of DM copies of a card once they are no longer the recipient's (src/slack/render/dm-copy.ts),
 * merged into the English catalog. Mentions arrive already written (`<@U…>`).
 */
export const copiesEn = {
  copies: {
    /** The old owner's DM, once someone else owns the alert. */
    nowOwnedBy: (ref: string, owner: string) => `👤 *${ref}* is now owned by ${owner}.`,
    /** The same, where the recipient may not be told who works it (restricted). */
    noLongerYours: (ref: string) => `👤 *${ref}* is no longer yours.`,
    /** The old owner's DM, once the alert has no owner. */
    noOwnerNow: (ref: string) => `👤 *${ref}* is no longer yours: it has no owner now.`,
    /** A task's DM, once the task is done. */
    taskDone: (ref: string) => `☑️ Your task on *${ref}* is done.`,
  },
};
