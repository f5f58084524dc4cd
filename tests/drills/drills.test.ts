import { describe, expect, it } from 'vitest';
import { diskDrill } from '../../drills/disk.js';
import { forgeryDrill } from '../../drills/forgery.js';
import { fuzzDrill } from '../../drills/fuzz.js';
import { slackDownDrill } from '../../drills/slack-down.js';
import { leakDrill } from '../../drills/leak.js';

describe('the reliability drills (short versions)', () => {
  it('forgery: every forged request (future timestamps too) is refused with 401 and changes nothing; every replay within the window is processed once', async () => {
    const result = await forgeryDrill();
    expect(result.figures).toMatchObject({ forged_requests: 20, refused_401: 20, database_unchanged: 'true', slack_calls_caused: 0 });
    expect(result.figures).toMatchObject({ replayed_requests: 18, replays_processed_again: 0, replays_answered_differently: 0, fake_slack_violations: 0 });
    expect(result.clean).toBe(true);
  }, 60_000);

  it('fuzz: every button, select and modal, well-formed and not: no crash, no 500, no error in the app log, every command answered', async () => {
    const result = await fuzzDrill(600, 7);
    expect(result.figures).toMatchObject({ server_errors: 0, answers_without_a_clear_message: 0, requests_failed: 0, app_log_errors: 0, never_exercised: 0, slack_calls_refused_by_the_fake: 0, integrity: 'ok', healthz_after: 200 });
    expect(result.figures.log_capture_control).toMatch(/^a forged request was seen/);
    expect(result.figures.modals_opened as number).toBeGreaterThan(50);
    expect(result.clean).toBe(true);
  }, 120_000);

  it('disk: a full or read-only database gets "nothing was logged", never a false "logged", and keeps what it had', async () => {
    const result = await diskDrill();
    expect(result.figures).toMatchObject({ false_logged: 0, unclear_answers: 0, refused_while_read_only: 20, alerts_without_logged_event: 0, integrity: 'ok' });
    expect(result.figures.told_nothing_logged as number).toBeGreaterThan(0);
    expect(result.figures.stored_after).toBe(result.figures.stored_before_full);
  }, 120_000);

  it('slack-down: confirmations go on, and every card, escalation and digest goes out once, in order, when Slack is back', async () => {
    const result = await slackDownDrill({ reports: 10, outageMinutes: 30 });
    expect(result.figures).toMatchObject({ confirmations_during_outage: 10, duplicate_cards: 0, cards_out_of_order: 0, outbox_failed: 0, outbox_pending_after: 0, fake_slack_violations: 0 });
    expect(result.figures.cards_posted).toBe(result.figures.cards_expected);
    expect(result.figures.escalation_posts).toBe(result.figures.escalation_events);
    expect(result.figures.digests_posted).toBe(result.figures.digests_recorded);
    expect(result.clean).toBe(true);
  }, 120_000);

  it('leak: after alerts change (re-categorised, followed up, closed as duplicates, reopened, redacted), nothing reaches a reader who may not see it', async () => {
    const result = await leakDrill({ units: 3 });
    // Every canary is found where it is allowed (the control), and nowhere else.
    expect(result.figures).toMatchObject({ findings: 0, canaries_not_found_where_allowed: 0, fake_slack_violations: 0, steps_refused_or_impossible: 0 });
    expect(result.figures.retention_control_present_before_redaction).toMatch(/^(\d+) of \1$/);
    expect(result.figures.scanned_per_surface).toMatch(/thread reply \d{3}/);
    expect(result.clean).toBe(true);
  }, 120_000);
});
