// The local jar-based Neo4j that integration tests use when NEO4J_URI is unset. It is NOT the
// developer's server (`npx kg neo4j start`): the tests wipe their database, so they get a server
// of their own, with its own cache dir (jars, data, logs) and its own ports:
//   cache dir   NEO4J_TEST_HOME_DIR, else <NEO4J_HOME_DIR or <project>/.neo4j>/test-server
//   Bolt port   NEO4J_TEST_BOLT_PORT, else 27687
//   HTTP port   NEO4J_TEST_HTTP_PORT, else 27474
// NEO4J_HOME_DIR, NEO4J_BOLT_PORT and NEO4J_HTTP_PORT (the developer's server) never select the
// test server's data or ports; the test cache dir only lives inside the developer's one (both are
// git-ignored under .neo4j/), next to its data, never in it.
import * as path from 'node:path';
import { findProjectRoot, localServerConfig, parsePort, type LocalServerConfig } from '../../src/admin/local-server';

export const TEST_BOLT_PORT = 27687;
export const TEST_HTTP_PORT = 27474;

export function testServerConfig(env: NodeJS.ProcessEnv = process.env): LocalServerConfig {
  const devCacheDir = env.NEO4J_HOME_DIR || path.join(findProjectRoot(), '.neo4j');
  const cacheDir = path.resolve(env.NEO4J_TEST_HOME_DIR || path.join(devCacheDir, 'test-server'));
  const boltPort = parsePort(env.NEO4J_TEST_BOLT_PORT, 'NEO4J_TEST_BOLT_PORT', TEST_BOLT_PORT);
  const httpPort = parsePort(env.NEO4J_TEST_HTTP_PORT, 'NEO4J_TEST_HTTP_PORT', TEST_HTTP_PORT);
  // localServerConfig keeps its checks (password length) and defaults (heap, page cache).
  return localServerConfig({
    ...env,
    NEO4J_HOME_DIR: cacheDir,
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HTTP_PORT: String(httpPort),
  });
}
