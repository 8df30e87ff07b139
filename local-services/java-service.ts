// The parts every locally provisioned Java service shares (the local Neo4j, the NLP server): checking
// for a JDK and Maven, fetching jars from Maven Central and compiling the project's launcher once,
// starting the JVM detached with a pid file and a log file, waiting for it with the log's tail when it
// dies, and stopping it cleanly. Each service keeps its own config, readiness probe and messages' prefix.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export type Log = (message: string) => void;

export interface JavaService {
  /** Prefix of every message, e.g. "Local Neo4j". */
  label: string;
  /** The line after a missing-tool message: how to do without the local server. */
  alternative: string;
  /** What Maven fetches, as messages name it, e.g. "the Neo4j artifacts". */
  artifacts: string;
  /** Logged before the first (slow) download. */
  fetchingMessage: string;
  /** The launcher's pom.xml (its dependencies are what gets copied) and Java sources. */
  pom: string;
  sources: string[];
  /** Jars (lib/) and compiled launcher (classes/), shared by all servers of this kind. */
  distDir: string;
  /** This server's pid file, log and data. */
  homeDir: string;
  pidFileName: string;
  logFileName: string;
}

function toolMissing(service: JavaService, tool: string, fix: string): Error {
  return new Error(`${service.label}: ${tool} was not found or is too old. ${fix}\n${service.alternative}`);
}

/** Throws a message saying what to install when Java 17+ (a JDK) or Maven is missing. */
export function checkPrerequisites(service: JavaService, env: NodeJS.ProcessEnv = process.env): void {
  checkJava(service, env);
  checkMaven(service, env);
}

export function checkJava(service: JavaService, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) throw toolMissing(service, 'Java 17+', 'Install it, e.g. `apt-get install openjdk-17-jdk-headless`.');
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) throw toolMissing(service, `Java 17+ (found ${match?.[0] ?? 'unknown version'})`, 'Install OpenJDK 17 or 21.');
  const javac = spawnSync('javac', ['-version'], { encoding: 'utf8', env });
  if (javac.error || javac.status !== 0) throw toolMissing(service, 'javac (a JDK, not only a JRE)', 'Install `openjdk-17-jdk-headless`.');
}

function checkMaven(service: JavaService, env: NodeJS.ProcessEnv): void {
  const result = spawnSync('mvn', ['--version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) throw toolMissing(service, 'Maven (mvn)', 'Install it, e.g. `apt-get install maven`.');
}

function provisionStamp(service: JavaService): string {
  const hash = createHash('sha256').update(fs.readFileSync(service.pom));
  for (const source of service.sources) hash.update(fs.readFileSync(source));
  return hash.digest('hex');
}

/** Downloads the jars and compiles the launcher once; later calls are no-ops until the pom or a source changes. */
export function provision(service: JavaService, log: Log = () => {}): void {
  const stampFile = path.join(service.distDir, 'provisioned.sha256');
  const stamp = provisionStamp(service);
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
  checkPrerequisites(service);
  log(service.fetchingMessage);
  const libDir = path.join(service.distDir, 'lib');
  const classesDir = path.join(service.distDir, 'classes');
  fs.rmSync(service.distDir, { recursive: true, force: true });
  fs.mkdirSync(classesDir, { recursive: true });
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-f', service.pom, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (mvn.status !== 0) {
    throw new Error(`${service.label}: Maven could not fetch ${service.artifacts}:\n${mvn.stdout}\n${mvn.stderr}`);
  }
  const javac = spawnSync('javac', ['-cp', path.join(libDir, '*'), '-d', classesDir, ...service.sources], { encoding: 'utf8' });
  if (javac.status !== 0) throw new Error(`${service.label}: compiling the launcher failed:\n${javac.stderr}`);
  fs.writeFileSync(stampFile, stamp);
}

/** The launcher's classpath: the fetched jars, then the compiled launcher. */
export function classpath(service: JavaService): string {
  return `${path.join(service.distDir, 'lib', '*')}${path.delimiter}${path.join(service.distDir, 'classes')}`;
}

export function pidFile(service: JavaService): string {
  return path.join(service.homeDir, service.pidFileName);
}

export function logFile(service: JavaService): string {
  return path.join(service.homeDir, service.logFileName);
}

export function readPid(service: JavaService): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(service), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(false));
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `java <jvmArgs> -cp <classpath> <mainClass> <args>` detached, output appended to the log, pid recorded. */
export function spawnJava(service: JavaService, jvmArgs: string[], mainClass: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  fs.mkdirSync(service.homeDir, { recursive: true });
  const out = fs.openSync(logFile(service), 'a');
  const child = spawn('java', [...jvmArgs, '-cp', classpath(service), mainClass, ...args], { detached: true, stdio: ['ignore', out, out], env });
  fs.closeSync(out);
  if (child.pid === undefined) throw new Error(`${service.label}: could not start java.`);
  fs.writeFileSync(pidFile(service), String(child.pid));
  child.unref();
  return child.pid;
}

/**
 * Polls `probe` until it returns a value; throws with the log's last lines if the JVM `pid` (when the
 * server is ours) exits first, or `timeoutMessage` after `timeoutMs`.
 */
export async function waitForServer<T>(
  service: JavaService,
  pid: number | undefined,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  timeoutMessage: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pid !== undefined && !isAlive(pid)) {
      throw new Error(`${service.label}: the server exited during start-up. Last log lines:\n${logTail(service)}`);
    }
    const ready = await probe();
    if (ready !== undefined) return ready;
    await sleep(500);
  }
  throw new Error(timeoutMessage);
}

export function logTail(service: JavaService, lines = 30): string {
  const file = logFile(service);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
}

/** Stops the server cleanly (SIGTERM runs the JVM's shutdown hooks); SIGKILL only after `graceMs`. */
export async function stopServer(service: JavaService, log: Log = () => {}, graceMs = 60_000): Promise<boolean> {
  const pid = readPid(service);
  if (!isAlive(pid) || pid === undefined) {
    fs.rmSync(pidFile(service), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log(`${service.label}: did not stop within ${graceMs / 1000}s, killing it.`);
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  fs.rmSync(pidFile(service), { force: true });
  return true;
}
