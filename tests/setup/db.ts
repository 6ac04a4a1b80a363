// Helpers for integration tests: the database global-setup provides, and a way to empty it.
// Community edition has a single database, so every test file starts from an empty graph.

import { GraphDatabase, openGraphDatabase } from '../../src/neo4j/connection';
import { connectionConfigFromEnv } from '../../src/neo4j/connection';
import { toPlain } from '../../src/neo4j/cypher-runner';

/** Opens the test database named by NEO4J_URI (set by global-setup); never starts a server. */
export async function openTestDatabase(): Promise<GraphDatabase> {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is unset: run integration tests through jest (global-setup sets it).');
  return openGraphDatabase({ config: connectionConfigFromEnv(), startLocal: false });
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function wipeDatabase(db: GraphDatabase): Promise<void> {
  await db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.database });
}

/** Runs a query and returns the first column of each row as plain JS (numbers, not Integers). */
export async function column<T>(db: GraphDatabase, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await db.driver.executeQuery(query, params, { database: db.database });
  return result.records.map((record) => toPlain(record.get(0)) as T);
}
