// Resolution that knows the graph (issue 12): a build starts its corpus index from the people the
// graph already holds, so "Miano proposed talks" today joins the "Rebecca Miano, Kenya's trade
// minister" loaded yesterday; and when today brings a full name the graph did not have, the earlier
// articles whose text has its surname are read again with it, so loading day by day in any order
// gives the graph one load of everything gives. Organisations likewise start from the forms of
// their names earlier articles wrote (src/resolve/written-names.ts). Entity ids come from label and
// canonical name, so they are the same in every run.
import { runCypher, type GraphDatabase } from '../neo4j';
import { loadCypher } from '../neo4j/cypher';
import { writeArticlesBatched } from '../neo4j/batch-writer';
import type { PlainRow } from '../neo4j';
import type { Article } from '../model/types';
import type { GraphMemory, KnownOrganization, KnownPerson } from '../resolve';
import { rerunBatches } from '../run';
import type { BuildTally } from './build-report';

/** The people and the organisations' written names the graph holds. */
export async function readGraphMemory(db: GraphDatabase): Promise<GraphMemory> {
  return { people: await readGraphPeople(db), organizations: await readGraphOrganizations(db) };
}

async function readGraphPeople(db: GraphDatabase): Promise<KnownPerson[]> {
  const { rows } = await runCypher(db, loadCypher('read/graph-people.cypher'));
  return rows.flatMap((r) => (typeof r.name === 'string' ? [{ name: r.name, articles: typeof r.articles === 'number' ? r.articles : 1 }] : []));
}

async function readGraphOrganizations(db: GraphDatabase): Promise<KnownOrganization[]> {
  const { rows } = await runCypher(db, loadCypher('read/graph-organizations.cypher'));
  return rows.flatMap((r) => (typeof r.id === 'string' && Array.isArray(r.written) ? [{ id: r.id, written: r.written.filter((w): w is string => typeof w === 'string') }] : []));
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function articleOf(row: PlainRow): Article {
  const article: Article = { id: String(row.id), path: text(row.path) ?? String(row.id), file: text(row.file) ?? '', title: text(row.title) ?? '', date: text(row.date) ?? null, text: text(row.text) ?? '' };
  const url = text(row.url);
  const outlet = text(row.outlet);
  if (url) article.url = url;
  if (outlet) article.outlet = outlet;
  return article;
}

/**
 * After a build: the articles loaded before whose text has the surname of a person this build
 * named in full for the first time are extracted and resolved again with the graph's people and
 * rewritten (each whole, as any rewrite). Returns how many.
 */
export async function rereadEarlierArticles(db: GraphDatabase, before: GraphMemory, tally: BuildTally): Promise<number> {
  const known = new Set(before.people.map((p) => p.name));
  const fresh = tally.peopleNamed().filter((name) => !known.has(name) && /\s/.test(name.trim()));
  if (fresh.length === 0) return 0;
  const surnames = [...new Set(fresh.map((name) => name.trim().split(/\s+/).pop() as string))];
  const { rows } = await runCypher(db, loadCypher('read/articles-naming.cypher'), { surnames, exclude: tally.articleIds() });
  if (rows.length === 0) return 0;
  const identity = new Map(rows.map((r) => [String(r.id), { source: text(r.source), folder: text(r.folder) }]));
  const batches = rerunBatches(rows.map(articleOf), await readGraphMemory(db)).map((b) => ({ ...b, article: { ...b.article, ...identity.get(b.article.id) } }));
  await writeArticlesBatched(db, batches);
  return batches.length;
}
