/** Generated text for the fuzz drill: words a report uses, and strings that break naive code. */
const NASTY = [
  "'; DROP TABLE alerts; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<!channel> <!here> <!everyone>',
  '<@U0POCLEAD1|olivier> <#C0POC00001|poc>',
  '<https://evil.example/x|click here>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder typed as text is the point of this input
  '${process.exit(1)}',
  '{{7*7}}',
  '\u0000\u0001\u0002',
  '\u202e\u202dRTL',
  '👩🏽‍⚕️🔥🇨🇩',
  'Z̸̢͈͔̈́a̶̹͌l̵͙̈g̴̜͝o̵͖͌',
  'place:"',
  'priority:',
  'killed:999999999999999999999',
  'type:crsv restricted:no',
  'show A-0',
  'show A-99999999999',
  'list place:',
  'list section:"',
  '%00%0a',
  'A-'.repeat(200),
  '\n\n\n',
  'Kamango '.repeat(600),
  '+243 81 555 0199',
  'witness@example.org',
];
const WORDS = ['attacked', 'tués', 'Beni', 'ADF', 'enfants', 'Mambasa', 'killed', 'two', 'deux', 'place:Beni', 'perp:M23', 'priority:critical', 'show', 'list', 'help', 'A-1', 'undo', 'update', 'assign', 'close', 'task', 'reopen', 'due:6h', 'A-3', 'duplicate'];

/** A seeded generator, so a failing run can be repeated exactly. */
export class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 1103515245 + 12345) % 2 ** 31;
    return this.state / 2 ** 31;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  text(): string {
    const parts: string[] = [];
    const n = this.int(12);
    for (let i = 0; i < n; i++) {
      const r = this.next();
      parts.push(r < 0.4 ? this.pick(WORDS) : r < 0.7 ? this.pick(NASTY) : String.fromCodePoint(...Array.from({ length: 1 + this.int(8) }, () => this.int(0x2ffff))));
    }
    return parts.join(' ');
  }
}

/** API bodies: random JSON, wrong types, unknown fields, huge or broken text. */
export function apiBody(r: Random): string {
  const bodies = [
    () => JSON.stringify({ description: r.text() }),
    () => JSON.stringify({ description: r.text(), category: r.pick(['crsv', 'nope', 7, null]), place: r.pick(['Beni', r.text(), 3, []]), victims: r.pick([{ killed: -1 }, { killed: 'x' }, { displaced: 1e20 }, {}]) }),
    () => JSON.stringify({ description: r.text(), locationText: r.pick([r.text(), 5, null]), sourceDetail: r.pick([r.text(), {}, 'x'.repeat(600)]), perpetrators: r.pick([[r.text()], 'ADF', [1]]) }),
    () => JSON.stringify({ [r.text()]: r.text() }),
    () => JSON.stringify(r.pick([[], 'text', 42, null, true])),
    () => `{"description": "${r.text()}"`,
    () => r.text(),
    () => JSON.stringify({ description: 'x'.repeat(r.int(20_000)) }),
  ];
  return r.pick(bodies)();
}
