import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * An actor named inside what a threatened person said, aired or wrote (reports36): "journalist threatened after airing a
 * programme on illegal taxes at FARDC barriers", "menacé après son émission sur les exactions des M23", "an article
 * about ADF killings". The actor is the topic of the speech, not who threatened. Look-alikes kept: the speech's doer
 * named outside it ("M23 threatened the journalist after his programme on taxes"), a programme by an actor
 * ("a programme of the M23 radio").
 */
const SPEECH = /^(programmes?|programs?|emissions?|shows?|articles?|reports?|reportages?|broadcasts?|posts?|sermons?|interviews?|debates?|debats?|chroniques?|publications?|messages?|documentaire|documentary)$/;
const ABOUT = /^(on|about|sur|concernant|regarding|denonçant|denoncant|exposing)$/;

// (only a speech someone was threatened for: "CORRECTION to my message on Eringeti: attackers were Mai-Mai" names the doer)
const THREATENED = /^(threat\w*|menac\w*|intimid\w*|harass\w*|harcel\w*|pressure\w*|pressions?|warned|averti\w*|summoned|convoque\w*|attacked|agresse\w*|beaten|battu\w*)$/;

const THREATENED_SAID = trigger(['threat*', 'menac*', 'intimid*', 'harass*', 'harcel*', 'pressure*', 'pression', 'pressions', 'warned', 'averti*', 'summoned', 'convoque*', 'attacked', 'agresse*', 'beaten', 'battu*']);

export function topicOfSpeech(tokens: readonly Token[], start: number): boolean {
  if (!said(tokens, THREATENED_SAID) || !tokens.some((t) => THREATENED.test(t.norm))) return false;
  for (let k = start - 1; k >= 1 && k >= start - 8; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (ABOUT.test(tokens[k]!.norm) && SPEECH.test(tokens[k - 1]!.norm)) return true;
  }
  return false;
}
