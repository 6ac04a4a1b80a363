// `kg neo4j new-password`: gives the local server a new random password and stores it where kg
// reads it (credentials.ts). The way forward for a server set up with a password of its own
// (before kg generated them): `NEO4J_PASSWORD=<its password> npx kg neo4j new-password` once.
import * as fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { loadCypher } from '../neo4j/cypher';
import { DEFAULT_USER, LocalServerError, serverPaths, type LocalServerConfig, type Logger } from './config';
import { generatePassword, requirePassword, writePrivateFile } from './credentials';
import { start } from './local-server';

export async function newPassword(config: LocalServerConfig, log: Logger): Promise<string> {
  const paths = serverPaths(config);
  const running = await start(config, log);
  const old = requirePassword(config, paths);
  const fresh = generatePassword();
  // Written before the change, renamed after it: no moment where the server's password is nowhere.
  const pending = `${paths.passwordFile}.new`;
  writePrivateFile(pending, `${fresh}\n`);
  const driver = neo4j.driver(running.boltUri, neo4j.auth.basic(DEFAULT_USER, old), { userAgent: 'news-kg', connectionTimeout: 10_000 });
  try {
    // Parameters, never text: neither password is ever part of a query string.
    await driver.executeQuery(loadCypher('admin/change-password.cypher'), { old, new: fresh }, { database: 'system' });
  } catch (err) {
    fs.rmSync(pending, { force: true });
    const code = (err as { code?: string }).code ?? '';
    if (code === 'Neo.ClientError.Security.Unauthorized') {
      throw new LocalServerError(`Neo4j at ${running.boltUri} refused the current password: set NEO4J_PASSWORD to it and run \`npx kg neo4j new-password\` again.`);
    }
    throw new LocalServerError(`Neo4j at ${running.boltUri} could not change the password (${code || 'error'}): ${String((err as Error).message).split('\n')[0].split(old).join('***')}`);
  } finally {
    await driver.close();
  }
  fs.renameSync(pending, paths.passwordFile);
  log(`New password of Neo4j user neo4j: ${fresh}`);
  log(`  It is kept in ${paths.passwordFile} (readable by you only); unset NEO4J_PASSWORD from now on, or set it to this one.`);
  return paths.passwordFile;
}
