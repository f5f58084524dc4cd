import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Block Kit and sentences live in the Slack adapter: alerts, follow-up, reminders, the digests, retention and
 * the domain decide what to say as typed facts and import neither src/slack nor @slack/*.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const PURE = ['src/alerts', 'src/followup', 'src/reminders', 'src/digests', 'src/retention', 'src/domain'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** Does `spec`, imported from `file`, reach Slack? */
function isSlack(file: string, spec: string): boolean {
  return spec.startsWith('@slack/') || (spec.startsWith('.') && `${resolve(file, '..', spec)}/`.startsWith(`${resolve(ROOT, 'src/slack')}/`));
}

function slackImports(folder: string): string[] {
  return files(resolve(ROOT, folder)).flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter((spec) => isSlack(file, spec))
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
  );
}

describe('the Slack adapter stays at the edge', () => {
  for (const folder of PURE) {
    it(`${folder} imports neither src/slack nor @slack/*`, () => {
      expect(slackImports(folder)).toEqual([]);
    });
  }

  it('would notice such an import', () => {
    expect(specifiers("import { renderCard } from '../slack/views/card.js';\nimport type { WebClient } from '@slack/web-api';\nconst m = await import('../slack/app.js');")).toEqual([
      '../slack/views/card.js',
      '@slack/web-api',
      '../slack/app.js',
    ]);
    const from = resolve(ROOT, 'src/followup/flows.ts');
    expect(['../slack/views/card.js', '@slack/bolt', '../slackish/x.js', '../store/outbox.js', '../../src/slack/app.js'].map((spec) => isSlack(from, spec))).toEqual([true, true, false, false, true]);
  });
});
