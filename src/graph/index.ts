// The graph stage: ResolvedArticle -> GraphBatch (what one article writes to Neo4j) and the corpus
// -> the JSON export of ../shared/eval/README.md. Ids come from resolve and are stable across runs.
import type { Drop, Entity, ExportDocument, GraphBatch, ResolvedArticle } from '../model/types';

export const EVIDENCE_MAX_CHARS = 600;

export function toGraphBatch(resolved: ResolvedArticle): GraphBatch {
  const counts = new Map<string, number>();
  for (const m of resolved.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const { article } = resolved;
  const names = new Map(resolved.entities.map((e) => [e.id, e.name]));
  return {
    article: { id: article.id, file: article.file, path: article.path, title: article.title, date: article.date, url: article.url, outlet: article.outlet, text: article.text },
    nodes: resolved.entities.map((e) => (e.label === 'Organization' || e.label === 'State' ? { id: e.id, label: e.label, name: e.name, aliases: e.aliases, written: e.written ?? [] } : { id: e.id, label: e.label, name: e.name, aliases: e.aliases })),
    mentions: [...counts].map(([entity, count]) => ({ entity, count })),
    relations: resolved.relations.map((r) => ({ ...r, evidence: clip(r.evidence), targetNames: r.targets?.map((t) => names.get(t) ?? t) })),
  };
}

function clip(evidence: string): string {
  return evidence.length <= EVIDENCE_MAX_CHARS ? evidence : `${evidence.slice(0, EVIDENCE_MAX_CHARS - 1)}…`;
}

/** One node per entity across the corpus (aliases and articles merged), edges as they are. */
export function toExport(articles: ResolvedArticle[]): ExportDocument {
  const nodes = new Map<string, Entity>();
  for (const a of articles) {
    for (const e of a.entities) {
      const node = nodes.get(e.id);
      if (!node) {
        nodes.set(e.id, { ...e, aliases: [...e.aliases], articles: [...e.articles] });
        continue;
      }
      for (const alias of e.aliases) if (!node.aliases.includes(alias)) node.aliases.push(alias);
      for (const id of e.articles) if (!node.articles.includes(id)) node.articles.push(id);
    }
  }
  const names = new Map([...nodes.values()].map((n) => [n.id, n.name]));
  return {
    articles: articles.map(({ article: { id, file, title, date, url, outlet } }) => ({ id, file, title, date, ...(url ? { url } : {}), ...(outlet ? { outlet } : {}) })),
    nodes: [...nodes.values()].map((n) => ({ id: n.id, label: n.label, name: n.name, aliases: n.aliases, articles: n.articles })),
    edges: articles.flatMap((a) =>
      a.relations.map((r) => ({
        id: r.id,
        type: r.type,
        source: r.source,
        target: r.target,
        article: r.article,
        evidence: clip(r.evidence),
        start: r.start,
        end: r.end,
        ...(r.quote ? { quote: r.quote } : {}),
        ...(r.role ? { role: r.role } : {}),
        ...(r.cue ? { cue: r.cue } : {}),
        ...(r.date ? { date: r.date } : {}),
        // Every party the sentence addresses, by name, main one first (empty: no addressee).
        ...(r.type !== 'AFFILIATED_WITH' ? { targets: (r.targets ?? []).map((t) => names.get(t) ?? t) } : {}),
        // 'sentence', or how a target the sentence does not name was inferred
        ...(r.targetFrom ? { targetFrom: r.targetFrom } : {}),
      })),
    ),
    mentions: articles.flatMap(exportMentions),
  };
}

/** Where each article names each entity: the surface and its offsets in Article.text. */
export function exportMentions(a: ResolvedArticle): ExportDocument['mentions'] {
  return a.mentions.map((m) => ({ article: a.article.id, entity: m.entity, surface: m.surface, start: m.span.start, end: m.span.end }));
}

/**
 * The article without edges whose source or target is not one of its nodes (the writer would skip
 * them silently): each one dropped is reported ('edge-without-node'). Resolution makes none today;
 * this keeps the export and the graph the same if it ever does.
 */
export function withoutDanglingEdges(resolved: ResolvedArticle): ResolvedArticle {
  const nodes = new Set(resolved.entities.map((e) => e.id));
  const dangling = resolved.relations.filter((r) => !nodes.has(r.source) || (r.target !== null && !nodes.has(r.target)));
  if (dangling.length === 0) return resolved;
  const drops: Drop[] = dangling.map((r) => ({ reason: 'edge-without-node', words: `${r.type} ${nodes.has(r.source) ? r.target : r.source}`, at: { start: r.start, end: r.end }, context: { start: r.start, end: r.end } }));
  const gone = new Set(dangling);
  return { ...resolved, relations: resolved.relations.filter((r) => !gone.has(r)), drops: [...(resolved.drops ?? []), ...drops] };
}
