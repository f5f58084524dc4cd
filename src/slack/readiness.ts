import type { CustomRoute } from '@slack/bolt';

/**
 * What /readyz reports: ready once Slack has answered (the bot token works) and, in Socket Mode,
 * while the WebSocket is connected. /healthz stays plain liveness: the process answers.
 */
export class Readiness {
  slackReachable = false;
  /** Null in HTTP mode, where Slack connects to us. */
  socketConnected: boolean | null = null;

  get ready(): boolean {
    return this.slackReachable && this.socketConnected !== false;
  }

  /** One word per missing condition, for the 503 body. */
  get waitingFor(): string[] {
    return [...(this.slackReachable ? [] : ['slack']), ...(this.socketConnected === false ? ['socket'] : [])];
  }

  routes(): CustomRoute[] {
    return [
      {
        path: '/healthz',
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('ok');
        },
      },
      {
        path: '/readyz',
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(this.ready ? 200 : 503, { 'content-type': 'text/plain' });
          res.end(this.ready ? 'ready' : `waiting for ${this.waitingFor.join(' and ')}`);
        },
      },
    ];
  }
}
