/**
 * The app's logger. It takes a message and a few facts (references, ids, counts) — never free text,
 * tokens or secrets: those must not reach a log that many people can read.
 */
export type Facts = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(message: string, facts?: Facts): void;
  warn(message: string, facts?: Facts): void;
  error(message: string, facts?: Facts): void;
}

const SECRET = /(xox[abpr]-[\w-]+|xapp-[\w-]+)/g;

function line(level: string, message: string, facts?: Facts): string {
  const rest = facts ? Object.entries(facts).map(([k, v]) => `${k}=${v}`).join(' ') : '';
  return `${new Date().toISOString()} ${level} ${message}${rest ? ` ${rest}` : ''}`.replace(SECRET, '[secret]');
}

export function consoleLogger(quiet = false): Logger {
  return {
    info: (m, f) => !quiet && console.log(line('info', m, f)),
    warn: (m, f) => console.warn(line('warn', m, f)),
    error: (m, f) => console.error(line('error', m, f)),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
