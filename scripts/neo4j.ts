// Usage: npx ts-node --transpile-only scripts/neo4j.ts install|start|stop|status
// Manages the project's local Neo4j (see src/admin/local-server.ts) until `kg neo4j` exists.
import { runServerCommand } from '../src/admin/server-cli';

runServerCommand(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
