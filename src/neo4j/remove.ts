// Removing articles from the graph: `kg remove <paths|urls|ids>` and `kg build DIR --sync` (what is
// gone from DIR). An article goes with everything it wrote (cypher/write-batch/delete-articles.cypher)
// and entities no article mentions any more go too (delete-orphans.cypher), in one transaction.
// Nothing else is ever deleted.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { removeOrphans } from './batch-writer';
import type { GraphTarget } from './connection';
import { loadCypher } from './cypher';

export interface RemovalTarget {
  /** Article ids, sources, URLs or paths as loaded. */
  keys?: string[];
  /** With `keep`: every article loaded from this absolute folder whose source is not kept. */
  folder?: string;
  keep?: string[];
}

export interface RemovedArticle {
  id: string;
  source: string | null;
  url: string | null;
  path: string | null;
}

export interface RemovalResult {
  removed: RemovedArticle[];
  /** Entities deleted because no article mentions them any more. */
  orphansRemoved: number;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export async function removeArticles(db: GraphTarget, target: RemovalTarget): Promise<RemovalResult> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => removeInTransaction(tx, target));
  } finally {
    await session.close();
  }
}

async function removeInTransaction(tx: ManagedTransaction, target: RemovalTarget): Promise<RemovalResult> {
  const found = await tx.run(loadCypher('write-batch/find-articles.cypher'), { keys: target.keys ?? [], folder: target.folder ?? null, keep: target.keep ?? [] });
  const removed: RemovedArticle[] = found.records.map((r) => ({ id: String(r.get('id')), source: text(r.get('source')), url: text(r.get('url')), path: text(r.get('path')) }));
  if (removed.length === 0) return { removed, orphansRemoved: 0 };
  const deleted = await tx.run(loadCypher('write-batch/delete-articles.cypher'), { ids: removed.map((a) => a.id) });
  const touched = (deleted.records[0]?.get('touched') as string[] | undefined) ?? [];
  return { removed, orphansRemoved: touched.length > 0 ? await removeOrphans(tx, touched) : 0 };
}
