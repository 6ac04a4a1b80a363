// A server killed with kill -9 in the middle of a load. This file runs a local Neo4j of its own
// (src/admin/local-server.ts: cache dir <test server's>-crash or NEO4J_CRASH_TEST_HOME_DIR, free
// ports picked at start), because it kills and restarts it; the shared test server is not touched.
//   1. the server listens on 127.0.0.1 only (its conf, and its sockets as `ss -ltnp` shows them);
//   2. a clean `kg build` of a generated corpus gives the reference graph;
//   3. the graph is emptied, the same build starts, and the server JVM gets SIGKILL once the first
//      transaction of articles is committed: the CLI exits 1 with one line, no stack trace;
//   4. after a restart (crash recovery) the same build again: exactly the reference graph
//      (counts per label and type, checksum of sorted ids, ends, offsets and evidence).
import neo4j, { Driver } from 'neo4j-driver';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serverPassword, serverPaths, start, status, stop, type LocalServerConfig } from '../../src/admin/local-server';
import { testServerConfig } from '../setup/test-server-config';
import { cliEnv, fingerprint, freePort, generatedCorpus, type GraphFingerprint, hasStackTrace, lines, listeningAddresses, runKg, sleep, startKg } from '../setup/robust-helpers';

jest.setTimeout(15 * 60_000);

// `kg build` writes up to 200 articles per transaction (src/neo4j/batch-writer.ts): 450 articles
// are three transactions, and the kill comes once the first one is committed.
const ARTICLES = 450;
const log = (line: string): void => void process.stderr.write(`[crash test] ${line}\n`);

let config: LocalServerConfig;
let corpusBase: string;
let corpus: string;
let reference: GraphFingerprint;

function env(): NodeJS.ProcessEnv {
  return cliEnv({ NEO4J_URI: `bolt://127.0.0.1:${config.boltPort}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: serverPassword(config), NEO4J_DATABASE: undefined });
}

function driver(): Driver {
  return neo4j.driver(`bolt://127.0.0.1:${config.boltPort}`, neo4j.auth.basic('neo4j', serverPassword(config)));
}

async function articleCount(d: Driver): Promise<number> {
  const result = await d.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  return (result.records[0]?.get('n') as { toNumber(): number }).toNumber();
}

async function withDriver<T>(fn: (d: Driver) => Promise<T>): Promise<T> {
  const d = driver();
  try {
    return await fn(d);
  } finally {
    await d.close();
  }
}

beforeAll(async () => {
  const base = testServerConfig();
  const cacheDir = process.env.NEO4J_CRASH_TEST_HOME_DIR || `${base.cacheDir}-crash`;
  config = { ...base, cacheDir, boltPort: await freePort(), httpPort: await freePort() };
  // Left running by an interrupted run? It is ours (same cache dir): stop it. Then start afresh.
  await stop(config, log);
  rmSync(serverPaths(config).data, { recursive: true, force: true });
  const began = Date.now();
  await start(config, log);
  log(`own server up in ${((Date.now() - began) / 1000).toFixed(1)} s on bolt port ${config.boltPort}`);
  corpusBase = mkdtempSync(path.join(os.tmpdir(), 'kg-crash-corpus-'));
  corpus = generatedCorpus(corpusBase, ARTICLES);
});

afterAll(async () => {
  if (config) await stop(config, log);
  if (corpusBase) rmSync(corpusBase, { recursive: true, force: true });
});

test('the local server listens on 127.0.0.1 only', async () => {
  const conf = readFileSync(serverPaths(config).confFile, 'utf8');
  expect(conf).toContain('server.default_listen_address=127.0.0.1\n');
  const listen = conf.split('\n').filter((line) => /^server\.\w+\.listen_address=/.test(line));
  expect(listen).toEqual([`server.bolt.listen_address=127.0.0.1:${config.boltPort}`, `server.http.listen_address=127.0.0.1:${config.httpPort}`]);
  const pid = (await status(config)).pid as number;
  const sockets = await listeningAddresses(pid);
  log(`sockets of the server JVM (pid ${pid}): ${sockets.join(', ')}`);
  expect(sockets.length).toBeGreaterThanOrEqual(2);
  for (const address of sockets) expect(address).toMatch(/^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):\d+$/);
  expect(sockets.map((a) => Number(a.split(':').pop()))).toEqual(expect.arrayContaining([config.boltPort, config.httpPort]));
});

test(`a clean build of ${ARTICLES} generated articles: the reference graph`, async () => {
  const run = await runKg(['build', corpus], env());
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  reference = await withDriver((d) => fingerprint({ driver: d, database: undefined }));
  log(`clean build: ${(run.ms / 1000).toFixed(1)} s; ${reference.nodes} nodes, ${reference.relationships} relationships, checksum ${reference.checksum.slice(0, 12)}`);
  expect(reference.labels.Article).toBe(ARTICLES);
});

test('kill -9 of the server mid-load: one line, exit 1; after a restart the same build gives exactly the reference graph', async () => {
  expect(reference).toBeDefined();
  await withDriver(async (d) => {
    const session = d.session(); // IN TRANSACTIONS needs an auto-commit transaction
    try {
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
    } finally {
      await session.close();
    }
    expect(await articleCount(d)).toBe(0);
  });

  // The same build; kill the server once a few articles are committed.
  const build = startKg(['build', corpus], env());
  let finished = false;
  void build.done.then(() => (finished = true));
  const pid = (await status(config)).pid as number;
  let atKill = 0;
  await withDriver(async (d) => {
    while (!finished) {
      atKill = await articleCount(d);
      if (atKill > 0) break;
      await sleep(100);
    }
  });
  expect(finished).toBe(false);
  process.kill(pid, 'SIGKILL');
  const killedAt = Date.now();
  log(`SIGKILL to the server (pid ${pid}) with ${atKill} of ${ARTICLES} articles committed`);
  const crashed = await build.done;
  log(`the interrupted build exited ${crashed.code} ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill (the driver retries for 30 s)`);
  expect(crashed.code).toBe(1);
  expect(hasStackTrace(crashed.stderr)).toBe(false);
  expect(lines(crashed.stderr)).toEqual([
    expect.stringMatching(/^error: lost the connection to Neo4j at bolt:\/\/127\.0\.0\.1:\d+ \(.+\): check that the server at NEO4J_URI is up, then run the same command again/),
  ]);

  // Restart: Neo4j recovers its transaction log; committed articles are whole, the rest absent.
  const began = Date.now();
  await start(config, log);
  log(`restart after the crash (recovery) took ${((Date.now() - began) / 1000).toFixed(1)} s`);
  const partial = await withDriver(async (d) => {
    const p = await fingerprint({ driver: d, database: undefined });
    // Every committed article has its MENTIONS: none is half-written.
    const bare = await d.executeQuery('MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->() RETURN count(a) AS n');
    expect((bare.records[0]?.get('n') as { toNumber(): number }).toNumber()).toBe(0);
    return p;
  });
  log(`after recovery: ${partial.labels.Article ?? 0} articles committed before the kill`);
  expect(partial.labels.Article).toBeGreaterThanOrEqual(atKill);
  expect(partial.labels.Article).toBeLessThan(ARTICLES);

  const rerun = await runKg(['build', corpus], env());
  expect(rerun.stderr).toBe('');
  expect(rerun.code).toBe(0);
  const after = await withDriver((d) => fingerprint({ driver: d, database: undefined }));
  log(`rerun: ${(rerun.ms / 1000).toFixed(1)} s; checksum ${after.checksum.slice(0, 12)}`);
  expect(after).toEqual(reference);
});
