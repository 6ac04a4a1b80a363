// The local server's password. Unless NEO4J_PASSWORD is set, the first start generates a random
// one and keeps it in <cache dir>/password (mode 0600, in a 0700 folder, git-ignored with .neo4j/),
// where every kg command and the tests read it. It never appears on a command line: neo4j-admin
// reads it from an argument file (`@file`, expanded by its picocli parser), so `ps` shows only
// the file's name.
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADMIN_COMMAND, LocalServerError, neo4jEnv, type LocalServerConfig, type LocalServerPaths, type Logger } from './config';

const OWNER_ONLY_DIR = 0o700;
const OWNER_ONLY_FILE = 0o600;

/** 128 random bits as hex: no character a shell, a URI or an argument file would treat specially. */
export function generatePassword(): string {
  return crypto.randomBytes(16).toString('hex');
}

/** Creates `dir` (and parents) and makes it readable by its owner only. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR });
  fs.chmodSync(dir, OWNER_ONLY_DIR);
}

/** Writes `text` to a file only the owner can read, whatever umask says and whatever was there before. */
export function writePrivateFile(file: string, text: string): void {
  const fd = fs.openSync(file, 'w', OWNER_ONLY_FILE);
  try {
    fs.fchmodSync(fd, OWNER_ONLY_FILE);
    fs.writeSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
}

/** The password the first start stored, or null. A file others could read is made private first. */
export function readStoredPassword(paths: Pick<LocalServerPaths, 'passwordFile'>): string | null {
  let text: string;
  try {
    if ((fs.statSync(paths.passwordFile).mode & 0o077) !== 0) fs.chmodSync(paths.passwordFile, OWNER_ONLY_FILE);
    text = fs.readFileSync(paths.passwordFile, 'utf8');
  } catch {
    return null;
  }
  const password = text.trim();
  return password === '' ? null : password;
}

/** The password of user neo4j on the local server: NEO4J_PASSWORD, else the stored one, else null. */
export function localPassword(config: LocalServerConfig, paths: Pick<LocalServerPaths, 'passwordFile'>): string | null {
  return config.password ?? readStoredPassword(paths);
}

/** True once the server has its system database, i.e. its password is set for good. */
export function systemDatabaseExists(paths: LocalServerPaths): boolean {
  return fs.existsSync(path.join(paths.data, 'databases', 'system'));
}

/** One argument in picocli's argument-file syntax: double-quoted, with \ and " escaped. */
function argFileToken(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Before the first start (no system database yet): sets the password of user neo4j, from
 * NEO4J_PASSWORD or generated, and stores a generated one in paths.passwordFile. Tells the user
 * once where it is. Auth stays on (as in docker-compose.yml and Testcontainers).
 */
export function setInitialPassword(java: string, config: LocalServerConfig, paths: LocalServerPaths, log: Logger): void {
  if (systemDatabaseExists(paths)) return;
  const generated = config.password === undefined;
  const password = config.password ?? generatePassword();
  const argFile = path.join(paths.run, `initial-password-${process.pid}.args`);
  // "--" ends the options: a password that starts with "-" is still the password.
  writePrivateFile(argFile, `--\n${argFileToken(password)}\n`);
  let result;
  try {
    result = spawnSync(java, ['-cp', path.join(paths.lib, '*'), ADMIN_COMMAND, 'dbms', 'set-initial-password', `@${argFile}`], {
      env: neo4jEnv(paths),
      encoding: 'utf8',
    });
  } finally {
    fs.rmSync(argFile, { force: true });
  }
  if (result.status !== 0) {
    // Neo4j's message does not echo the password; keep only its first line, redacted all the same.
    const reason = `${result.stderr}${result.stdout}`.split('\n').find((line) => line.trim() !== '') ?? 'no output';
    throw new LocalServerError(`neo4j-admin could not set the initial password: ${reason.split(password).join('***').trim()}`);
  }
  const authFile = path.join(paths.data, 'dbms', 'auth.ini');
  if (fs.existsSync(authFile)) fs.chmodSync(authFile, OWNER_ONLY_FILE);
  if (!generated) return;
  writePrivateFile(paths.passwordFile, `${password}\n`);
  log(`Generated the password of Neo4j user neo4j: ${password}`);
  log(`  It is kept in ${paths.passwordFile} (readable by you only); kg and the tests read it from there. NEO4J_PASSWORD overrides it.`);
}

/** One line for a local server whose password kg does not know (set up before passwords were generated). */
export function unknownPasswordMessage(config: LocalServerConfig, paths: LocalServerPaths): string {
  return (
    `The local Neo4j in ${config.cacheDir} was set up before kg generated passwords, and ${paths.passwordFile} does not exist: ` +
    `run \`NEO4J_PASSWORD=<its password> npx kg neo4j new-password\` once (it stores a new random password there), ` +
    `or set NEO4J_PASSWORD for every command, or delete ${paths.data} to start afresh.`
  );
}

/** The password of a local server kg set up: NEO4J_PASSWORD or the stored one; throws the one-line fix otherwise. */
export function requirePassword(config: LocalServerConfig, paths: LocalServerPaths): string {
  const password = localPassword(config, paths);
  if (password === null) throw new LocalServerError(unknownPasswordMessage(config, paths));
  return password;
}
