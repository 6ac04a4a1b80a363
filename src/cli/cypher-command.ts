// `kg cypher '<query>' [--param key=value ...] [--json]`: one query, its rows as a table or JSON
// lines. Loads only the driver's side of the project (not the pipeline), so it starts quickly.
import { openGraphDatabase, runCypher } from '../neo4j';
import type { Io } from './io';
import { EXIT, parseParams } from './report';
import { renderJsonLines, renderTable } from './table';

export interface CypherOptions {
  param?: string[];
  json?: boolean;
}

export async function cypherCommand(query: string, options: CypherOptions, io: Io): Promise<number> {
  const params = parseParams(options.param ?? []);
  const db = await openGraphDatabase({ log: io.printError });
  try {
    const result = await runCypher(db, query, params);
    io.print(options.json ? renderJsonLines(result.rows) : renderTable(result.columns, result.rows));
    const counters = Object.entries(result.counters);
    if (counters.length && !options.json) io.print(counters.map(([k, v]) => `${k}: ${v}`).join(', '));
  } finally {
    await db.close();
  }
  return EXIT.ok;
}
