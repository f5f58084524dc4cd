/** Where a command-line tool writes: stdout for results, stderr for messages (tests capture both). */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };
