// Provisions and runs a real Neo4j 5.26 Community server from Maven Central artifacts, without Docker.
// Jars come from `mvn dependency:copy-dependencies`; launcher/Launcher.java starts the DBMS with Bolt
// on 127.0.0.1. Everything lands under .local/ (git-ignored).
import path from 'node:path';
import neo4j from 'neo4j-driver';
import {
  checkPrerequisites as checkJavaAndMaven,
  isAlive,
  portOpen,
  provision as provisionService,
  readPid,
  spawnJava,
  stopServer,
  waitForServer,
  type JavaService,
  type Log,
} from '../local-services/java-service';
import { localUri, type LocalServerConfig } from './config';

const LAUNCHER_DIR = path.join(import.meta.dirname, 'launcher');
const READY_TIMEOUT_MS = 180_000;

export interface LocalServerStatus {
  running: boolean;
  pid: number | undefined;
  uri: string;
  version?: string;
  homeDir: string;
}

function service(config: Pick<LocalServerConfig, 'distDir' | 'homeDir'>): JavaService {
  return {
    label: 'Local Neo4j',
    alternative: 'Alternatively run Neo4j with Docker (docker compose up neo4j) and set NEO4J_URI=bolt://127.0.0.1:7687.',
    artifacts: 'the Neo4j artifacts',
    fetchingMessage: 'Local Neo4j: fetching Neo4j 5.26 Community from Maven Central (first run only)…',
    pom: path.join(LAUNCHER_DIR, 'pom.xml'),
    sources: [path.join(LAUNCHER_DIR, 'src/main/java/actorscope/Launcher.java')],
    distDir: config.distDir,
    homeDir: config.homeDir,
    pidFileName: 'neo4j.pid',
    logFileName: 'neo4j.log',
  };
}

/** Throws a message saying what to install when Java 17+ (a JDK) or Maven is missing. */
export function checkPrerequisites(env: NodeJS.ProcessEnv = process.env): void {
  checkJavaAndMaven(service({ distDir: '', homeDir: '' }), env);
}

/** Downloads the Neo4j jars and compiles the launcher once; later calls are no-ops. */
export function provision(config: LocalServerConfig, log: Log = () => {}): void {
  provisionService(service(config), log);
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
  const pid = readPid(service(config));
  const uri = localUri(config);
  const version = (await portOpen(config.port)) ? await boltVersion(uri) : undefined;
  return { running: version !== undefined, pid: isAlive(pid) ? pid : undefined, uri, version, homeDir: config.homeDir };
}

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
  const pid = spawnJava(
    service(config),
    [`-Xmx${config.heap}`, '-XX:+UseG1GC', '-XX:ActiveProcessorCount=2'],
    'actorscope.Launcher',
    [config.homeDir, String(config.port), String(config.pageCacheMiB)],
  );
  log(`Local Neo4j: starting (pid ${pid}, log ${path.join(config.homeDir, 'neo4j.log')})…`);
  return waitForBolt(config, pid, log);
}

async function waitForBolt(config: LocalServerConfig, pid: number, _log: Log): Promise<LocalServerStatus> {
  return waitForServer(
    service(config),
    pid,
    async () => {
      const current = await status(config);
      return current.running ? current : undefined;
    },
    READY_TIMEOUT_MS,
    `Local Neo4j: Bolt did not answer on port ${config.port} within ${READY_TIMEOUT_MS / 1000}s.`,
  );
}

/** Stops the local server cleanly (SIGTERM runs Neo4j's shutdown hook); SIGKILL only as a last resort. */
export async function stop(config: LocalServerConfig, log: Log = () => {}): Promise<boolean> {
  return stopServer(service(config), log);
}
