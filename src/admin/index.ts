// Public API of server administration: the local Neo4j server (install, start, stop, status,
// its password), side servers next to it, and neo4j-admin import.
export {
  DEFAULT_USER,
  ensureInstalled,
  localPassword,
  LocalServerError,
  localServerConfig,
  start as startLocalServer,
  status as localServerStatus,
  stop as stopLocalServer,
} from './local-server';
export type { InstallResult, LocalServerConfig, ServerStatus } from './local-server';
export type { StopResult } from './local-server';
export { runServerCommand } from './server-cli';
