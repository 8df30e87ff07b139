// Provisions and runs a real Neo4j 5.26 Community server from Maven Central artifacts, without Docker.
// Jars come from `mvn dependency:copy-dependencies`; launcher/Launcher.java starts the DBMS with Bolt
// on 127.0.0.1. Everything lands under .local/ (git-ignored).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { localUri, type LocalServerConfig } from './config';

const LAUNCHER_DIR = path.join(import.meta.dirname, 'launcher');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const LAUNCHER_SRC = path.join(LAUNCHER_DIR, 'src/main/java/actorscope/Launcher.java');
const READY_TIMEOUT_MS = 180_000;

export interface LocalServerStatus {
  running: boolean;
  pid: number | undefined;
  uri: string;
  version?: string;
  homeDir: string;
}

type Log = (message: string) => void;

function toolMissing(tool: string, fix: string): Error {
  return new Error(
    `Local Neo4j: ${tool} was not found or is too old. ${fix}\n` +
      'Alternatively run Neo4j with Docker (docker compose up neo4j) and set NEO4J_URI=bolt://127.0.0.1:7687.',
  );
}

/** Throws a message saying what to install when Java 17+ (a JDK) or Maven is missing. */
export function checkPrerequisites(env: NodeJS.ProcessEnv = process.env): void {
  checkJava(env);
  checkMaven(env);
}

function checkJava(env: NodeJS.ProcessEnv): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) throw toolMissing('Java 17+', 'Install it, e.g. `apt-get install openjdk-17-jdk-headless`.');
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) throw toolMissing(`Java 17+ (found ${match?.[0] ?? 'unknown version'})`, 'Install OpenJDK 17 or 21.');
  const javac = spawnSync('javac', ['-version'], { encoding: 'utf8', env });
  if (javac.error || javac.status !== 0) throw toolMissing('javac (a JDK, not only a JRE)', 'Install `openjdk-17-jdk-headless`.');
}

function checkMaven(env: NodeJS.ProcessEnv): void {
  const result = spawnSync('mvn', ['--version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) throw toolMissing('Maven (mvn)', 'Install it, e.g. `apt-get install maven`.');
}

function provisionStamp(): string {
  return createHash('sha256').update(fs.readFileSync(POM)).update(fs.readFileSync(LAUNCHER_SRC)).digest('hex');
}

/** Downloads the Neo4j jars and compiles the launcher once; later calls are no-ops. */
export function provision(config: LocalServerConfig, log: Log = () => {}): void {
  const stampFile = path.join(config.distDir, 'provisioned.sha256');
  const stamp = provisionStamp();
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
  checkPrerequisites();
  log('Local Neo4j: fetching Neo4j 5.26 Community from Maven Central (first run only)…');
  const libDir = path.join(config.distDir, 'lib');
  const classesDir = path.join(config.distDir, 'classes');
  fs.rmSync(config.distDir, { recursive: true, force: true });
  fs.mkdirSync(classesDir, { recursive: true });
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (mvn.status !== 0) {
    throw new Error(`Local Neo4j: Maven could not fetch the Neo4j artifacts:\n${mvn.stdout}\n${mvn.stderr}`);
  }
  const javac = spawnSync('javac', ['-cp', path.join(libDir, '*'), '-d', classesDir, LAUNCHER_SRC], { encoding: 'utf8' });
  if (javac.status !== 0) throw new Error(`Local Neo4j: compiling the launcher failed:\n${javac.stderr}`);
  fs.writeFileSync(stampFile, stamp);
}

function pidFile(config: LocalServerConfig): string {
  return path.join(config.homeDir, 'neo4j.pid');
}

function readPid(config: LocalServerConfig): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(config), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(false));
  });
}

/** The server's version if Bolt answers a query, else undefined. */
export async function boltVersion(uri: string): Promise<string | undefined> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'), { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    const result = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    return String(result.records[0]?.get('v'));
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

export async function status(config: LocalServerConfig): Promise<LocalServerStatus> {
  const pid = readPid(config);
  const uri = localUri(config);
  const version = (await portOpen(config.port)) ? await boltVersion(uri) : undefined;
  return { running: version !== undefined, pid: isAlive(pid) ? pid : undefined, uri, version, homeDir: config.homeDir };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the local server unless one already answers on the port; resolves once Bolt answers. */
export async function start(config: LocalServerConfig, log: Log = () => {}): Promise<LocalServerStatus> {
  const current = await status(config);
  if (current.running) return current;
  if (current.pid !== undefined) {
    // A previous start is still booting: wait for it instead of starting a second JVM on the same store.
    return waitForBolt(config, current.pid, log);
  }
  if (await portOpen(config.port)) {
    throw new Error(`Local Neo4j: port ${config.port} is taken by something that is not Neo4j. Set NEO4J_LOCAL_PORT.`);
  }
  provision(config, log);
  fs.mkdirSync(config.homeDir, { recursive: true });
  const logFile = path.join(config.homeDir, 'neo4j.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${config.heap}`,
      '-XX:+UseG1GC',
      '-XX:ActiveProcessorCount=2',
      '-cp',
      `${path.join(config.distDir, 'lib', '*')}${path.delimiter}${path.join(config.distDir, 'classes')}`,
      'actorscope.Launcher',
      config.homeDir,
      String(config.port),
      String(config.pageCacheMiB),
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new Error('Local Neo4j: could not start java.');
  fs.writeFileSync(pidFile(config), String(child.pid));
  child.unref();
  log(`Local Neo4j: starting (pid ${child.pid}, log ${logFile})…`);
  return waitForBolt(config, child.pid, log);
}

async function waitForBolt(config: LocalServerConfig, pid: number, _log: Log): Promise<LocalServerStatus> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      const logFile = path.join(config.homeDir, 'neo4j.log');
      const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
      throw new Error(`Local Neo4j: the server exited during start-up. Last log lines:\n${tail}`);
    }
    const current = await status(config);
    if (current.running) return current;
    await sleep(500);
  }
  throw new Error(`Local Neo4j: Bolt did not answer on port ${config.port} within ${READY_TIMEOUT_MS / 1000}s.`);
}

/** Stops the local server cleanly (SIGTERM runs Neo4j's shutdown hook); SIGKILL only as a last resort. */
export async function stop(config: LocalServerConfig, log: Log = () => {}): Promise<boolean> {
  const pid = readPid(config);
  if (!isAlive(pid) || pid === undefined) {
    fs.rmSync(pidFile(config), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log('Local Neo4j: did not stop within 60s, killing it.');
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  fs.rmSync(pidFile(config), { force: true });
  return true;
}
