// Extraction of texts written in a test, through ingest, extraction and resolution as a real run
// does them, with edges named by their entities' names: what the extraction tests assert on.
import { ingestBuffer } from './ingest';
import { extractArticle } from '../../src/run';
import { emptyCorpusIndex, indexArticle, resolveArticle } from '../../src/resolve';
import { defaultKnowledge } from './knowledge';
import type { ArticleExtraction, ResolvedArticle } from '../../src/model/types';

export interface Edge {
  type: string;
  source: string;
  target: string | null;
  targets: string[];
  evidence: string;
  role?: string;
}

export function resolveTexts(texts: string[]): { articles: ResolvedArticle[]; edges: Edge[][]; nodes: Map<string, { name: string; label: string; aliases: string[] }> } {
  const knowledge = defaultKnowledge();
  const index = emptyCorpusIndex(knowledge);
  const extractions: ArticleExtraction[] = texts.map((text, i) => {
    const file = ingestBuffer(`article-${i}.txt`, Buffer.from(text, 'utf8'), { requireEnglish: false }, knowledge.ingest);
    const extraction = extractArticle(file, knowledge);
    if (!extraction) throw new Error(`no article: ${JSON.stringify(file.messages)}`);
    indexArticle(index, extraction, knowledge);
    return extraction;
  });
  const articles = extractions.map((x) => resolveArticle(x, index, knowledge));
  const nodes = new Map<string, { name: string; label: string; aliases: string[] }>();
  for (const a of articles) for (const e of a.entities) nodes.set(e.id, { name: e.name, label: e.label, aliases: e.aliases });
  const name = (id: string | null): string | null => (id === null ? null : (nodes.get(id)?.name ?? id));
  const edges = articles.map((a) =>
    a.relations.map((r) => ({ type: r.type, source: name(r.source) ?? '', target: name(r.target), targets: (r.targets ?? []).map((t) => name(t) ?? t), evidence: r.evidence, role: r.role })),
  );
  return { articles, edges, nodes };
}

export function extractOne(text: string): { edges: Edge[]; names: string[]; labels: Map<string, string> } {
  const { edges, nodes } = resolveTexts([text]);
  const names = [...nodes.values()].map((n) => n.name);
  return { edges: edges[0], names, labels: new Map([...nodes.values()].map((n) => [n.name, n.label])) };
}


/** The edges of one text (a one-article corpus). */
export function edgesOf(text: string): Edge[] {
  return extractOne(text).edges;
}

/** Is there an edge of this type from this source whose evidence holds these words? */
export function hasEdge(edges: Edge[], type: string, source: string, words: string): boolean {
  return edges.some((e) => e.type === type && e.source === source && e.evidence.includes(words));
}
