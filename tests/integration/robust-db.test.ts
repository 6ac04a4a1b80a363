// Database faults and credentials, through the real CLI (a child process) and the real Neo4j of
// global-setup: no server, a wrong password, a password in NEO4J_URI, --verbose; and the driver's
// retry of a transient error (a deadlock) inside the writer's managed transaction.
import neo4j, { Driver, Session } from 'neo4j-driver';
import * as path from 'node:path';
import type { GraphBatch } from '../../src/model/types';
import { connectionConfigFromEnv, type GraphDatabase, type GraphTarget } from '../../src/neo4j/connection';
import { writeArticlesBatched } from '../../src/neo4j/batch-writer';
import { applySchema, writeArticle } from '../../src/neo4j/writer';
import { graphBatches, runCorpus } from '../../src/run';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { cliEnv, hasStackTrace, lines, ROOT, runKg, sleep } from '../setup/robust-helpers';

jest.setTimeout(180_000);

const ARTICLE = path.join(ROOT, 'seeds', '000_b8527ec254b17462.txt');
let db: GraphDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeDatabase(db);
});

afterAll(async () => {
  await db?.close();
});

describe('no server at NEO4J_URI', () => {
  test.each([
    ['build', ['build', ARTICLE]],
    ['cypher', ['cypher', 'RETURN 1']],
    ['build --verbose', ['build', '--verbose', ARTICLE]],
  ])('kg %s: exit 1, one line saying how to start or configure one, no stack trace', async (_name, args) => {
    const run = await runKg(args, cliEnv({ NEO4J_URI: 'bolt://127.0.0.1:1' }));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([
      'error: No Neo4j server answers at bolt://127.0.0.1:1: start the local one with `npx kg neo4j start`, or set NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD) to a running server.',
    ]);
    expect(hasStackTrace(run.stderr)).toBe(false);
    // It fails at the connection check, without waiting for the driver's 30 s of retries.
    expect(run.ms).toBeLessThan(25_000);
  });
});

describe('credentials', () => {
  // Quotes, a backtick, a dollar and a space: printed nowhere, quoted or not.
  const WRONG = 'Wr0ng `pa$$"word\'';

  afterAll(async () => {
    // Two failed logins leave the account usable (Neo4j locks it for 5 s after 3); a good one resets the count.
    await sleep(200);
    await db.driver.executeQuery('RETURN 1');
  });

  test.each([
    ['build --verbose', ['build', '--verbose', ARTICLE]],
    ['cypher', ['cypher', 'RETURN 1']],
  ])('a wrong password (kg %s): exit 1, one clear line, the password never printed', async (_name, args) => {
    const run = await runKg(args, cliEnv({ NEO4J_PASSWORD: WRONG }));
    expect(run.code).toBe(1);
    const errLines = lines(run.stderr);
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(/^error: Neo4j at bolt:\/\/\S+ refused user "neo4j": wrong user or password \(set NEO4J_USER\/NEO4J_PASSWORD/);
    expect(hasStackTrace(run.stderr)).toBe(false);
    for (const part of [WRONG, 'Wr0ng', 'pa$$']) expect(`${run.stdout}${run.stderr}`).not.toContain(part);
  });

  test('a password inside NEO4J_URI (user:password@host) and NEO4J_PASSWORD are not printed by a successful build --verbose', async () => {
    const { password } = connectionConfigFromEnv();
    const uri = (process.env.NEO4J_URI as string).replace('://', `://neo4j:${encodeURIComponent(password)}@`);
    const run = await runKg(['build', '--verbose', ARTICLE], cliEnv({ NEO4J_URI: uri }));
    expect(run.code).toBe(0);
    // the credentials are used, and the address is shown without them (or masked)
    expect(run.stdout).toMatch(/^Loaded 1 article from 1 file into bolt:\/\/(\*\*\*@)?[^\s@:/]+:\d+$/m);
    expect(`${run.stdout}${run.stderr}`).not.toContain(password);
  });

  test('a wrong password inside NEO4J_URI: one line, neither password printed', async () => {
    const { password } = connectionConfigFromEnv();
    const uri = (process.env.NEO4J_URI as string).replace('://', `://neo4j:${encodeURIComponent(WRONG)}@`);
    const run = await runKg(['cypher', 'RETURN 1'], cliEnv({ NEO4J_URI: uri, NEO4J_USER: undefined, NEO4J_PASSWORD: undefined }));
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^error: Neo4j at bolt:\/\/(\*\*\*@)?\S+ refused user "neo4j": wrong user or password/)]);
    for (const secret of [password, WRONG]) expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
  });

  test('credentials in NEO4J_URI that differ from NEO4J_PASSWORD: refused in one line that shows neither', async () => {
    const { password } = connectionConfigFromEnv();
    const uri = (process.env.NEO4J_URI as string).replace('://', `://neo4j:${encodeURIComponent(password)}@`);
    const run = await runKg(['cypher', 'RETURN 1'], cliEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: WRONG }));
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^error: NEO4J_URI holds a user:password and NEO4J_USER\/NEO4J_PASSWORD hold other ones/)]);
    for (const secret of [password, WRONG]) expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
  });
});

describe('transient errors are retried by the managed transaction (executeWrite)', () => {
  let batch: GraphBatch;

  /** The test database's driver, counting how often executeWrite runs the writer's transaction function. */
  function countingTarget(driver: Driver, attempts: { count: number; errors: string[] }): GraphTarget {
    const session = (config: Parameters<Driver['session']>[0]): Session => {
      const s = driver.session(config);
      const executeWrite = s.executeWrite.bind(s);
      s.executeWrite = ((work, txConfig) =>
        executeWrite(async (tx) => {
          attempts.count++;
          try {
            return await work(tx);
          } catch (err) {
            attempts.errors.push((err as { code?: string }).code ?? String(err));
            throw err;
          }
        }, txConfig)) as Session['executeWrite'];
      return s;
    };
    return { driver: { session } as unknown as Driver, database: db.database };
  }

  beforeAll(async () => {
    await wipeDatabase(db);
    await applySchema(db);
    batch = graphBatches(await runCorpus([ARTICLE]))[0] as GraphBatch;
    await writeArticle(db, batch);
  });

  test.each([
    ['writeArticle', (target: GraphTarget, b: GraphBatch) => writeArticle(target, b)],
    ['writeArticlesBatched (kg build)', (target: GraphTarget, b: GraphBatch) => writeArticlesBatched(target, [b])],
  ])('%s: a deadlock with another transaction makes the writer the victim; it is retried and the article written once', async (_name, write) => {
    const before = await column<number>(db, 'MATCH ()-[r]->() RETURN count(r)');
    // A new alias for the first entity, so that the writer must lock it (the batched writer leaves
    // an unchanged node alone, without a lock).
    const first = batch.nodes[0] as GraphBatch['nodes'][number];
    const changed: GraphBatch = { ...batch, nodes: [{ ...first, aliases: [...first.aliases, `alias for ${_name}`] }, ...batch.nodes.slice(1)] };
    const firstEntity = first.id;
    // Transaction A holds many locks (so that Neo4j's deadlock resolution aborts the writer, the
    // transaction with fewer locks) and the first entity the writer merges.
    const sessionA = db.driver.session({ database: db.database });
    const a = sessionA.beginTransaction();
    const attempts = { count: 0, errors: [] as string[] };
    try {
      await a.run('UNWIND range(1, $n) AS i CREATE (:LockFiller {i: i})', { n: neo4j.int(300) });
      await a.run('MATCH (e:Entity {id: $id}) SET e.heldByTest = true', { id: firstEntity });
      // The writer locks the Article node, then waits for the entity A holds.
      const writing = write(countingTarget(db.driver, attempts), changed);
      const deadline = Date.now() + 30_000;
      for (;;) {
        const blocked = await column<string>(db, "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN status");
        if (blocked.length > 0) break;
        if (Date.now() > deadline) throw new Error('the writer never waited for the lock held by transaction A');
        await sleep(100);
      }
      // A now wants the Article node the writer holds: a deadlock. Neo4j aborts the writer with a
      // TransientError; executeWrite rolls it back (A gets the node) and runs it again.
      await a.run('MATCH (art:Article {id: $id}) SET art.heldByTest = true', { id: batch.article.id });
      await a.rollback();
      await writing;
    } finally {
      await sessionA.close();
    }
    expect(attempts.errors).toEqual(['Neo.TransientError.Transaction.DeadlockDetected']);
    expect(attempts.count).toBe(2);
    expect(await column<string[]>(db, 'MATCH (e:Entity {id: $id}) RETURN e.aliases', { id: firstEntity })).toEqual([expect.arrayContaining([`alias for ${_name}`])]);
    // Same graph as before: no duplicate edges from the aborted attempt, A's changes rolled back.
    expect(await column<number>(db, 'MATCH ()-[r]->() RETURN count(r)')).toEqual(before);
    expect(await column<number>(db, 'MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH type(r) AS t, r.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)')).toEqual([0]);
    expect(await column<number>(db, 'MATCH (n) WHERE n:LockFiller OR n.heldByTest IS NOT NULL RETURN count(n)')).toEqual([0]);
  });
});
