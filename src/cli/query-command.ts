// `kg query <name> [--param key=value ...] [--json]` and `kg query --list`: the query pack of
// cypher/queries/ (see src/neo4j/query-pack.ts for the file format and the parameter checks).
import { openGraphDatabase } from '../neo4j';
import { describeParams, findQuery, loadQueryPack, parseParamPairs, QueryParamError, runPackQuery, validateParams, type PackQuery } from '../neo4j/query-pack';
import type { Io } from './io';
import { EXIT, UsageError } from './report';
import { renderJsonLines, renderTable } from './table';

export interface QueryOptions {
  param?: string[];
  json?: boolean;
  list?: boolean;
  verbose?: boolean;
}

export function listQueries(pack: PackQuery[], verbose: boolean): string {
  const width = Math.max(...pack.map((q) => q.name.length));
  const lines: string[] = [];
  for (const q of pack) {
    lines.push(`${q.name.padEnd(width)}  ${q.description}`);
    const details = [...describeParams(q).map((p) => `--param ${p}`), ...(verbose ? q.notes : [])];
    for (const d of details) lines.push(`${' '.repeat(width)}    ${d}`);
  }
  lines.push('', 'Run one with: kg query <name> --param key=value ... [--json]');
  return lines.join('\n');
}

function usage(query: PackQuery, message: string): UsageError {
  const params = describeParams(query);
  return new UsageError(`${message}\n  ${query.name}: ${query.description}${params.length ? `\n  ${params.map((p) => `--param ${p}`).join('\n  ')}` : ''}`);
}

export async function queryCommand(name: string | undefined, options: QueryOptions, io: Io): Promise<number> {
  const pack = loadQueryPack();
  if (options.list || name === undefined) {
    io.print(listQueries(pack, !!options.verbose));
    return EXIT.ok;
  }
  const query = findQuery(pack, name);
  if (!query) throw new UsageError(`no query named "${name}"; the pack has: ${pack.map((q) => q.name).join(', ')} (kg query --list)`);
  let raw: Record<string, string>;
  try {
    raw = parseParamPairs(options.param ?? []);
    // Checked before connecting: a typo costs no server start.
    validateParams(query, raw);
  } catch (err) {
    if (err instanceof QueryParamError) throw usage(query, err.message);
    throw err;
  }
  const db = await openGraphDatabase({ log: io.printError });
  try {
    const result = await runPackQuery(db, query, raw);
    // Whole cells: the evidence is what an analyst asked for, never cut (kg cypher keeps the 80-character cut).
    io.print(options.json ? renderJsonLines(result.rows) : renderTable(result.columns, result.rows, Infinity));
  } finally {
    await db.close();
  }
  return EXIT.ok;
}
