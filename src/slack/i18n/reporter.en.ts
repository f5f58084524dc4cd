/**
 * What Veille tells the person who reported an alert (src/reporter, src/slack/render/reporter.ts):
 * their DMs, the SMS back to an SMS reporter, and `/alert notify`. Spread into the catalogs.
 */
export const reporterEn = {
  reporter: {
    acknowledged: (ref: string, by: string, time: string) => `✅ Your report *${ref}* was acknowledged by ${by} (${time}).`,
    acknowledgedPlain: (ref: string) => `✅ Your report *${ref}* was acknowledged.`,
    responded: (ref: string, type: string, unit: string | null, time: string) => `🚨 First response to your report *${ref}*: ${type}${unit ? ` — ${unit}` : ''}, ${time}.`,
    respondedPlain: (ref: string) => `🚨 A first response was logged on your report *${ref}*.`,
    closed: (ref: string, reason: string) => `🏁 Your report *${ref}* was closed: ${reason}.`,
    outcome: (text: string) => `Outcome: ${text}`,
    seeCard: (link: string) => `Its card: ${link}`,
    showIt: (ref: string) => `\`/alert show ${ref}\` shows your report.`,
    why: 'You get this because you reported it. `/alert notify off` stops these messages.',
    notifyOff: 'You will no longer get messages about what is done with your reports. `/alert notify on` turns them back on.',
    notifyOn: 'You will get a message when your reports are acknowledged, get a first response, and are closed. `/alert notify off` stops them.',
    notifySame: (on: boolean): string => (on ? 'Messages about your reports were already on.' : 'Messages about your reports were already off.'),
    /** The SMS back: the step and the reference, nothing of what was done or by whom (a phone can be taken). */
    sms: {
      acknowledged: (ref: string) => `Veille ${ref}: your message was received and is being followed up. Thank you.`,
      responded: (ref: string) => `Veille ${ref}: action is being taken on your message. Thank you.`,
      closed: (ref: string) => `Veille ${ref}: the follow-up of your message is complete. Thank you.`,
    },
  },
};
