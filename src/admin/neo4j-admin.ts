// Runs `neo4j-admin database import full` of the local install (.neo4j/home, see
// src/admin/local-server.ts) on a folder written by CsvExportWriter, into a data directory of the
// caller's choosing, never the local server's own .neo4j/data unless asked for by path.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkJava, localServerConfig, serverPaths } from './local-server';
import { IMPORT_ARGS_FILE } from '../export/csv';

export interface AdminImportOptions {
  /** The folder CsvExportWriter wrote. */
  csvDir: string;
  /** The data directory to import into (server.directories.data); databases/<database> is created. */
  dataDir: string;
  database?: string;
  /** Neo4j home with lib/ (default: the local install). */
  home?: string;
  /** Replace the database if it exists. */
  overwrite?: boolean;
}

export interface AdminImportResult {
  nodes: number;
  relationships: number;
  properties: number;
  seconds: number;
  /** neo4j-admin's output (progress and summary). */
  output: string;
}

export class AdminImportError extends Error {
  override name = 'AdminImportError';
}

export function importCsvWithNeo4jAdmin(options: AdminImportOptions): AdminImportResult {
  const home = options.home ?? serverPaths(localServerConfig()).home;
  const lib = join(home, 'lib');
  if (!existsSync(lib)) throw new AdminImportError(`no Neo4j jars in ${lib}: run \`npx kg neo4j install\` first`);
  const csvDir = resolve(options.csvDir);
  if (!existsSync(join(csvDir, IMPORT_ARGS_FILE))) throw new AdminImportError(`${csvDir} has no ${IMPORT_ARGS_FILE}: write it with \`kg export --csv\``);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const conf = mkdtempSync(join(tmpdir(), 'kg-admin-conf-'));
  try {
    const logs = join(conf, 'logs');
    writeFileSync(join(conf, 'neo4j.conf'), [`server.directories.data=${dataDir}`, `server.directories.logs=${logs}`, 'server.memory.pagecache.size=128m', ''].join('\n'));
    const args = ['-cp', join(lib, '*'), 'org.neo4j.server.startup.Neo4jAdminCommand', 'database', 'import', 'full', `@${join(csvDir, IMPORT_ARGS_FILE)}`];
    if (options.overwrite) args.push('--overwrite-destination=true');
    args.push(options.database ?? 'neo4j');
    const began = Date.now();
    const run = spawnSync(checkJava(), args, { cwd: csvDir, encoding: 'utf8', env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, maxBuffer: 64 << 20 });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.status !== 0) throw new AdminImportError(`neo4j-admin import failed (exit ${run.status}): ${output.trim().split('\n').slice(-5).join(' | ')}`);
    const count = (what: string): number => Number(new RegExp(`(\\d+) ${what}`).exec(output)?.[1] ?? NaN);
    return { nodes: count('nodes'), relationships: count('relationships'), properties: count('properties'), seconds: (Date.now() - began) / 1000, output };
  } finally {
    rmSync(conf, { recursive: true, force: true });
  }
}

