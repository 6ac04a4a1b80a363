// The baseline for the loading benchmark: a naive writer that sends one row per transaction
// (each node, each MENTIONS, each claim edge its own auto-managed write), with parameterised
// Cypher. Same graph as src/neo4j/batch-writer.ts for new articles; benchmark use only.
import neo4j from 'neo4j-driver';
import type { EntityLabel, GraphBatch, Relation } from '../src/model/types';
import type { GraphTarget } from '../src/neo4j';
import { RELATION_TYPE_NAMES } from '../src/relations/registry';

const ARTICLE = 'MERGE (a:Article {id: $id}) SET a.file = $file, a.path = $path, a.title = $title, a.date = $date, a.text = $text';

const ENTITY: Record<EntityLabel, string> = Object.fromEntries(
  (['Person', 'State', 'Organization', 'Location'] as EntityLabel[]).map((label) => [
    label,
    `MERGE (e:Entity {id: $id}) SET e:${label}, e.name = $name,
       e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN $aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END)`,
  ]),
) as Record<EntityLabel, string>;

const MENTION = 'MATCH (a:Article {id: $article}) MATCH (e:Entity {id: $entity}) MERGE (a)-[m:MENTIONS]->(e) SET m.count = $count';

const RELATION: Record<Relation['type'], string> = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [
    type,
    `MATCH (a:Article {id: $article}) MATCH (s:Entity {id: $source}) OPTIONAL MATCH (t:Entity {id: $target})
     WITH a, s, t WHERE $target IS NULL OR t IS NOT NULL
     WITH s, coalesce(t, a) AS target
     MERGE (s)-[r:${type} {id: $id}]->(target) SET r += $properties`,
  ]),
) as Record<Relation['type'], string>;

export interface NaiveStats {
  articles: number;
  transactions: number;
  relationshipsCreated: number;
  nodesCreated: number;
}

export async function writeNaive(db: GraphTarget, batches: Iterable<GraphBatch>, deadline = Infinity): Promise<NaiveStats> {
  const stats: NaiveStats = { articles: 0, transactions: 0, relationshipsCreated: 0, nodesCreated: 0 };
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const one = async (query: string, params: Record<string, unknown>): Promise<void> => {
    const result = await session.executeWrite((tx) => tx.run(query, params));
    const c = result.summary.counters.updates();
    stats.transactions++;
    stats.relationshipsCreated += c.relationshipsCreated;
    stats.nodesCreated += c.nodesCreated;
  };
  try {
    for (const batch of batches) {
      if (Date.now() > deadline) break;
      const { id, file, path, title, date, text } = batch.article;
      await one(ARTICLE, { id, file, path, title, date: date ?? null, text });
      for (const n of batch.nodes) await one(ENTITY[n.label], { id: n.id, name: n.name, aliases: n.aliases });
      for (const m of batch.mentions) await one(MENTION, { article: id, entity: m.entity, count: neo4j.int(m.count) });
      for (const r of batch.relations) {
        await one(RELATION[r.type], {
          article: id,
          source: r.source,
          target: r.target,
          id: r.id,
          properties: { article: r.article, evidence: r.evidence, start: neo4j.int(r.start), end: neo4j.int(r.end), quote: r.quote ?? null, role: r.role ?? null, cue: r.cue ?? null, targets: r.targetNames && r.targetNames.length > 0 ? r.targetNames : null, date: r.date ?? null },
        });
      }
      stats.articles++;
    }
  } finally {
    await session.close();
  }
  return stats;
}
