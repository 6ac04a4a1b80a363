// A server that stops answering in the middle of a load (issue 13): its JVM gets SIGSTOP, so its
// sockets stay open and nothing answers. This file runs a local Neo4j of its own (src/admin: cache
// dir <test server's>-hang or NEO4J_HANG_TEST_HOME_DIR, jars shared with the test server, free
// ports), because it freezes it; the shared test server is not touched.
//   1. a clean `kg build` of a generated corpus gives the reference graph;
//   2. the graph is emptied, the same build starts, and the JVM is stopped once the first
//      transaction of articles is committed: the build ends by itself, within 60 s, exit 1, with
//      one line that says what happened and that a rerun is safe;
//   3. after SIGCONT the same build again: exactly the reference graph.
import neo4j, { Driver } from 'neo4j-driver';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serverPassword, serverPaths, start, status, stop, type LocalServerConfig } from '../../src/admin/local-server';
import { sideServerConfig } from '../../src/admin/side-server';
import { testServerConfig } from '../setup/test-server-config';
import { cliEnv, fingerprint, freePort, generatedCorpus, type GraphFingerprint, hasStackTrace, lines, runKg, sleep, startKg } from '../setup/robust-helpers';

jest.setTimeout(15 * 60_000);

const ARTICLES = 450; // three transactions of `kg build` (200 articles each)
const HANG_LIMIT_S = 60;
const log = (line: string): void => void process.stderr.write(`[hang test] ${line}\n`);

let config: LocalServerConfig;
let corpusBase: string;
let corpus: string;
let reference: GraphFingerprint;
let frozen: number | null = null;

function env(): NodeJS.ProcessEnv {
  return cliEnv({ NEO4J_URI: `bolt://127.0.0.1:${config.boltPort}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: serverPassword(config), NEO4J_DATABASE: undefined });
}

async function withDriver<T>(fn: (d: Driver) => Promise<T>): Promise<T> {
  const d = neo4j.driver(`bolt://127.0.0.1:${config.boltPort}`, neo4j.auth.basic('neo4j', serverPassword(config)));
  try {
    return await fn(d);
  } finally {
    await d.close();
  }
}

async function articleCount(d: Driver): Promise<number> {
  const result = await d.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  return (result.records[0]?.get('n') as { toNumber(): number }).toNumber();
}

beforeAll(async () => {
  const cacheDir = process.env.NEO4J_HANG_TEST_HOME_DIR || `${testServerConfig().cacheDir}-hang`;
  const side = await sideServerConfig(cacheDir, { from: testServerConfig(), ports: { bolt: await freePort(), http: await freePort() } });
  config = { ...side, password: undefined }; // its own generated password, not the shared server's
  await stop(config, log);
  rmSync(serverPaths(config).data, { recursive: true, force: true });
  await start(config, log);
  corpusBase = mkdtempSync(path.join(os.tmpdir(), 'kg-hang-corpus-'));
  corpus = generatedCorpus(corpusBase, ARTICLES);
});

afterAll(async () => {
  if (frozen !== null) process.kill(frozen, 'SIGCONT');
  if (config) await stop(config, log);
  if (corpusBase) rmSync(corpusBase, { recursive: true, force: true });
});

test(`a clean build of ${ARTICLES} generated articles: the reference graph`, async () => {
  const run = await runKg(['build', corpus], env());
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  reference = await withDriver((d) => fingerprint({ driver: d, database: undefined }));
  expect(reference.labels.Article).toBe(ARTICLES);
});

test('SIGSTOP of the server mid-load: the build ends by itself within 60 s with one line; after SIGCONT a rerun gives exactly the reference graph', async () => {
  expect(reference).toBeDefined();
  await withDriver(async (d) => {
    const session = d.session();
    try {
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
    } finally {
      await session.close();
    }
  });
  const build = startKg(['build', corpus], env());
  let finished = false;
  void build.done.then(() => (finished = true));
  const pid = (await status(config)).pid as number;
  let atStop = 0;
  await withDriver(async (d) => {
    while (!finished && atStop === 0) {
      atStop = await articleCount(d);
      if (atStop === 0) await sleep(100);
    }
  });
  expect(finished).toBe(false);
  process.kill(pid, 'SIGSTOP');
  frozen = pid;
  const stoppedAt = Date.now();
  log(`SIGSTOP to the server (pid ${pid}) with ${atStop} of ${ARTICLES} articles committed`);
  // A hang is a failure, not a test that never ends: give up on the build after twice the limit.
  const outcome = await Promise.race([build.done, sleep(2 * HANG_LIMIT_S * 1000).then(() => null)]);
  if (outcome === null) process.kill(build.pid, 'SIGKILL');
  const seconds = (Date.now() - stoppedAt) / 1000;
  log(`the build ended ${seconds.toFixed(1)} s after the stop: ${outcome ? lines(outcome.stderr).join(' | ') : 'it hung'}`);
  expect(outcome).not.toBeNull();
  expect(seconds).toBeLessThan(HANG_LIMIT_S);
  expect(outcome?.code).toBe(1);
  expect(hasStackTrace(outcome?.stderr ?? '')).toBe(false);
  expect(lines(outcome?.stderr ?? '')).toEqual([
    expect.stringMatching(/^error: Neo4j at bolt:\/\/127\.0\.0\.1:\d+ stopped answering \(no reply for \d+ s: .*\), so kg gave up\. .*run the same command again\.$/),
  ]);

  process.kill(pid, 'SIGCONT');
  frozen = null;
  const rerun = await runKg(['build', corpus], env());
  expect(rerun.stderr).toBe('');
  expect(rerun.code).toBe(0);
  const after = await withDriver((d) => fingerprint({ driver: d, database: undefined }));
  expect(after).toEqual(reference);
});
