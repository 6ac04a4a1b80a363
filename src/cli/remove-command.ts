// `kg remove <paths|urls|ids...>`: takes articles out of the graph (src/neo4j/remove.ts). A key
// that names no article is reported and makes the exit code 2; the others are removed.
import { openGraphDatabase } from '../neo4j';
import { removeArticles } from '../neo4j/remove';
import type { Io } from './io';
import { EXIT } from './report';

export async function removeCommand(keys: string[], io: Io): Promise<number> {
  const db = await openGraphDatabase({ log: io.printError });
  try {
    const result = await removeArticles(db, { keys });
    const matched = new Set(result.removed.flatMap((a) => [a.id, a.source, a.url, a.path]));
    const unknown = keys.filter((k) => !matched.has(k));
    for (const k of unknown) io.printError(`not in the graph: ${k} (give an article's source, URL, path as loaded, or id)`);
    for (const a of result.removed) io.print(`removed: ${a.source ?? a.path ?? a.id} (${a.id})`);
    io.print(`Removed ${result.removed.length} article${result.removed.length === 1 ? '' : 's'} and ${result.orphansRemoved} entit${result.orphansRemoved === 1 ? 'y' : 'ies'} no other article mentions, from ${db.uri}`);
    return unknown.length > 0 ? EXIT.someInputsFailed : EXIT.ok;
  } finally {
    await db.close();
  }
}
