/**
 * What Veille says when an alert becomes restricted after it went out, as facts frozen in the
 * transaction of the change; src/slack/render turns them into words, in the reader's language, when
 * the post is sent. Pure types: no Slack, no sentences. Users are Slack ids (or an API token's name).
 */

import type { ClosureReason } from '../domain/alert.js';
import type { ReporterStep } from '../reporter/facts.js';

/** Where a withdrawn post landed: a channel, or a person's DM (whose language it was written in). */
type RetractedReader = { channel: string } | { user: string };

/** A post outside the restricted sections, edited down (or rewritten before it leaves) to a notice. */
export interface Retracted {
  about: 'retracted';
  reference: string;
  /** Ids of the restricted sections now holding the details (none: "the restricted sections"). */
  heldBy: string[];
  reader: RetractedReader;
  /**
   * A notice told to its reporter while the alert was standard, the reporter being outside the
   * sections now holding it: said again as the step alone (no names, unit or outcome).
   */
  stepOnly?: { step: ReporterStep; closure?: ClosureReason };
  /** Withdrawn because its reader left the restricted channel holding it (it was restricted already). */
  leftChannel?: true;
}

/** Someone who may no longer read it and was let go: its owner, or a task's owner. */
export type Released = { type: 'owner'; owner: string } | { type: 'task'; owner: string; text: string };

/** In its thread in each restricted section now holding it: what happened, its leads mentioned. */
export interface NowRestrictedHeldHere {
  about: 'now_restricted_held_here';
  reference: string;
  leads: string[];
  /** Thread replies and DMs outside the restricted sections edited down to a notice. */
  edited: number;
  released: Released[];
}

/**
 * In its thread in each restricted section holding it: someone who worked it left one of those
 * channels, is in no other, and was released (`left`: who, `channel`: the channel they left).
 */
export interface LeftAndReleased {
  about: 'left_and_released';
  reference: string;
  leads: string[];
  left: string;
  channel: string;
  released: Released[];
}

export type RestrictionPost = Retracted | NowRestrictedHeldHere | LeftAndReleased;
