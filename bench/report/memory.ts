// Peak memory while a measured block runs: this process's RSS sampled every 20 ms (worker threads
// share it), and optionally another process's resident set from /proc (the Neo4j JVM).
import fs from 'node:fs';

export interface PeakMemory {
  /** Peak resident set of this Node process, MiB. */
  nodeRssMiB: number;
  /** Peak resident set of the watched process (Neo4j), MiB, when one was given. */
  otherRssMiB?: number;
}

function procRssKiB(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

export async function withPeakMemory<T>(run: () => Promise<T>, otherPid?: number): Promise<{ result: T; memory: PeakMemory }> {
  let nodePeak = process.memoryUsage.rss();
  let otherPeak = otherPid ? (procRssKiB(otherPid) ?? 0) : 0;
  const sample = () => {
    nodePeak = Math.max(nodePeak, process.memoryUsage.rss());
    if (otherPid) otherPeak = Math.max(otherPeak, procRssKiB(otherPid) ?? 0);
  };
  const timer = setInterval(sample, 20);
  try {
    const result = await run();
    sample();
    const memory: PeakMemory = { nodeRssMiB: nodePeak / 2 ** 20 };
    if (otherPid) memory.otherRssMiB = otherPeak / 1024;
    return { result, memory };
  } finally {
    clearInterval(timer);
  }
}
