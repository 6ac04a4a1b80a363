// Provides one real Neo4j for all integration tests and passes it on through NEO4J_URI,
// NEO4J_USER and NEO4J_PASSWORD (test files run after this, and read process.env):
//   1. NEO4J_URI already set         -> that server, as it is;
//   2. a Docker engine answers       -> Testcontainers' Neo4j module (neo4j:5.26-community);
//   3. otherwise                     -> a local jar-based TEST server (src/admin/local-server.ts with
//                                       tests/setup/test-server-config.ts: .neo4j/test-server, ports
//                                       27687/27474), started if it is not running, stopped by
//                                       global-teardown if started here.
// WARNING: the tests wipe the database (tests/setup/db.ts). With option 3 that is the test
// server's own database, never the one `npx kg neo4j start` serves; with option 1, the one
// NEO4J_URI names.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_USER, LocalServerError, serverPassword, start, status } from '../../src/admin/local-server';
import { testServerConfig } from './test-server-config';
import { setTestServer } from './test-server';
import { ensureFreshBuild } from './fresh-build';

const IMAGE = 'neo4j:5.26-community';

/** Cheap pre-check so machines without Docker do not pay for loading testcontainers (~4 s). */
function dockerMayAnswer(): boolean {
  if (process.env.DOCKER_HOST) return true;
  const sockets = ['/var/run/docker.sock', path.join(os.homedir(), '.docker', 'run', 'docker.sock')];
  if (process.env.XDG_RUNTIME_DIR) sockets.push(path.join(process.env.XDG_RUNTIME_DIR, 'docker.sock'));
  return sockets.some((socket) => fs.existsSync(socket));
}

async function dockerAnswers(): Promise<boolean> {
  if (!dockerMayAnswer()) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

function useServer(uri: string, user: string, password: string): void {
  process.env.NEO4J_URI = uri;
  process.env.NEO4J_USER = user;
  process.env.NEO4J_PASSWORD = password;
}

async function startContainer(password: string): Promise<void> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(IMAGE).withPassword(password).withApoc().start();
  useServer(container.getBoltUri(), container.getUsername(), container.getPassword());
  setTestServer({ kind: 'container', stop: async () => void (await container.stop()) });
}

async function startLocal(): Promise<void> {
  const config = testServerConfig();
  const before = await status(config);
  let running;
  try {
    running = await start(config, (line) => process.stderr.write(`[neo4j test server] ${line}\n`));
  } catch (err) {
    // start() names the developer's variables (NEO4J_BOLT_PORT...); the test server has its own.
    if (err instanceof LocalServerError) {
      throw new LocalServerError(`${err.message} (test server in ${config.cacheDir}: choose its ports with NEO4J_TEST_BOLT_PORT/NEO4J_TEST_HTTP_PORT)`);
    }
    throw err;
  }
  // NEO4J_PASSWORD, else the password the test server's first start generated and stored.
  useServer(running.boltUri, DEFAULT_USER, serverPassword(config));
  // Stop it at teardown only if we started it: a test server another jest run started stays up.
  setTestServer({ kind: 'local', startedHere: before.state === 'stopped', config });
}

export default async function globalSetup(): Promise<void> {
  ensureFreshBuild();
  if (process.env.NEO4J_URI) {
    setTestServer({ kind: 'external' });
    return;
  }
  if (await dockerAnswers()) {
    // No password is written in the repository: a container gets NEO4J_PASSWORD or a random one.
    await startContainer(process.env.NEO4J_PASSWORD || crypto.randomBytes(16).toString('hex'));
  } else {
    await startLocal();
  }
}
