// Helpers for the robustness tests (tests/integration/robust-*.test.ts): run the real CLI as a
// child process, fingerprint a graph, generate a corpus, find free ports.
import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as net from 'node:net';
import * as path from 'node:path';
import { ensureCorpus } from '../../bench/corpus';
import type { GraphTarget } from '../../src/neo4j/connection';
import { toPlain } from '../../src/neo4j/cypher-runner';

export const ROOT = path.join(__dirname, '..', '..');
const KG = path.join(ROOT, 'bin', 'kg.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The environment a CLI child gets: the test database of global-setup, then `overrides` (undefined deletes). */
export function cliEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface RunningCli {
  pid: number;
  done: Promise<CliRun>;
}

/** Starts `node bin/kg.js <args>` (stdin closed, no TTY: no progress bars). */
export function startKg(args: string[], env: NodeJS.ProcessEnv = cliEnv()): RunningCli {
  const began = Date.now();
  const child = spawn(process.execPath, [KG, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - began }));
  });
  return { pid: child.pid as number, done };
}

export function runKg(args: string[], env?: NodeJS.ProcessEnv): Promise<CliRun> {
  return startKg(args, env).done;
}

/** Lines of a CLI output, without empty ones. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** A stack trace or the CLI's "internal error" line: never expected from a handled failure. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.*:\d+:\d+\)$/m.test(text) || /internal error/.test(text);
}

async function rows(db: GraphTarget, query: string): Promise<unknown[]> {
  const result = await db.driver.executeQuery(query, {}, { database: db.database });
  return result.records.map((record) => toPlain(record.get(0)));
}

export interface GraphFingerprint {
  labels: Record<string, number>;
  types: Record<string, number>;
  /** sha256 of the sorted node keys (labels, id, name) and relationship keys (type, ends, id, offsets, evidence). */
  checksum: string;
  nodes: number;
  relationships: number;
}

/** Counts per label and type and a checksum of sorted ids: equal fingerprints mean the same graph. */
export async function fingerprint(db: GraphTarget): Promise<GraphFingerprint> {
  const labels = Object.fromEntries(
    (await rows(db, 'MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS n RETURN [label, n] ORDER BY label')) as [string, number][],
  );
  const types = Object.fromEntries(
    (await rows(db, 'MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n RETURN [type, n] ORDER BY type')) as [string, number][],
  );
  const nodeKeys = (await rows(
    db,
    "MATCH (n) WITH n, labels(n) AS ls UNWIND ls AS l WITH n, l ORDER BY l WITH n, collect(l) AS ls RETURN reduce(s = '', l IN ls | s + l + ':') + '|' + n.id + '|' + coalesce(n.name, n.title, '')",
  )) as string[];
  const relKeys = (await rows(
    db,
    "MATCH (s)-[r]->(t) RETURN type(r) + '|' + s.id + '|' + t.id + '|' + coalesce(r.id, '') + '|' + coalesce(toString(r.start), '') + '|' + coalesce(toString(r.end), '') + '|' + coalesce(toString(r.count), '') + '|' + coalesce(r.evidence, '')",
  )) as string[];
  const hash = crypto.createHash('sha256');
  for (const key of [...nodeKeys].sort()) hash.update(`N${key}\n`);
  for (const key of [...relKeys].sort()) hash.update(`R${key}\n`);
  return { labels, types, checksum: hash.digest('hex'), nodes: nodeKeys.length, relationships: relKeys.length };
}

/**
 * `count` articles recombined from the seeds' sentences (bench/corpus.ts, seeded: the same every
 * time) in a folder under `base`; returns the folder holding the .txt files.
 */
export function generatedCorpus(base: string, count: number, seed = 6006): string {
  const corpus = ensureCorpus({ seed, articles: count, perFolder: count, minSentences: 14, maxSentences: 32 }, base);
  return corpus.folders[0] as string;
}

/** A TCP port nothing listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Listening TCP sockets of a process, as `ss -ltnp` shows them ("127.0.0.1:7687", "[::ffff:127.0.0.1]:7474"). */
export async function listeningAddresses(pid: number): Promise<string[]> {
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn('ss', ['-H', '-ltnp'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (text += s));
    child.on('error', reject);
    child.on('close', () => resolve(text));
  });
  return out
    .split('\n')
    .filter((line) => line.includes(`pid=${pid},`))
    .map((line) => line.trim().split(/\s+/)[3] as string);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
