import { GENERAL_CHANNEL } from '../../src/fake-slack/index.js';
import type { EnteredValue } from '../../src/fake-slack/index.js';
import { interactiveElements } from '../../src/fake-slack/block-find.js';
import type { Running } from '../../tests/integration/harness.js';

/**
 * What people do in Slack during the leak drill, as Slack would send it: slash commands, clicks on
 * the buttons the app rendered, and the modals those clicks open, filled in and submitted.
 */
export class Desk {
  /** Steps that could not be done as a user would (no button, refused form): printed, not hidden. */
  readonly refusals: string[] = [];

  constructor(
    private readonly veille: Running,
    private readonly api: string,
    private readonly writer: string,
  ) {}

  private lastId(): number {
    return (this.veille.db.prepare('SELECT MAX(id) FROM alerts').pluck().get() as number | null) ?? 0;
  }

  async command(user: string, text: string): Promise<{ text: string; ephemeralTs?: string }> {
    const answer = await this.veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text });
    return { text: JSON.stringify(answer.body), ...(answer.ephemeralTs && { ephemeralTs: answer.ephemeralTs }) };
  }

  /** A quick report; the new alert's id, or 0 when nothing was logged. */
  async report(user: string, text: string): Promise<{ id: number; ephemeralTs?: string }> {
    const before = this.lastId();
    const answer = await this.command(user, text);
    await this.veille.settle(); // people act on the card once it is there
    const id = this.lastId();
    if (id === before) this.refusals.push(`report by ${user} not logged: ${answer.text.slice(0, 160)}`);
    return { id: id === before ? 0 : id, ...(answer.ephemeralTs && { ephemeralTs: answer.ephemeralTs }) };
  }

  async apiReport(body: Record<string, unknown>): Promise<number> {
    const response = await fetch(`${this.api}/alerts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.writer}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { reference?: string };
    const id = Number(/-(\d+)$/.exec(answer.reference ?? '')?.[1] ?? 0);
    if (!id) this.refusals.push(`API report refused (${response.status}): ${JSON.stringify(answer).slice(0, 160)}`);
    return id;
  }

  /** `/alert` with no text opens the form; fill it in and submit. */
  async formReport(user: string, values: Record<string, EnteredValue>): Promise<number> {
    const before = this.lastId();
    await this.veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: '' });
    const view = await this.veille.fake.waitFor(() => this.veille.fake.openViews(user).at(-1), { what: 'the form' }).catch(() => undefined);
    if (!view) {
      this.refusals.push(`form did not open for ${user}`);
      return 0;
    }
    await this.submit(user, view.id, values, 'form');
    await this.veille.settle();
    const id = this.lastId();
    return id === before ? 0 : id;
  }

  isRestricted(alertId: number): boolean {
    return this.veille.db.prepare('SELECT sensitivity FROM alerts WHERE id = ?').pluck().get(alertId) === 'restricted';
  }

  /** The Add-place form's submission, as Slack would send it from a modal the app opened. */
  async placeFormBy(user: string, alertId: number, place: string): Promise<void> {
    await this.veille.driver.viewSubmission({
      user,
      view: {
        callback_id: 'alert.form.place',
        private_metadata: JSON.stringify({ channel: GENERAL_CHANNEL, alertId, via: 'form' }),
        state: { values: { place: { value: { type: 'plain_text_input', value: place } } } },
      },
    });
    await this.veille.settle();
  }

  /** The ts of Veille's card for an alert in a channel, when it has one there. */
  cardTs(alertId: number, channel: string): string | undefined {
    return (this.veille.db.prepare('SELECT ts FROM alert_messages WHERE alert_id = ? AND channel = ?').pluck().get(alertId, channel) as string | undefined) ?? undefined;
  }

  /** Clicks a button on a message or ephemeral; false when the app did not render it there. */
  async click(user: string, channel: string, ts: string, actionId: string): Promise<boolean> {
    const { fake, driver } = this.veille;
    const source = fake.message(channel, ts) ?? fake.state.findEphemeral(ts);
    if (!source || !interactiveElements(source.blocks ?? []).some((e) => e.element.action_id === actionId)) {
      this.refusals.push(`no ${actionId} button for ${user} on ${channel} ${ts}`);
      return false;
    }
    await driver.clickButton({ user, channel, ts, actionId });
    return true;
  }

  /**
   * Clicks a button that opens a modal, fills the modal in and submits it. Returns the modal's
   * block ids (so a caller can see what it offered), or null when no modal opened.
   */
  async viaModal(user: string, channel: string, ts: string, actionId: string, values: (blocks: Set<string>) => Record<string, EnteredValue>): Promise<Set<string> | null> {
    const { fake } = this.veille;
    const open = fake.openViews(user).length;
    if (!(await this.click(user, channel, ts, actionId))) return null;
    const view = await fake.waitFor(() => fake.openViews(user).length > open && fake.openViews(user).at(-1), { what: `the ${actionId} modal` }).catch(() => undefined);
    if (!view) {
      this.refusals.push(`${actionId} by ${user}: no modal opened`);
      return null;
    }
    const blocks = new Set(view.blocks.map((b) => String(b.block_id ?? '')));
    await this.submit(user, view.id, values(blocks), actionId);
    return blocks;
  }

  private async submit(user: string, viewId: string, values: Record<string, EnteredValue>, what: string): Promise<void> {
    const { fake, driver } = this.veille;
    const answer = await driver.submitView({ user, viewId, values });
    const body = answer.body as { response_action?: string; errors?: unknown } | string;
    if (typeof body === 'object' && body?.response_action === 'errors') {
      this.refusals.push(`${what} by ${user} refused: ${JSON.stringify(body.errors).slice(0, 200)}`);
    }
    // A refused modal is closed as a user would (Cancel), so the next one opened is on top.
    if (fake.openViews(user).some((v) => v.id === viewId)) fake.closeView(user, viewId);
  }
}
