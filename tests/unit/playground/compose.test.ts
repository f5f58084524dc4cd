import { describe, expect, it } from 'vitest';
import { encodeTyped, splitCommand } from '../../../src/playground/compose.js';

const directory = {
  people: [
    { id: 'U0POCLEAD1', name: 'olivier' },
    { id: 'U0CRSVADV1', name: 'grace' },
  ],
  channels: { C0POC00001: 'poc-alerts' },
};

describe('what the message box sends', () => {
  it('escapes &, < and > as Slack does, so typed text can never become a link or a mention', () => {
    expect(encodeTyped('<!channel> & <https://x.example|click>', directory)).toBe('&lt;!channel&gt; &amp; &lt;https://x.example|click&gt;');
  });

  it('turns @name of a member and #channel into Slack entities (should_escape)', () => {
    expect(encodeTyped('assign A-3 @olivier', directory)).toBe('assign A-3 <@U0POCLEAD1|olivier>');
    expect(encodeTyped('see #poc-alerts (cc @Grace)', directory)).toBe('see <#C0POC00001|poc-alerts> (cc <@U0CRSVADV1|grace>)');
    expect(encodeTyped('mail me@olivier and @nobody #nowhere', directory)).toBe('mail me@olivier and @nobody #nowhere');
    expect(encodeTyped('assign A-3 @olivier', directory, false)).toBe('assign A-3 @olivier');
  });

  it('separates a slash command from its text', () => {
    expect(splitCommand('/alert show A-1')).toEqual({ command: '/alert', text: 'show A-1' });
    expect(splitCommand('  /ALERT  ')).toEqual({ command: '/alert', text: '' });
    expect(splitCommand('/alert Attaque à Beni\nsecond line')).toEqual({ command: '/alert', text: 'Attaque à Beni\nsecond line' });
    expect(splitCommand('an /alert in the middle')).toBeNull();
  });
});
