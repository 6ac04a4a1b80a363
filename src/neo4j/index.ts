// Public API of the Neo4j layer: connect, write GraphBatches, run queries (the local server is in src/admin).
export {
  connectionConfigFromEnv,
  describeConnectionError,
  GraphConnectionError,
  GraphServerStalled,
  openGraphDatabase,
  redact,
} from './connection';
export type { ConnectionConfig, GraphDatabase, GraphTarget, OpenOptions } from './connection';
export { applySchema, writeArticle, writeArticles } from './writer';
export type { ArticleWriteStats } from './writer';
export type { WriteStats } from './batch-writer';
export { runCypher, toPlain } from './cypher-runner';
export type { CypherResult, PlainRow, PlainValue } from './cypher-runner';
