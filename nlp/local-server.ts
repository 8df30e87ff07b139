// Provisions and runs the project's NLP server: Stanford CoreNLP 4.5.10 (GPL v3+, its own process, never
// linked into Actorscope's code) from Maven Central, wrapped by launcher/…/NlpServer.java in an HTTP server
// bound to 127.0.0.1 that speaks the stock CoreNLP server's protocol. Same life cycle as the local Neo4j:
// jars in .local/corenlp-dist/, pid file and log in .local/corenlp-<port>/ (git-ignored).
import path from 'node:path';
import {
  checkJava,
  checkPrerequisites as checkJavaAndMaven,
  isAlive,
  logFile,
  portOpen,
  provision as provisionService,
  readPid,
  spawnJava,
  stopServer,
  waitForServer,
  type JavaService,
  type Log,
} from '../local-services/java-service';
import { localNlpUrl, type NlpLocalConfig } from './config';

const LAUNCHER_DIR = path.join(import.meta.dirname, 'launcher');
/** Loading the default annotators takes ~25 s on a quiet 2-core machine; leave room for a busy one. */
const READY_TIMEOUT_MS = 300_000;

export interface NlpServerStatus {
  /** /ready answers 200: the preloaded annotators are loaded. */
  running: boolean;
  /** /live answers 200: the HTTP server is up (possibly still loading models). */
  live: boolean;
  /** The pid of the server this project started on this port, if alive. */
  pid: number | undefined;
  url: string;
  homeDir: string;
}

function service(config: Pick<NlpLocalConfig, 'distDir' | 'homeDir'>): JavaService {
  return {
    label: 'Local NLP server',
    alternative:
      'Alternatively run it with Docker (docker compose up corenlp, which answers on 127.0.0.1:9010), or set NLP_URL to CoreNLP servers run elsewhere.',
    artifacts: 'Stanford CoreNLP 4.5.10 and its English models',
    fetchingMessage: 'Local NLP server: fetching Stanford CoreNLP 4.5.10 and its English models (~500 MB) from Maven Central (first run only)…',
    pom: path.join(LAUNCHER_DIR, 'pom.xml'),
    sources: [path.join(LAUNCHER_DIR, 'src/main/java/actorscope/nlp/NlpServer.java')],
    distDir: config.distDir,
    homeDir: config.homeDir,
    pidFileName: 'corenlp.pid',
    logFileName: 'corenlp.log',
  };
}

/** Throws a message saying what to install when Java 17+ (a JDK) or Maven is missing. */
export function checkPrerequisites(env: NodeJS.ProcessEnv = process.env): void {
  checkJavaAndMaven(service({ distDir: '', homeDir: '' }), env);
}

/** Downloads CoreNLP and its models and compiles the server once; later calls are no-ops. */
export function provision(config: NlpLocalConfig, log: Log = () => {}): void {
  provisionService(service(config), log);
}

/** HTTP status of GET <url><path>, or undefined when nothing answers within `timeoutMs`. */
export async function probe(url: string, pathname: '/ready' | '/live', timeoutMs = 2000): Promise<number | undefined> {
  try {
    const response = await fetch(`${url}${pathname}`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

export async function status(config: NlpLocalConfig): Promise<NlpServerStatus> {
  const pid = readPid(service(config));
  const url = localNlpUrl(config);
  const ready = (await portOpen(config.port)) ? await probe(url, '/ready') : undefined;
  const live = ready === 200 || (ready !== undefined && (await probe(url, '/live')) === 200);
  return { running: ready === 200, live, pid: isAlive(pid) ? pid : undefined, url, homeDir: config.homeDir };
}

/**
 * Starts the local server unless an NLP server already answers on the port (ours, or one run otherwise,
 * e.g. by docker compose, which is then used as it is); resolves once /ready answers 200.
 */
export async function start(config: NlpLocalConfig, log: Log = () => {}, env: NodeJS.ProcessEnv = process.env): Promise<NlpServerStatus> {
  const current = await status(config);
  if (current.running) return current;
  if (current.pid !== undefined) {
    // A previous start is still loading its models: wait for it instead of starting a second JVM.
    return waitForReady(config, current.pid);
  }
  if (current.live) {
    // An NLP server started otherwise (e.g. `docker compose up corenlp`) is still loading: use it once ready.
    log(`Local NLP server: an NLP server on port ${config.port} is loading its models; waiting for it…`);
    return waitForReady(config, undefined);
  }
  if (await portOpen(config.port)) {
    throw new Error(`Local NLP server: port ${config.port} is taken by something that is not an NLP server. Set NLP_LOCAL_PORT.`);
  }
  provision(config, log);
  checkJava(service(config), env);
  const pid = spawnJava(
    service(config),
    [`-Xmx${config.heap}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8'],
    'actorscope.nlp.NlpServer',
    ['-port', String(config.port), '-threads', String(config.threads), '-timeout', String(config.timeoutMs), '-preload', config.preload],
    env,
  );
  log(`Local NLP server: starting CoreNLP (pid ${pid}, heap ${config.heap}, log ${logFile(service(config))}); loading ${config.preload || 'no annotators'}…`);
  return waitForReady(config, pid);
}

async function waitForReady(config: NlpLocalConfig, pid: number | undefined): Promise<NlpServerStatus> {
  return waitForServer(
    service(config),
    pid,
    async () => {
      const current = await status(config);
      return current.running ? current : undefined;
    },
    READY_TIMEOUT_MS,
    `Local NLP server: /ready did not answer on port ${config.port} within ${READY_TIMEOUT_MS / 1000}s (log: ${logFile(service(config))}).`,
  );
}

/** Stops the local server (SIGTERM; SIGKILL after 30 s: it holds no data to flush). */
export async function stop(config: NlpLocalConfig, log: Log = () => {}): Promise<boolean> {
  return stopServer(service(config), log, 30_000);
}
