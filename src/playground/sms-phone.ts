/**
 * The sender's phone under the "Send an SMS" box: what the box texted, the TwiML reply Twilio would
 * text back at once, and the SMS Veille sends later through the gateways' APIs as the alert is
 * acknowledged, responded to and closed. Those go to the test kit's fake gateways
 * (src/fake-gateways/sms.ts), which record them: nothing leaves this machine.
 */
import type { FakeSmsGateways } from '../fake-gateways/sms.js';

export interface PhoneMessage {
  /** From the phone (the box) or to it (Veille's replies). */
  direction: 'sent' | 'received';
  text: string;
  at: number;
  /** How it travelled: the box's webhook, the TwiML answer to it, or the gateway's Messages/broadcasts API. */
  via: 'webhook' | 'twiml' | 'twilio' | 'rapidpro';
}

export class SmsPhones {
  private log: Array<PhoneMessage & { phone: string }> = [];
  /** How many of the fake gateways' sends are in the log already. */
  private taken = 0;

  constructor(
    private gateways: FakeSmsGateways,
    private now: () => number,
  ) {}

  /** The box texted `text` from `phone`; Veille answered `reply` in TwiML (null: no message). */
  exchanged(phone: string, text: string, reply: string | null): void {
    this.catchUp();
    this.log.push({ phone, direction: 'sent', text, at: this.now(), via: 'webhook' });
    if (reply !== null) this.log.push({ phone, direction: 'received', text: reply, at: this.now(), via: 'twiml' });
  }

  /** What `phone` sent and received, oldest first. */
  of(phone: string): PhoneMessage[] {
    this.catchUp();
    return this.log.filter((m) => m.phone === phone).map(({ phone: _phone, ...message }) => message);
  }

  /** Reset to example data: the phones are emptied with the rest. */
  clear(): void {
    this.gateways.sent.splice(0);
    this.taken = 0;
    this.log = [];
  }

  /** The gateways' sends since the last look, in the order they were taken. */
  private catchUp(): void {
    const sent = this.gateways.sent;
    for (; this.taken < sent.length; this.taken++) {
      const sms = sent[this.taken]!;
      this.log.push({ phone: sms.to, direction: 'received', text: sms.text, at: this.now(), via: sms.gateway });
    }
  }
}
