// Public API of the Neo4j layer: connect, write GraphBatches, run queries, manage the local server.
export {
  connectionConfigFromEnv,
  describeConnectionError,
  GraphConnectionError,
  openGraphDatabase,
  redact,
} from './connection';
export type { ConnectionConfig, GraphDatabase, GraphTarget, OpenOptions } from './connection';
export { applySchema, writeArticle, writeArticles } from './writer';
export type { WriteStats } from './writer';
export { runCypher, toPlain } from './cypher-runner';
export type { CypherResult, PlainRow, PlainValue } from './cypher-runner';
export {
  DEFAULT_PASSWORD,
  DEFAULT_USER,
  ensureInstalled,
  LocalServerError,
  localServerConfig,
  start as startLocalServer,
  status as localServerStatus,
  stop as stopLocalServer,
} from './local-server';
export type { InstallResult, LocalServerConfig, ServerStatus, StopResult } from './local-server';
export { runServerCommand } from './server-cli';
