// Installing the local server: Java and Maven checks, and the jars from Maven Central through
// neo4j/pom.xml (the official tarball is not published there), cached in <cache dir>/home.
import { spawn, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LocalServerError, localServerConfig, serverPaths, stderrLogger, type InstallResult, type LocalServerConfig, type LocalServerPaths, type Logger } from './config';
import { isOurServer, readPid, withLock } from './processes';

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

export function isInstalled(config: LocalServerConfig, paths: LocalServerPaths): boolean {
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

export function lastLines(file: string, count: number): string {
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

export async function install(config: LocalServerConfig, log: Logger): Promise<InstallResult> {
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