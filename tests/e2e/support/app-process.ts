// Starts the whole product the way `npm start` does (scripts/start.ts) against the test database,
// and resolves with its URL once it prints "Actorscope is running at http://HOST:PORT".
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../neo4j/config';
import { testEnv } from '../../support/db';

export interface RunningApp {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Builds web/dist from the current sources, so the browser never tests a stale bundle. */
export function buildWeb(): void {
  const vite = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`e2e: building the web app failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startApp(env: Record<string, string>, timeoutMs = 150_000): Promise<RunningApp> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const child: ChildProcess = spawn(tsx, ['scripts/start.ts'], { cwd: PROJECT_ROOT, env: testEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`e2e: npm start did not report its URL within ${timeoutMs} ms. Output:\n${log}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = log.match(/Actorscope is running at (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace(/\/$/, ''));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`e2e: npm start exited with code ${code} before it was ready. Output:\n${log}`));
    });
  });
  return {
    url,
    output: () => log,
    stop: () => new Promise<void>((resolve) => {
      // A child killed by a signal has signalCode set and exitCode null: it will not exit again.
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    }),
  };
}
