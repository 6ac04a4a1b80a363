// What `kg build` tells the user: what this build did (articles added, changed, unchanged and
// removed; nodes and edges written), what the graph now holds, and example queries built from the
// actors of this corpus (its busiest speakers), not from a fixed list.
import { statSync } from 'node:fs';
import type { GraphBatch } from '../model/types';
import { runCypher, type GraphDatabase } from '../neo4j';
import type { WriteStats } from '../neo4j/batch-writer';
import { loadCypher } from '../neo4j/cypher';
import { removeArticles, type RemovalResult } from '../neo4j/remove';
import { ArticleSources } from './sources';
import type { Print } from './report';
import { CLAIM_TYPE_NAMES, RELATION_TYPE_NAMES } from '../relations/registry';

// From the registry: a type added there shows in the summary's counts and example queries too.
const CLAIM_TYPES = new Set<string>(CLAIM_TYPE_NAMES);
const CLAIM_PATTERN = CLAIM_TYPE_NAMES.join('|');
const RELATION_PATTERN = RELATION_TYPE_NAMES.join('|');
// The registry's first claim type is the plain utterance (STATEMENT); the others say more (a threat,
// a proposal, an accusation, ...): the first example query is about the one this corpus uses most.
const POINTED_TYPES = CLAIM_TYPE_NAMES.slice(1);
const POINTED_PATTERN = POINTED_TYPES.join('|');

/** Watches the batches of one build on their way to the writer: their identity, their speakers. */
export class BuildTally {
  readonly sources: ArticleSources;
  /** Sources of every input seen (articles, and records or files that failed: --sync keeps them). */
  private readonly seen = new Set<string>();
  /** Per speaker id: claims of every type, and per type. */
  private readonly speakers = new Map<string, { name: string; claims: number; byType: Map<string, number> }>();
  private readonly people = new Set<string>();
  private readonly written: string[] = [];

  constructor(inputs: string[]) {
    this.sources = new ArticleSources(inputs, (p) => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    });
  }

  /** Notes an input path that gave no article (it is still in the folder: --sync keeps its article). */
  sawPath(path: string): void {
    this.seen.add(this.sources.identity(path, undefined).source);
  }

  async *stamped(batches: Iterable<GraphBatch> | AsyncIterable<GraphBatch>): AsyncGenerator<GraphBatch> {
    for await (const batch of batches) {
      const stamped = this.sources.stamp(batch);
      if (stamped.article.source) this.seen.add(stamped.article.source);
      this.sawPath(batch.article.path);
      const names = new Map(batch.nodes.map((n) => [n.id, n.name]));
      for (const n of batch.nodes) if (n.label === 'Person') this.people.add(n.name);
      this.written.push(batch.article.id);
      for (const r of batch.relations) {
        if (!CLAIM_TYPES.has(r.type)) continue;
        const name = names.get(r.source);
        if (!name) continue;
        const s = this.speakers.get(r.source) ?? { name, claims: 0, byType: new Map<string, number>() };
        s.claims++;
        s.byType.set(r.type, (s.byType.get(r.type) ?? 0) + 1);
        this.speakers.set(r.source, s);
      }
      yield stamped;
    }
  }

  /** The speaker with the most claims of one type other than the plain statement, and that type. */
  private busiestPointed(): { name: string; type: string } | null {
    let best: { name: string; type: string; n: number } | null = null;
    for (const type of POINTED_TYPES) {
      for (const s of this.speakers.values()) {
        const n = s.byType.get(type) ?? 0;
        if (n > 0 && (!best || n > best.n || (n === best.n && best.type === type && s.name.localeCompare(best.name) < 0))) best = { name: s.name, type, n };
      }
    }
    return best && { name: best.name, type: best.type };
  }

  /** The people this build's articles name (src/cli/graph-memory.ts). */
  peopleNamed(): string[] {
    return [...this.people];
  }

  /** Ids of the articles this build wrote. */
  articleIds(): string[] {
    return [...this.written];
  }

  /** --sync: removes what was loaded from the input folders before and is gone from them now. */
  async sync(db: GraphDatabase): Promise<RemovalResult> {
    const total: RemovalResult = { removed: [], orphansRemoved: 0 };
    for (const folder of this.sources.folders()) {
      const part = await removeArticles(db, { folder, keep: [...this.seen] });
      total.removed.push(...part.removed);
      total.orphansRemoved += part.orphansRemoved;
    }
    return total;
  }

  /** Queries to paste, about this corpus's busiest speakers (parameters inline: they are for Browser). */
  examples(): string[] {
    const ranked = [...this.speakers.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
    const q = (name: string): string => `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    const out: string[] = [];
    const pointed = this.busiestPointed();
    if (pointed) out.push(`MATCH (s {name: ${q(pointed.name)}})-[t:${pointed.type}]->(x) RETURN coalesce(x.name, x.title) AS whom, t.date AS date, t.evidence AS evidence`);
    else out.push(`MATCH (s)-[t:${POINTED_PATTERN}]->(x) RETURN s.name AS who, type(t) AS type, coalesce(x.name, x.title) AS whom, t.evidence AS evidence LIMIT 25`);
    if (ranked[0]) out.push(`MATCH (p {name: ${q(ranked[0].name)}})-[s:${CLAIM_PATTERN}]->(x) RETURN type(s) AS type, coalesce(x.name, x.title) AS about, s.quote AS quote, s.evidence AS evidence`);
    if (ranked[1]) out.push(`MATCH path = shortestPath((a:Entity {name: ${q(ranked[0].name)}})-[:${RELATION_PATTERN}*..4]-(b:Entity {name: ${q(ranked[1].name)}})) RETURN path`);
    return out;
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The lines after a build: this build first, then the graph as it now is, then queries to try. */
export async function printBuildSummary(
  db: GraphDatabase,
  loaded: string,
  stats: WriteStats,
  removal: RemovalResult | null,
  tally: BuildTally,
  print: Print,
  browserUrl: string | null,
  dropped: string | null = null,
): Promise<void> {
  print(`Loaded ${loaded} into ${db.uri}`);
  const removed = removal ? removal.removed.length : 0;
  print(`This build:    ${stats.added} added, ${stats.changed} changed, ${stats.unchanged} unchanged, ${removed} removed${removal ? ' (--sync)' : ''}`);
  if (dropped) print(`Dropped:       ${dropped} (-v lists them)`);
  const orphans = stats.orphansRemoved + (removal?.orphansRemoved ?? 0);
  print(`Written:       ${plural(stats.nodesCreated, 'node')} and ${plural(stats.relationshipsCreated, 'relationship')} created, ${plural(stats.relationshipsDeleted, 'relationship')} replaced${orphans ? `, ${plural(orphans, 'entity')} no longer mentioned removed`.replace('entitys', 'entities') : ''}`);
  const labels = await runCypher(db, loadCypher('read/count-labels.cypher'));
  const types = await runCypher(db, loadCypher('read/count-relationships.cypher'));
  print(`Graph now:     ${labels.rows.map((r) => `${String(r.label)} ${String(r.nodes)}`).join(', ')}`);
  print(`               ${types.rows.map((r) => `${String(r.type)} ${String(r.relationships)}`).join(', ')}`);
  if (browserUrl) print(`Neo4j Browser: ${browserUrl} (user neo4j)`);
  print('Try in Neo4j Browser or with `npx kg cypher "<query>"`:');
  for (const q of tally.examples()) print(`  ${q}`);
}
