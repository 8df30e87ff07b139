// Run the real CLI and worker entry points (through tsx) against the test database.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../neo4j/config';
import { testEnv } from '../../support/db';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const live = new Set<ChildProcess>();

/**
 * Starts `script` through tsx. `direct` runs it as `node --import tsx script`, one process, so a
 * signal (SIGKILL in crash tests) reaches the script itself and not only the tsx wrapper.
 */
export function start(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  direct = false,
): { child: ChildProcess; done: Promise<RunResult> } {
  const [command, prefix] = direct ? [process.execPath, ['--import', 'tsx']] : [TSX, []];
  const child = spawn(command, [...prefix, script, ...args], { cwd: PROJECT_ROOT, env: testEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  child.on('close', () => live.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function run(script: string, args: string[], env: Record<string, string> = {}, direct = false): Promise<RunResult> {
  return start(script, args, env, direct).done;
}

/** Kills what a failed test left running, so it cannot touch the next test's data. */
export function killLeftovers(): void {
  for (const child of live) child.kill('SIGKILL');
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
