// The end of kg build, shared by the in-process and the worker-thread paths.
import type { GraphDatabase } from '../neo4j';
import type { WriteStats } from '../neo4j/batch-writer';
import { localServerConfig } from '../admin/local-server';
import type { GraphMemory } from '../resolve';
import { printBuildSummary, type BuildTally } from './build-report';
import { rereadEarlierArticles } from './graph-memory';
import type { Io } from './io';

/** After the articles are written: --sync, then the summary of this build. */
export async function finishBuild(
  db: GraphDatabase,
  loaded: string,
  stats: WriteStats,
  tally: BuildTally,
  options: { sync?: boolean },
  io: Io,
  graph: GraphMemory,
  /** What the run dropped, by reason (src/run/drops.ts), or null. */
  dropped: string | null = null,
): Promise<void> {
  const reread = await rereadEarlierArticles(db, graph, tally);
  if (reread > 0) io.printError(`re-read ${reread} article${reread === 1 ? '' : 's'} loaded before, with the people this build named in full`);
  const removal = options.sync ? await tally.sync(db) : null;
  for (const a of removal?.removed ?? []) io.printError(`removed: ${a.source ?? a.path ?? a.id} (no longer in the input folder)`);
  const browser = process.env.NEO4J_URI ? null : `http://127.0.0.1:${localServerConfig().httpPort}/browser/`;
  await printBuildSummary(db, loaded, stats, removal, tally, io.print, browser, dropped);
}

