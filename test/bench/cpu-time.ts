import { readFile, readdir } from 'node:fs/promises';

/**
 * CPU time used so far (ms) by the processes a server bench runs on this machine, read from
 * Linux's /proc: the server's process, PostgreSQL's processes (all of them: the backends serving
 * the run, and the writers behind its commits), and the bench's own. On a shared machine
 * throughput moves with whatever else runs; the CPU a request costs each process moves much
 * less, and says where the time goes. Null where /proc is not there.
 */
export interface CpuTimes {
  readonly server: number;
  /** By process id: a pooled connection's backend ends when it has been idle a while. */
  readonly postgres: ReadonlyMap<number, number>;
  readonly bench: number;
}

/** Clock ticks per second of /proc's times (USER_HZ: 100 on every Linux this runs on). */
const TICKS_PER_S = 100;

/** utime + stime of a /proc/<pid>/stat line, with its command name. */
function parseStat(stat: string): { comm: string; ms: number } {
  const close = stat.lastIndexOf(')');
  const comm = stat.slice(stat.indexOf('(') + 1, close);
  // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
  const fields = stat.slice(close + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { comm, ms: (ticks * 1000) / TICKS_PER_S };
}

async function processMs(pid: number): Promise<number> {
  return parseStat(await readFile(`/proc/${pid}/stat`, 'utf8')).ms;
}

async function postgresMs(): Promise<Map<number, number>> {
  const byPid = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const { comm, ms } = parseStat(await readFile(`/proc/${entry}/stat`, 'utf8'));
      if (comm === 'postgres') byPid.set(Number(entry), ms);
    } catch {
      // The process ended while the list was read.
    }
  }
  return byPid;
}

export async function cpuTimes(serverPid: number | undefined): Promise<CpuTimes | null> {
  if (serverPid === undefined) return null;
  try {
    const [server, postgres] = await Promise.all([processMs(serverPid), postgresMs()]);
    const own = process.cpuUsage();
    return { server, postgres, bench: (own.user + own.system) / 1000 };
  } catch {
    return null;
  }
}

/** CPU ms per request of each process between two readings (none without both). */
export function cpuPerRequest(
  before: CpuTimes | null,
  after: CpuTimes | null,
  requests: number,
): Record<string, string> {
  if (!before || !after || requests === 0) return {};
  const per = (ms: number) => (ms / requests).toFixed(2);
  // Processes alive at the end: what each used since the start (all of it, if started since).
  // One that ended during the run is not counted; a run keeps its connections busy.
  let postgres = 0;
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  return {
    server: per(after.server - before.server),
    PostgreSQL: per(postgres),
    bench: per(after.bench - before.bench),
  };
}
