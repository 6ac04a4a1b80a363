// Configuration of the project's local Neo4j server (src/admin/local-server.ts): where it lives,
// its ports, and the neo4j.conf and JVM arguments it is started with.
//
// Layout of the cache dir (NEO4J_HOME_DIR, default <project>/.neo4j; owner-only, mode 0700):
//   home/lib, home/plugins   jars from Maven (home/.installed holds the pom hash they came from)
//   home/conf/neo4j.conf     rewritten at every start from renderConfig below
//   data/                    the databases (auth: the password is fixed at the first start)
//   password                 the generated password of user neo4j (mode 0600, see credentials.ts)
//   logs/neo4j.log           Neo4j's log; logs/debug.log its detailed one; logs/console.log the
//                            JVM's own output (crashes before logging starts)
//   logs/install.log         Maven output of the last install
//   run/kg-neo4j.pid         pid of the server JVM started by local-server.ts

import * as fs from 'node:fs';
import * as path from 'node:path';

export const DEFAULT_USER = 'neo4j';
export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;

export const HOST = '127.0.0.1';
export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
export const ADMIN_COMMAND = 'org.neo4j.server.startup.Neo4jAdminCommand';
export const POLL_MS = 500;
// Neo4j 5 rejects shorter passwords (dbms.security.auth_minimum_password_length).
export const MIN_PASSWORD_LENGTH = 8;
/** The origin of `kg serve` (src/explorer) at its default port: the only other page allowed to call the HTTP API. */
export const DEFAULT_EXPLORER_PORT = 7475;

/** A failure the user can fix: the message is one line that says how. */
export class LocalServerError extends Error {
  override name = 'LocalServerError';
}

export interface LocalServerConfig {
  projectRoot: string;
  cacheDir: string;
  boltPort: number;
  httpPort: number;
  /**
   * NEO4J_PASSWORD, when set: the password of user neo4j. Unset: a random one is generated at the
   * first start and kept in paths.passwordFile (credentials.ts), where every kg command finds it.
   */
  password: string | undefined;
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
  /** The generated password of user neo4j (mode 0600), unless NEO4J_PASSWORD was set at the first start. */
  passwordFile: string;
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

export const stderrLogger: Logger = (line) => process.stderr.write(`${line}\n`);

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
  const password = env.NEO4J_PASSWORD || undefined;
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw new LocalServerError(
      `NEO4J_PASSWORD is shorter than ${MIN_PASSWORD_LENGTH} characters, which Neo4j 5 refuses: use a longer one, or unset it (the local server then uses the password it generated).`,
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
    passwordFile: path.join(config.cacheDir, 'password'),
    run,
    pidFile: path.join(run, 'kg-neo4j.pid'),
    neo4jPidFile: path.join(run, 'neo4j.pid'),
  };
}

// ------------------------------------------------------------------ neo4j.conf and JVM

/** Only settings Neo4j 5.26 knows: an unknown one is a startup error (strict validation). */
export function renderConfig(config: LocalServerConfig, paths: LocalServerPaths): string {
  const lines = [
    '# Written by src/admin/config.ts at every start: change that file, not this one.',
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
    // No web page may use the graph through HTTP (issue 13): Neo4j answers any Origin with
    // "Access-Control-Allow-Origin: *" by default and checks no Host header (DNS rebinding). The
    // HTTP port serves Neo4j Browser only; Browser and kg send queries over Bolt. Neo4j 5.26 puts
    // this one value in every ACAO header (no list, no echo): kg serve's origin, never "*".
    'server.http_enabled_modules=BROWSER',
    `dbms.security.http_access_control_allow_origin=http://${HOST}:${DEFAULT_EXPLORER_PORT}`,
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

export function neo4jEnv(paths: LocalServerPaths): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir };
}
