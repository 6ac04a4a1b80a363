// A local Neo4j Community server for machines without Docker: status, start and stop.
//
// The server runs as ONE detached JVM (org.neo4j.server.CommunityEntryPoint) that this module
// starts itself instead of going through Neo4j's launcher: the launcher forks a second JVM, and
// killing the launcher orphans the server. Owning the single server process makes stop() reliable
// and leaves no java process behind. Configuration and layout: config.ts; jars: install.ts;
// password: credentials.ts; pids and lock: processes.ts; ports: probes.ts.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import {
  HOST,
  LocalServerError,
  POLL_MS,
  jvmArgs,
  localServerConfig,
  neo4jEnv,
  renderConfig,
  serverPaths,
  stderrLogger,
  type LocalServerConfig,
  type LocalServerPaths,
  type Logger,
  type ServerState,
  type ServerStatus,
} from './config';
import { makePrivateDir, requirePassword as requirePasswordOf, setInitialPassword } from './credentials';
import { checkJava, install, installedVersion, isInstalled } from './install';
import { isOurServer, processAlive, readPid, sleep, stopPid, withLock } from './processes';
import { assertPortFree, boltAnswers, tcpAccepts } from './probes';

export * from './config';
export { localPassword, readStoredPassword, requirePassword, unknownPasswordMessage } from './credentials';

/** The password of the local server `config` describes (see credentials.ts). */
export function serverPassword(config: LocalServerConfig): string {
  return requirePasswordOf(config, serverPaths(config));
}
export { checkJava, ensureInstalled, installedVersion, parseJavaMajor } from './install';
export { boltAnswers, portFree } from './probes';

const START_TIMEOUT_MS = 120_000;

// ------------------------------------------------------------------ status

/** Ports of a running server come from the conf it was started with, not from today's env. */
function portsFromConf(paths: LocalServerPaths): { bolt: number; http: number } | null {
  if (!fs.existsSync(paths.confFile)) return null;
  const conf = fs.readFileSync(paths.confFile, 'utf8');
  const bolt = /^server\.bolt\.listen_address=.*:(\d+)$/m.exec(conf);
  const http = /^server\.http\.listen_address=.*:(\d+)$/m.exec(conf);
  return bolt && http ? { bolt: Number(bolt[1]), http: Number(http[1]) } : null;
}

export async function status(config: LocalServerConfig = localServerConfig()): Promise<ServerStatus> {
  const paths = serverPaths(config);
  const recorded = readPid(paths.pidFile);
  const ours = recorded !== null && isOurServer(recorded, paths);
  const ports = (ours ? portsFromConf(paths) : null) ?? { bolt: config.boltPort, http: config.httpPort };
  let state: ServerState = 'stopped';
  if (ours) state = (await boltAnswers(ports.bolt)) ? 'running' : 'starting';
  const httpUrl = `http://${HOST}:${ports.http}`;
  return {
    state,
    pid: ours ? recorded : null,
    stalePidFile: recorded !== null && !ours,
    installed: isInstalled(config, paths),
    version: installedVersion(paths),
    boltUri: `bolt://${HOST}:${ports.bolt}`,
    httpUrl,
    browserUrl: `${httpUrl}/browser/`,
    cacheDir: config.cacheDir,
    logFile: paths.logFile,
  };
}

function launch(java: string, config: LocalServerConfig, paths: LocalServerPaths): { pid: number; exited: () => boolean } {
  const out = fs.openSync(paths.consoleLog, 'a');
  fs.writeSync(out, `\n---- ${new Date().toISOString()} kg: starting Neo4j (${paths.home}) ----\n`);
  // detached: own process group, so the server outlives the CLI and ignores its Ctrl-C.
  const child = spawn(java, jvmArgs(config, paths), {
    cwd: config.cacheDir,
    detached: true,
    env: neo4jEnv(paths),
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let gone = false;
  child.on('exit', () => {
    gone = true;
  });
  child.on('error', () => {
    gone = true;
  });
  child.unref();
  if (child.pid === undefined) throw new LocalServerError(`Could not start ${java}: see ${paths.logFile}.`);
  return { pid: child.pid, exited: () => gone || !processAlive(child.pid as number) };
}

/** Why a start failed, from whichever log has the reason (the JVM's output if Neo4j never logged). */
function startFailureHint(paths: LocalServerPaths): string {
  const log = lastErrorLogLine(paths.logFile) ?? lastErrorLogLine(paths.consoleLog);
  return `see ${paths.logFile} and ${paths.consoleLog}${log ? `: ${log}` : ''}`;
}

function lastErrorLogLine(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const errors = lines.filter((line) => /ERROR|Exception|Error:/.test(line));
  return errors.length > 0 ? (errors[errors.length - 1] as string).trim() : null;
}

/** Ready when Bolt answers its handshake and the HTTP port (Browser) accepts connections. */
async function waitForReady(ports: { bolt: number; http: number }, exited: () => boolean, paths: LocalServerPaths): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited()) throw new LocalServerError(`Neo4j exited while starting; ${startFailureHint(paths)}`);
    if ((await boltAnswers(ports.bolt)) && (await tcpAccepts(ports.http))) return;
    await sleep(POLL_MS);
  }
  throw new LocalServerError(
    `Neo4j did not answer on Bolt port ${ports.bolt} within ${START_TIMEOUT_MS / 1000}s; ${startFailureHint(paths)}`,
  );
}

/** Starts the server unless it runs already; resolves once Bolt and HTTP answer. */
export async function start(
  config: LocalServerConfig = localServerConfig(),
  log: Logger = stderrLogger,
): Promise<ServerStatus> {
  const java = checkJava();
  return withLock(config, 'installing or starting Neo4j', log, async () => {
    await install(config, log);
    return startInstalled(java, config, log);
  });
}

async function startInstalled(java: string, config: LocalServerConfig, log: Logger): Promise<ServerStatus> {
  const paths = serverPaths(config);
  const current = await status(config);
  if (current.state === 'running') return current;
  if (current.state === 'starting' && current.pid !== null) {
    const pid = current.pid;
    const ports = portsFromConf(paths) ?? { bolt: config.boltPort, http: config.httpPort };
    await waitForReady(ports, () => !processAlive(pid), paths);
    return status(config);
  }
  // Nothing of ours runs: pid files left by a crash or a kill would only mislead.
  fs.rmSync(paths.pidFile, { force: true });
  fs.rmSync(paths.neo4jPidFile, { force: true });
  await assertPortFree(config.boltPort, 'Bolt', 'NEO4J_BOLT_PORT', config);
  await assertPortFree(config.httpPort, 'HTTP', 'NEO4J_HTTP_PORT', config);
  // Owner-only: the data (auth.ini, the graph), the conf, the logs and the password file. Servers
  // set up before this was done get their modes fixed here too.
  makePrivateDir(config.cacheDir);
  for (const dir of [paths.confDir, paths.data, paths.logs, paths.run, paths.importDir, paths.plugins]) makePrivateDir(dir);
  fs.writeFileSync(paths.confFile, renderConfig(config, paths), { mode: 0o600 });
  setInitialPassword(java, config, paths, log);
  log(`Starting Neo4j ${installedVersion(paths)} on bolt://${HOST}:${config.boltPort} (log: ${paths.logFile}) ...`);
  const began = Date.now();
  const server = launch(java, config, paths);
  fs.writeFileSync(paths.pidFile, `${server.pid}\n`);
  try {
    await waitForReady({ bolt: config.boltPort, http: config.httpPort }, server.exited, paths);
  } catch (err) {
    await stopPid(server.pid);
    fs.rmSync(paths.pidFile, { force: true });
    throw err;
  }
  log(`Neo4j is up after ${Math.round((Date.now() - began) / 1000)}s (pid ${server.pid}).`);
  return status(config);
}

export interface StopResult {
  wasRunning: boolean;
  pid: number | null;
  /** True when the server ignored SIGTERM and had to be killed. */
  forced: boolean;
}

export async function stop(config: LocalServerConfig = localServerConfig(), log: Logger = stderrLogger): Promise<StopResult> {
  const paths = serverPaths(config);
  const pid = readPid(paths.pidFile);
  if (pid === null || !isOurServer(pid, paths)) {
    fs.rmSync(paths.pidFile, { force: true });
    return { wasRunning: false, pid: null, forced: false };
  }
  log(`Stopping Neo4j (pid ${pid}) ...`);
  const { forced } = await stopPid(pid);
  fs.rmSync(paths.pidFile, { force: true });
  if (forced) fs.rmSync(paths.neo4jPidFile, { force: true });
  return { wasRunning: true, pid, forced };
}