// The machine a result was measured on: cores, memory, Node, Neo4j and Chromium versions.
import os from 'node:os';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  neo4j: string | null;
  chromium: string | null;
  /** 1-minute load average when the run started: other work on the box skews every figure. */
  loadAverageAtStart: number;
}

export function machineInfo(): MachineInfo {
  return {
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: null,
    chromium: null,
    loadAverageAtStart: os.loadavg()[0] ?? 0,
  };
}
