import { describe, expect, it } from 'vitest';
import { alertCommand } from '../../../commands/alert/index.js';
import { dispatch } from '../../../commands/alert/grammar.js';

const kind = (text: string) => {
  const d = dispatch(text, alertCommand.subcommands);
  return d.kind === 'subcommand' || d.kind === 'misused' ? `${d.kind}:${d.subcommand.name}` : d.kind;
};

describe('the /alert grammar', () => {
  it('recognises a subcommand only when its whole form matches', () => {
    expect(kind('show A-12')).toBe('subcommand:show');
    expect(kind('voir a-3')).toBe('subcommand:show');
    expect(kind('list place:Beni section:poc')).toBe('subcommand:list');
    expect(kind('help')).toBe('subcommand:help');
    expect(kind('list of displaced families arriving in Oicha from Mbau since Monday')).toBe('report');
    expect(kind('show of force by armed men near Eringeti, population afraid')).toBe('report');
  });

  it('gives usage for a subcommand word with too little after it', () => {
    expect(kind('show')).toBe('misused:show');
    expect(kind('show me A-12 please')).toBe('misused:show');
  });

  it('calls a word before a reference, or a lone misspelt subcommand, unknown', () => {
    expect(kind('shwo A-1')).toBe('unknown');
    expect(kind('shwo')).toBe('unknown');
    expect(kind('lsit')).toBe('unknown');
    expect(kind('assing')).toBe('unknown');
    expect(kind('Armed men attacked Kamango')).toBe('report');
  });

  it('takes any other lone word as a short report', () => {
    for (const word of ['foo', 'fire', 'pillage', 'ok', 'a', 'kidnapping', '🔥🔥🔥']) expect(kind(word), word).toBe('report');
  });
});
