// Database failures that happen after the connection was checked (src/neo4j/connection.ts checks
// it before any work): the server stopped, was killed or restarted, or the network went away in
// the middle of a load. They become one line, like every expected failure of the CLI.
import { connectionConfigFromEnv, redact } from '../neo4j';

/** Driver error codes of a lost connection (the driver has already retried them for 30 s). */
const LOST = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isLostConnection(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  return LOST.has(code);
}

/**
 * "lost the connection to Neo4j at bolt://…: connect ECONNREFUSED 127.0.0.1:7687. …": where, why
 * (the socket error, not the driver's paragraph), and that rerunning is safe: every article is
 * one transaction, so the graph holds whole articles only, and rebuilding replaces them.
 */
export function describeLostConnection(err: unknown, env: NodeJS.ProcessEnv = process.env): string {
  let uri = env.NEO4J_URI ?? '';
  let password = env.NEO4J_PASSWORD;
  try {
    const config = connectionConfigFromEnv(env);
    uri = config.uri;
    password = config.password;
  } catch {
    // a malformed port was reported at start; keep what the environment says
  }
  const message = err instanceof Error ? err.message : String(err);
  const cause = /Caused by: (.+)$/m.exec(message)?.[1] ?? message.split('\n')[0] ?? '';
  const hint = env.NEO4J_URI ? 'check that the server at NEO4J_URI is up' : 'start the local one with `npx kg neo4j start`';
  const line = `lost the connection to Neo4j at ${uri} (${cause.trim().replace(/\.$/, '')}): ${hint}, then run the same command again; every article is written in one transaction, so the graph holds only whole articles and rebuilding completes it.`;
  return redactSecrets(line, env, password);
}

/** Removes NEO4J_PASSWORD and user:password@ of URIs from any text the CLI prints. */
export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env, password = env.NEO4J_PASSWORD): string {
  return redact(text, password);
}
