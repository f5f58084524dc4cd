/**
 * Reads `strace -f -ttt -T -s 65535 -e trace=openat,read,recvfrom,write,writev,sendto,fsync,fdatasync`
 * output: when each probe's request was read, when its answer was written, and when the WAL was synced.
 */
export interface Trace {
  /** Completed fsync/fdatasync calls on the WAL: when they started and returned (seconds). */
  walSyncs: Array<{ start: number; end: number }>;
  /** Per probe: when the request carrying it was read, and when the answer on that socket was written. */
  probes: Map<string, { arrived: number; answered: number | null }>;
}

interface Call {
  pid: string;
  at: number;
  name: string;
  args: string;
  result: string;
  duration: number;
}

const LINE = /^(?:\[pid\s+)?(\d+)\]?\s+(\d+\.\d+)\s+(.*)$/;

/** Joins `<unfinished ...>` / `<... resumed>` halves; each call gets its start and its duration. */
function calls(text: string): Call[] {
  const out: Call[] = [];
  const pending = new Map<string, { at: number; name: string; head: string }>();
  for (const raw of text.split('\n')) {
    const m = LINE.exec(raw);
    if (!m) continue;
    const [, pid, at, rest] = m as unknown as [string, string, string, string];
    const unfinished = /^(\w+)\((.*) <unfinished \.\.\.>$/.exec(rest);
    if (unfinished) {
      pending.set(`${pid}:${unfinished[1]}`, { at: Number(at), name: unfinished[1]!, head: unfinished[2]! });
      continue;
    }
    const resumed = /^<\.\.\. (\w+) resumed>(.*)\) += (.*?) <([\d.]+)>$/.exec(rest);
    if (resumed) {
      const head = pending.get(`${pid}:${resumed[1]}`);
      pending.delete(`${pid}:${resumed[1]}`);
      if (head) out.push({ pid, at: head.at, name: head.name, args: head.head + resumed[2], result: resumed[3]!, duration: Number(resumed[4]) });
      continue;
    }
    const whole = /^(\w+)\((.*)\) += (.*?) <([\d.]+)>$/.exec(rest);
    if (whole) out.push({ pid, at: Number(at), name: whole[1]!, args: whole[2]!, result: whole[3]!, duration: Number(whole[4]) });
  }
  return out.sort((a, b) => a.at - b.at);
}

export function readTrace(text: string, walPath: string, probes: readonly string[]): Trace {
  const walFds = new Set<string>();
  const walSyncs: Trace['walSyncs'] = [];
  const found: Trace['probes'] = new Map();
  const waiting = new Map<string, string>(); // socket fd → probe read on it, not yet answered
  for (const call of calls(text)) {
    const fd = call.args.split(',')[0]!.trim();
    if (call.name === 'openat' && call.args.includes(`"${walPath}"`) && /^\d+$/.test(call.result)) walFds.add(call.result);
    else if ((call.name === 'fsync' || call.name === 'fdatasync') && walFds.has(fd) && call.result === '0') walSyncs.push({ start: call.at, end: call.at + call.duration });
    else if (call.name === 'read' || call.name === 'recvfrom') {
      const probe = probes.find((p) => call.args.includes(p) && !found.has(p));
      if (probe) {
        found.set(probe, { arrived: call.at, answered: null });
        waiting.set(fd, probe);
      }
    } else if ((call.name === 'write' || call.name === 'writev' || call.name === 'sendto') && waiting.has(fd) && call.args.includes('HTTP/1.1 ')) {
      found.get(waiting.get(fd)!)!.answered = call.at;
      waiting.delete(fd);
    }
  }
  return { walSyncs, probes: found };
}

/** Probes answered without a WAL sync that started after the request arrived and returned before the answer. */
export function unsynced(trace: Trace): string[] {
  return [...trace.probes].filter(([, p]) => p.answered === null || !trace.walSyncs.some((s) => s.start >= p.arrived && s.end <= p.answered!)).map(([probe]) => probe);
}
