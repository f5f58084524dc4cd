import { describe, expect, it } from 'vitest';
import { buildManifest, runManifestCommand } from '../../commands/manifest.js';
import { loadSchemaValidator } from './json-schema.js';

const validate = loadSchemaValidator('../shared/reference/slack-manifest-schema/manifest.schema.json');
const URL_ = 'https://veille.mission.example.org/slack/events';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written: string[] = [];
  const code = runManifestCommand(argv, { out: (l) => out.push(l), err: (l) => err.push(l), write: (j) => written.push(j) });
  return { code, out, err, manifest: written[0] ? JSON.parse(written[0]) : undefined };
}

describe('the manifest per mode', () => {
  it('--socket: Socket Mode on, no request URL anywhere, valid against Slack\'s manifest schema', () => {
    const { code, out, manifest } = run(['--socket']);
    expect(code).toBe(0);
    expect(out).toEqual(['Wrote manifest.json for Socket Mode (no request URLs)']);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(manifest)).not.toMatch(/request_url|"url"/);
    expect(validate(manifest)).toEqual([]);
  });

  it('with a request URL: Socket Mode off, the URL on the slash command, interactivity and events, valid against the schema', () => {
    const { code, out, manifest } = run([URL_]);
    expect(code).toBe(0);
    expect(out).toEqual([`Wrote manifest.json for HTTP mode: Socket Mode off, requests to ${URL_}`]);
    expect(manifest.settings).toMatchObject({ socket_mode_enabled: false, interactivity: { is_enabled: true, request_url: URL_ }, event_subscriptions: { request_url: URL_, bot_events: ['app_home_opened', 'member_left_channel'] } });
    expect(manifest.features.slash_commands.map((c: { url: string }) => c.url)).toEqual([URL_]);
    expect(validate(manifest)).toEqual([]);
  });

  it('the validator is not a rubber stamp: it finds what Slack would refuse', () => {
    const broken = buildManifest({ requestUrl: URL_ }) as any;
    broken.display_information.name = 'V'.repeat(40);
    broken.settings.surprise = true;
    delete broken.features.bot_user.display_name;
    const errors = validate(broken);
    expect(errors.join('\n')).toMatch(/display_information\.name: longer than 35/);
    expect(errors.join('\n')).toMatch(/settings: unexpected property surprise/);
    expect(errors.join('\n')).toMatch(/bot_user: display_name is required/);
  });

  it('answers --help, and refuses no mode, both modes, a stray argument, an unknown option or a non-https URL', () => {
    expect(run(['--help'])).toMatchObject({ code: 0, out: [expect.stringMatching(/^Usage:\n {2}npm run manifest -- --socket/)] });
    expect(run([]).err[0]).toMatch(/^Give either --socket or the request URL, not both\./);
    expect(run(['--socket', URL_]).code).toBe(64);
    expect(run([URL_, 'extra']).err[0]).toMatch(/^Unexpected argument extra\./);
    expect(run(['--http']).err[0]).toMatch(/^Unknown option '--http'/);
    expect(run(['http://veille.local/slack/events'])).toMatchObject({ code: 64, err: ['The request URL must be an https:// address Slack can reach, such as https://veille.example.org/slack/events (got http://veille.local/slack/events).'] });
  });
});
