import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../drills/app-process.js';

/** Veille in its own process (src/main.ts, as `npm start` runs it but through tsx unless `compiled`), with the environment a test gives it. */
export interface VeilleProcess {
  port: number;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Polls until `probe` holds for the output (or throws with the output after 15 s). */
  waitForOutput(pattern: RegExp): Promise<void>;
  get(path: string): Promise<{ status: number; text: string }>;
  /** Sends SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

/**
 * `compiled`: the build `npm start` runs (dist/, after `npm run build`) instead of the TypeScript
 * through tsx.
 */
export async function startVeilleProcess(env: Record<string, string>, { compiled = false } = {}): Promise<VeilleProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, compiled ? ['--enable-source-maps', 'dist/src/main.js'] : ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, HTTPS_PROXY: '', https_proxy: '', NO_PROXY: '', no_proxy: '', SLACK_APP_TOKEN: '', SLACK_API_URL: '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const until = async (probe: () => boolean, what: string) => {
    const deadline = Date.now() + 15_000;
    while (!probe()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    port,
    child,
    output: () => output,
    waitForOutput: (pattern) => until(() => pattern.test(output), String(pattern)),
    get: async (path) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: response.status, text: await response.text() };
    },
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    exited,
  };
}

/**
 * A tiny outbound proxy speaking CONNECT, as a mission's proxy does: it records the first request
 * line sent through its tunnels (so a test sees which calls went through it) and pipes the bytes.
 */
export async function startConnectProxy(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.once('data', (head) => {
      const [line] = head.toString('latin1').split('\r\n');
      const target = line?.match(/^CONNECT ([^ :]+):(\d+) HTTP/);
      if (!target) {
        client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
        return;
      }
      const upstream = connect(Number(target[2]), target[1]!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        // Requests on a kept-alive tunnel follow one another: note each request line that passes.
        client.on('data', (chunk: Buffer) => seen.push(...(chunk.toString('latin1').match(/^(GET|POST) \S+ HTTP\/1\.1(?=\r\n)/gm) ?? [])));
        client.pipe(upstream);
        upstream.pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A fresh database path for one test's process. */
export function freshDatabase(): string {
  return join(mkdtempSync(join(tmpdir(), 'veille-process-')), 'veille.db');
}

/**
 * What a test started (processes, fake Slacks, proxies), stopped after it in reverse order: call
 * `stopAll` from `afterEach`. A process still running gets SIGTERM.
 */
export function cleanupList() {
  const cleanups: Array<() => Promise<unknown>> = [];
  return {
    add(cleanup: () => Promise<unknown>): void {
      cleanups.push(cleanup);
    },
    track(veille: VeilleProcess): VeilleProcess {
      cleanups.push(async () => {
        if (veille.child.exitCode === null) await veille.stop();
      });
      return veille;
    },
    async stopAll(): Promise<void> {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    },
  };
}
