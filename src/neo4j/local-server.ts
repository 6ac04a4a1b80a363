// A local Neo4j Community server for machines without Docker.
//
// The jars come from Maven Central through neo4j/pom.xml (the official tarball is not published
// there) and are cached in <project>/.neo4j/ (git-ignored). The server runs as ONE detached JVM
// (org.neo4j.server.CommunityEntryPoint) that this module starts itself instead of going through
// Neo4j's launcher: the launcher forks a second JVM, and killing the launcher orphans the server.
// Owning the single server process makes stop() reliable and leaves no java process behind.
//
// Layout of the cache dir (NEO4J_HOME_DIR, default <project>/.neo4j):
//   home/lib, home/plugins   jars from Maven (home/.installed holds the pom hash they came from)
//   home/conf/neo4j.conf     rewritten at every start from the config below
//   data/                    the databases (auth: the password is fixed at the first start)
//   logs/neo4j.log           Neo4j's log; logs/debug.log its detailed one; logs/console.log the
//                            JVM's own output (crashes before logging starts)
//   logs/install.log         Maven output of the last install
//   run/kg-neo4j.pid         pid of the server JVM started by this module

import { spawn, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const DEFAULT_USER = 'neo4j';
export const DEFAULT_PASSWORD = 'kgpassword';
export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;

const HOST = '127.0.0.1';
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_COMMAND = 'org.neo4j.server.startup.Neo4jAdminCommand';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 500;
// Neo4j 5 rejects shorter passwords (dbms.security.auth_minimum_password_length).
const MIN_PASSWORD_LENGTH = 8;

/** A failure the user can fix: the message is one line that says how. */
export class LocalServerError extends Error {
  override name = 'LocalServerError';
}

export interface LocalServerConfig {
  projectRoot: string;
  cacheDir: string;
  boltPort: number;
  httpPort: number;
  /** Password of user neo4j, set before the first start only. */
  password: string;
  heapSize: string;
  pageCacheSize: string;
}

export interface LocalServerPaths {
  home: string;
  lib: string;
  plugins: string;
  confDir: string;
  confFile: string;
  stampFile: string;
  data: string;
  importDir: string;
  logs: string;
  /** Neo4j's user log (it writes the file itself). */
  logFile: string;
  /** The JVM's stdout/stderr: errors from before Neo4j's logging starts. */
  consoleLog: string;
  installLog: string;
  run: string;
  pidFile: string;
  /** Neo4j writes this one itself; it goes stale when the JVM is killed. */
  neo4jPidFile: string;
}

export type ServerState = 'running' | 'starting' | 'stopped';

export interface ServerStatus {
  /** running: our JVM is alive and Bolt answers; starting: alive, Bolt not yet answering. */
  state: ServerState;
  pid: number | null;
  /** The pid file named a process that is gone or is not our server. */
  stalePidFile: boolean;
  installed: boolean;
  version: string | null;
  boltUri: string;
  httpUrl: string;
  browserUrl: string;
  cacheDir: string;
  logFile: string;
}

export interface InstallResult {
  home: string;
  version: string;
  /** False when Maven ran; true when the cached jars matched neo4j/pom.xml. */
  fromCache: boolean;
  seconds: number;
}

export type Logger = (line: string) => void;

const stderrLogger: Logger = (line) => process.stderr.write(`${line}\n`);

// ------------------------------------------------------------------ configuration

/** The repository root: the nearest folder above `start` holding neo4j/pom.xml and package.json. */
export function findProjectRoot(start: string = __dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'neo4j', 'pom.xml')) && fs.existsSync(path.join(dir, 'package.json'))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new LocalServerError(`Cannot find the project root (a folder with neo4j/pom.xml) above ${start}.`);
    }
    dir = parent;
  }
}

export function parsePort(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalServerError(`${name}=${value} is not a TCP port: use a number from 1 to 65535.`);
  }
  return port;
}

/** Reads NEO4J_HOME_DIR, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT and NEO4J_PASSWORD. */
export function localServerConfig(env: NodeJS.ProcessEnv = process.env): LocalServerConfig {
  const projectRoot = findProjectRoot();
  const password = env.NEO4J_PASSWORD || DEFAULT_PASSWORD;
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new LocalServerError(
      `NEO4J_PASSWORD is shorter than ${MIN_PASSWORD_LENGTH} characters, which Neo4j 5 refuses: use a longer one or unset it (default ${DEFAULT_PASSWORD}).`,
    );
  }
  return {
    projectRoot,
    cacheDir: path.resolve(env.NEO4J_HOME_DIR || path.join(projectRoot, '.neo4j')),
    boltPort: parsePort(env.NEO4J_BOLT_PORT, 'NEO4J_BOLT_PORT', DEFAULT_BOLT_PORT),
    httpPort: parsePort(env.NEO4J_HTTP_PORT, 'NEO4J_HTTP_PORT', DEFAULT_HTTP_PORT),
    password,
    // Modest: the machine is shared with the test runner and the NLP pipeline.
    heapSize: '512m',
    pageCacheSize: '512m',
  };
}

export function serverPaths(config: LocalServerConfig): LocalServerPaths {
  const home = path.join(config.cacheDir, 'home');
  const logs = path.join(config.cacheDir, 'logs');
  const run = path.join(config.cacheDir, 'run');
  return {
    home,
    lib: path.join(home, 'lib'),
    plugins: path.join(home, 'plugins'),
    confDir: path.join(home, 'conf'),
    confFile: path.join(home, 'conf', 'neo4j.conf'),
    stampFile: path.join(home, '.installed'),
    data: path.join(config.cacheDir, 'data'),
    importDir: path.join(config.cacheDir, 'import'),
    logs,
    logFile: path.join(logs, 'neo4j.log'),
    consoleLog: path.join(logs, 'console.log'),
    installLog: path.join(logs, 'install.log'),
    run,
    pidFile: path.join(run, 'kg-neo4j.pid'),
    neo4jPidFile: path.join(run, 'neo4j.pid'),
  };
}

// ------------------------------------------------------------------ prerequisites

/** Major version from `java -version` output ("17.0.15" -> 17, "1.8.0_382" -> 8), or null. */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** The java binary Neo4j will run on: $JAVA_HOME/bin/java if set, else java on PATH. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const fix = 'install Java 17 or 21 (e.g. apt-get install openjdk-17-jre-headless) and put it on PATH or set JAVA_HOME, or set NEO4J_URI to an existing Neo4j server';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) throw new LocalServerError(`Java not found (${java}): ${fix}.`);
  const major = parseJavaMajor(`${probe.stderr}${probe.stdout}`);
  if (major === null) throw new LocalServerError(`Cannot tell the version of ${java}: ${fix}.`);
  if (major < 17) throw new LocalServerError(`Java ${major} is too old for Neo4j 5.26: ${fix}.`);
  return java;
}

function checkMaven(): void {
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new LocalServerError(
      'Maven (mvn) not found; it is needed once to fetch the Neo4j jars: install it (e.g. apt-get install maven), or set NEO4J_URI to an existing Neo4j server.',
    );
  }
}

// ------------------------------------------------------------------ install

function pomFile(config: LocalServerConfig): string {
  return path.join(config.projectRoot, 'neo4j', 'pom.xml');
}

/** The stamp ties the cached jars to the pom they came from: edit the pom and the next start reinstalls. */
function pomHash(config: LocalServerConfig): string {
  return crypto.createHash('sha256').update(fs.readFileSync(pomFile(config))).digest('hex');
}

/** Version of the cached server, from the kernel jar's name (neo4j-kernel-5.26.30.jar). */
export function installedVersion(paths: LocalServerPaths): string | null {
  if (!fs.existsSync(paths.lib)) return null;
  for (const name of fs.readdirSync(paths.lib)) {
    const match = /^neo4j-kernel-(\d+\.\d+\.\d+)\.jar$/.exec(name);
    if (match) return match[1];
  }
  return null;
}

function isInstalled(config: LocalServerConfig, paths: LocalServerPaths): boolean {
  if (!fs.existsSync(paths.stampFile) || installedVersion(paths) === null) return false;
  return fs.readFileSync(paths.stampFile, 'utf8').trim() === pomHash(config);
}

/** Runs a command with its output appended to `logFile`; resolves with its exit code. */
function runLogged(command: string, args: string[], logFile: string, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a');
    const child = spawn(command, args, { cwd, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function lastLines(file: string, count: number): string {
  if (!fs.existsSync(file)) return '';
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  return lines.slice(-count).join(' | ');
}

/** Fetches the jars with Maven into the cache, unless the cache already matches neo4j/pom.xml. */
export async function ensureInstalled(
  config: LocalServerConfig = localServerConfig(),
  log: Logger = stderrLogger,
): Promise<InstallResult> {
  return withLock(config, 'installing or starting Neo4j', log, () => install(config, log));
}

async function install(config: LocalServerConfig, log: Logger): Promise<InstallResult> {
  const paths = serverPaths(config);
  const began = Date.now();
  const version = installedVersion(paths);
  if (isInstalled(config, paths)) {
    return { home: paths.home, version: version ?? '?', fromCache: true, seconds: 0 };
  }
  const pid = readPid(paths.pidFile);
  if (version !== null && pid !== null && isOurServer(pid, paths)) {
    // Replacing the jars under a running JVM would crash it: the new ones come with the next start.
    log('neo4j/pom.xml changed: the running server keeps its jars until it is stopped and started again.');
    return { home: paths.home, version, fromCache: true, seconds: 0 };
  }
  checkMaven();
  // Start from empty folders: jars of an older version left in lib/ would both be on the classpath.
  fs.rmSync(paths.lib, { recursive: true, force: true });
  fs.rmSync(paths.plugins, { recursive: true, force: true });
  fs.rmSync(paths.stampFile, { force: true });
  fs.mkdirSync(paths.logs, { recursive: true });
  fs.writeFileSync(paths.installLog, '');
  log(`Fetching Neo4j jars with Maven into ${paths.home} (first time: about 175 MB; log: ${paths.installLog}) ...`);
  const args = ['-B', '--no-transfer-progress', '-f', pomFile(config), `-Dneo4j.home=${paths.home}`, 'package'];
  const code = await runLogged('mvn', args, paths.installLog, config.projectRoot);
  const installed = installedVersion(paths);
  if (code !== 0 || installed === null) {
    throw new LocalServerError(
      `Maven could not fetch the Neo4j jars (exit ${code}); see ${paths.installLog}: ${lastErrorLine(paths.installLog)}`,
    );
  }
  fs.writeFileSync(paths.stampFile, `${pomHash(config)}\n`);
  const seconds = Math.round((Date.now() - began) / 1000);
  log(`Neo4j ${installed} installed in ${seconds}s.`);
  return { home: paths.home, version: installed, fromCache: false, seconds };
}

function lastErrorLine(file: string): string {
  if (!fs.existsSync(file)) return 'no output';
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const errors = lines.filter((line) => line.includes('[ERROR]') && line.trim() !== '[ERROR]');
  return (errors[0] ?? lastLines(file, 1)).trim();
}

// ------------------------------------------------------------------ processes

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Alive and not a zombie (a zombie still answers kill -0 until its parent reaps it). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill -0
  }
}

function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    const ps = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout : '';
  }
}

/** A pid can be reused after a crash: it is ours only if it runs the entry point on our home. */
function isOurServer(pid: number, paths: LocalServerPaths): boolean {
  if (!processAlive(pid)) return false;
  const cmd = commandLineOf(pid);
  return cmd.includes(ENTRY_POINT) && cmd.includes(`--home-dir=${paths.home}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ------------------------------------------------------------------ lock

const LOCK_TIMEOUT_MS = 10 * 60_000;

/**
 * One install or start at a time per cache dir: two at once would run Maven into the same lib/,
 * or launch two JVMs of which one dies on the taken port and leaves its pid in the pid file.
 * The lock is a directory (mkdir is atomic) holding the owner's pid; a dead owner's lock is taken over.
 */
async function withLock<T>(config: LocalServerConfig, what: string, log: Logger, fn: () => Promise<T>): Promise<T> {
  const lockDir = path.join(config.cacheDir, 'lock');
  const ownerFile = path.join(lockDir, 'pid');
  fs.mkdirSync(config.cacheDir, { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(ownerFile, `${process.pid}\n`);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readPid(ownerFile);
    // No pid yet: the owner is between mkdir and write, unless that was long ago (it crashed).
    const orphaned = owner === null ? Date.now() - statMtime(lockDir) > 10_000 : !processAlive(owner);
    if (orphaned) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new LocalServerError(`Another process (pid ${owner}) has been ${what} for ${LOCK_TIMEOUT_MS / 60_000} minutes: stop it, or delete ${lockDir}.`);
    }
    if (!told) log(`Waiting for process ${owner}, which is ${what} ...`);
    told = true;
    await sleep(POLL_MS);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function statMtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

// ------------------------------------------------------------------ network probes

// Bolt handshake: magic 0x6060B017, then four proposed versions (5.0-5.4, 4.4, none, none).
const BOLT_HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x04, 0x04, 0x05, 0x00, 0x00, 0x04, 0x04, 0, 0, 0, 0, 0, 0, 0, 0,
]);

/**
 * True when a Bolt server answers the handshake on host:port. Needs no password, so it tells
 * "server up" apart from "wrong password", which the driver reports at connect time.
 */
export function boltAnswers(port: number, host: string = HOST, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    let received = 0;
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write(BOLT_HANDSHAKE));
    socket.on('data', (chunk) => {
      received += chunk.length;
      if (received >= 4) done(true);
    });
    socket.on('close', () => done(received >= 4));
  });
}

/** True when something accepts TCP connections on host:port (connecting, not binding: no race with the server). */
function tcpAccepts(port: number, host: string = HOST, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => done(true));
  });
}

/** True when nothing listens on host:port (binding it succeeds). */
export function portFree(port: number, host: string = HOST): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  if (await portFree(port)) return;
  const other = (await boltAnswers(port)) ? 'another Neo4j server (not the one in this cache dir)' : 'another program';
  throw new LocalServerError(
    `Port ${port} (${what}) on ${HOST} is taken by ${other}: stop it, or pick free ports with ${envName}, or use that server with NEO4J_URI.`,
  );
}

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

// ------------------------------------------------------------------ start

/** Only settings Neo4j 5.26 knows: an unknown one is a startup error (strict validation). */
export function renderConfig(config: LocalServerConfig, paths: LocalServerPaths): string {
  const lines = [
    '# Written by src/neo4j/local-server.ts at every start: change that file, not this one.',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.import=${paths.importDir}`,
    `server.directories.plugins=${paths.plugins}`,
    `server.default_listen_address=${HOST}`,
    `server.default_advertised_address=${HOST}`,
    `server.bolt.listen_address=${HOST}:${config.boltPort}`,
    `server.bolt.advertised_address=${HOST}:${config.boltPort}`,
    `server.http.listen_address=${HOST}:${config.httpPort}`,
    `server.http.advertised_address=${HOST}:${config.httpPort}`,
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${config.heapSize}`,
    `server.memory.heap.max_size=${config.heapSize}`,
    `server.memory.pagecache.size=${config.pageCacheSize}`,
    // Neo4j preallocates 256 MB of transaction log per database and keeps two days of them:
    // a waste for a local dev and test server.
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.size=64M',
    'db.tx_log.rotation.retention_policy=128M size',
    // Bolt's shutdown otherwise waits 5 s twice even with no client left: stop() in 2 s, not 10.
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    // APOC core is in plugins/ (neo4j/pom.xml); harmless when absent.
    'dbms.security.procedures.unrestricted=apoc.*',
  ];
  return `${lines.join('\n')}\n`;
}

/** JVM options of Neo4j's default neo4j.conf that matter on Java 17/21, plus our heap. */
export function jvmArgs(config: LocalServerConfig, paths: LocalServerPaths): string[] {
  const classpath = [path.join(paths.plugins, '*'), path.join(paths.confDir, '*'), path.join(paths.lib, '*')];
  return [
    `-Xms${config.heapSize}`,
    `-Xmx${config.heapSize}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    classpath.join(path.delimiter),
    ENTRY_POINT,
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.confDir}`,
  ];
}

function neo4jEnv(paths: LocalServerPaths): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir };
}

/**
 * Auth stays on (as in docker-compose.yml and Testcontainers), so every setup is reached the same
 * way. The password can only be set before the system database exists, i.e. before the first
 * start; later changes of NEO4J_PASSWORD do not apply (delete <cache>/data to start afresh).
 */
function setInitialPassword(java: string, config: LocalServerConfig, paths: LocalServerPaths): void {
  if (fs.existsSync(path.join(paths.data, 'databases', 'system'))) return;
  const classpath = path.join(paths.lib, '*');
  const result = spawnSync(
    java,
    ['-cp', classpath, ADMIN_COMMAND, 'dbms', 'set-initial-password', config.password],
    { env: neo4jEnv(paths), encoding: 'utf8' },
  );
  if (result.status !== 0) {
    // Neo4j's message does not echo the password; keep only its first line.
    const reason = `${result.stderr}${result.stdout}`.split('\n').find((line) => line.trim() !== '') ?? 'no output';
    throw new LocalServerError(`neo4j-admin could not set the initial password: ${reason.trim()}`);
  }
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
  await assertPortFree(config.boltPort, 'Bolt', 'NEO4J_BOLT_PORT');
  await assertPortFree(config.httpPort, 'HTTP', 'NEO4J_HTTP_PORT');
  for (const dir of [paths.confDir, paths.data, paths.logs, paths.run, paths.importDir, paths.plugins]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.writeFileSync(paths.confFile, renderConfig(config, paths));
  setInitialPassword(java, config, paths);
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

// ------------------------------------------------------------------ stop

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return true;
    await sleep(200);
  }
  return !processAlive(pid);
}

/** SIGTERM lets Neo4j flush and close its stores; SIGKILL only when it hangs past the timeout. */
async function stopPid(pid: number): Promise<{ forced: boolean }> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return { forced: false };
  }
  if (await waitForExit(pid, STOP_TIMEOUT_MS)) return { forced: false };
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
  await waitForExit(pid, 10_000);
  return { forced: true };
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
