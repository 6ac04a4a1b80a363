// `kg export --claims claims.csv --graphml graph.graphml --gexf graph.gexf`: the graph in Neo4j
// for analysts (src/export/analyst.ts), read with the statements of cypher/export/.
import { writeFileSync } from 'node:fs';
import { openGraphDatabase, runCypher } from '../neo4j';
import { loadCypher } from '../neo4j/cypher';
import { claimFromRow, claimsCsv, entityFromRow, toGexf, toGraphml, type AnalystGraph } from '../export/analyst';
import type { Io } from './io';
import { EXIT } from './report';

export interface AnalystExportOptions {
  claims?: string;
  graphml?: string;
  gexf?: string;
}

export async function analystExportCommand(options: AnalystExportOptions, io: Io): Promise<number> {
  const db = await openGraphDatabase({ log: io.printError });
  let graph: AnalystGraph;
  try {
    const claims = (await runCypher(db, loadCypher('export/claims.cypher'))).rows.map(claimFromRow);
    const entities = options.graphml || options.gexf ? (await runCypher(db, loadCypher('export/entities.cypher'))).rows.map(entityFromRow) : [];
    graph = { entities, claims };
  } finally {
    await db.close();
  }
  const written: string[] = [];
  if (options.claims) {
    writeFileSync(options.claims, claimsCsv(graph.claims));
    written.push(`${graph.claims.length} claims to ${options.claims}`);
  }
  if (options.graphml) {
    writeFileSync(options.graphml, toGraphml(graph));
    written.push(`GraphML to ${options.graphml}`);
  }
  if (options.gexf) {
    writeFileSync(options.gexf, toGexf(graph));
    written.push(`GEXF to ${options.gexf}`);
  }
  const entities = options.graphml || options.gexf ? `${graph.entities.length} entities, ` : '';
  io.printError(`wrote ${written.join(', ')} (${entities}${graph.claims.length} edges from ${db.uri})`);
  return EXIT.ok;
}
