// Exports for analysts, from the graph in Neo4j: a flat claims table for a spreadsheet
// (`kg export --claims claims.csv`) and the graph for Gephi and yEd (`--graphml`, `--gexf`).
// The rows come from cypher/export/; the writers here are pure (rows in, text out).
import type { PlainRow } from '../neo4j';

export interface ExportEntity {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  articles: number;
}

export interface ExportClaim {
  id: string;
  type: string;
  source: string;
  sourceName: string;
  /** null: a claim with no addressee (in Neo4j it points at its Article). */
  target: string | null;
  targetName: string | null;
  cue: string | null;
  quote: string | null;
  evidence: string | null;
  role: string | null;
  date: string | null;
  article: string | null;
  articleTitle: string | null;
  articlePath: string | null;
  outlet: string | null;
  url: string | null;
}

export interface AnalystGraph {
  entities: ExportEntity[];
  claims: ExportClaim[];
}

// ---------------------------------------------------------------- rows from Cypher

const str = (v: unknown): string | null => (typeof v === 'string' ? v : v === null || v === undefined ? null : String(v));

export function entityFromRow(row: PlainRow): ExportEntity {
  return {
    id: str(row.id) ?? '',
    label: str(row.label) ?? 'Entity',
    name: str(row.name) ?? '',
    aliases: Array.isArray(row.aliases) ? row.aliases.map((a) => String(a)) : [],
    articles: typeof row.articles === 'number' ? row.articles : 0,
  };
}

export function claimFromRow(row: PlainRow): ExportClaim {
  return {
    id: str(row.id) ?? '',
    type: str(row.type) ?? '',
    source: str(row.source) ?? '',
    sourceName: str(row.sourceName) ?? '',
    target: str(row.target),
    targetName: str(row.targetName),
    cue: str(row.cue),
    quote: str(row.quote),
    evidence: str(row.evidence),
    role: str(row.role),
    date: str(row.date),
    article: str(row.article),
    articleTitle: str(row.articleTitle),
    articlePath: str(row.articlePath),
    outlet: str(row.outlet),
    url: str(row.url),
  };
}

// ---------------------------------------------------------------- claims CSV

export const CLAIM_COLUMNS = ['speaker', 'addressee', 'type', 'cue', 'quote', 'evidence', 'date', 'outlet', 'url', 'article', 'article_title', 'edge_id'] as const;

/**
 * A spreadsheet reads a cell that starts with =, +, -, @ (or a tab or carriage return before them)
 * as a formula: `=HYPERLINK(...)` in a quote would run when the analyst opens the file. Such a
 * cell gets a leading apostrophe, which spreadsheets show as text and do not evaluate (OWASP's
 * advice for CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: every cell quoted, quotes doubled; formulas neutralised. */
export function csvCell(value: string | null): string {
  return `"${neutraliseFormula(value ?? '').replace(/"/g, '""')}"`;
}

export function claimsCsv(claims: ExportClaim[]): string {
  const lines = [CLAIM_COLUMNS.join(',')];
  for (const c of claims) {
    const cells = [c.sourceName, c.targetName, c.type, c.cue ?? c.role, c.quote, c.evidence, c.date, c.outlet, c.url, c.articlePath ?? c.article, c.articleTitle, c.id];
    lines.push(cells.map(csvCell).join(','));
  }
  // CRLF (RFC 4180) and a byte-order mark, so that Excel reads UTF-8 names and quotes right.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- graph files

/** Nodes of the graph files: the entities, and the articles that unaddressed claims point at. */
interface GraphNode {
  id: string;
  label: string;
  name: string;
  aliases: string;
  articles: number;
}

interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  attributes: Record<(typeof EDGE_ATTRIBUTES)[number], string>;
}

const NODE_ATTRIBUTES = ['label', 'name', 'aliases', 'articles'] as const;
const EDGE_ATTRIBUTES = ['type', 'cue', 'role', 'quote', 'evidence', 'date', 'article', 'outlet', 'url'] as const;

function graphOf(graph: AnalystGraph): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = graph.entities.map((e) => ({ id: e.id, label: e.label, name: e.name, aliases: e.aliases.join('; '), articles: e.articles }));
  const known = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  for (const c of graph.claims) {
    let target = c.target;
    if (target === null) {
      // No addressee: the edge goes to its article, as in Neo4j.
      target = `article:${c.article ?? ''}`;
      if (!known.has(target)) {
        known.add(target);
        nodes.push({ id: target, label: 'Article', name: c.articleTitle ?? c.article ?? '', aliases: '', articles: 0 });
      }
    }
    if (!known.has(c.source) || !known.has(target)) continue;
    const attributes = { type: c.type, cue: c.cue ?? '', role: c.role ?? '', quote: c.quote ?? '', evidence: c.evidence ?? '', date: c.date ?? '', article: c.article ?? '', outlet: c.outlet ?? '', url: c.url ?? '' };
    edges.push({ id: c.id, type: c.type, source: c.source, target, attributes });
  }
  return { nodes, edges };
}

/** Text that XML 1.0 accepts: markup characters escaped, characters it forbids dropped. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** GraphML (yEd, Gephi, NetworkX, graphology): typed attribute keys, one data element per value. */
export function toGraphml(graph: AnalystGraph): string {
  const { nodes, edges } = graphOf(graph);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of NODE_ATTRIBUTES) out.push(`  <key id="n_${key}" for="node" attr.name="${key}" attr.type="${key === 'articles' ? 'int' : 'string'}"/>`);
  for (const key of EDGE_ATTRIBUTES) out.push(`  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>`);
  out.push('  <graph id="news-kg" edgedefault="directed">');
  for (const n of nodes) {
    out.push(`    <node id="${xmlText(n.id)}">`);
    for (const key of NODE_ATTRIBUTES) out.push(`      <data key="n_${key}">${xmlText(String(n[key]))}</data>`);
    out.push('    </node>');
  }
  for (const e of edges) {
    out.push(`    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">`);
    for (const key of EDGE_ATTRIBUTES) if (e.attributes[key] !== '') out.push(`      <data key="e_${key}">${xmlText(e.attributes[key])}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** GEXF 1.3 (Gephi): node label = name, edge label = type, the rest as attributes. */
export function toGexf(graph: AnalystGraph): string {
  const { nodes, edges } = graphOf(graph);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>news-kg</creator><description>who said, threatened or proposed what to whom</description></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...NODE_ATTRIBUTES.map((key, i) => `      <attribute id="${i}" title="${key}" type="${key === 'articles' ? 'integer' : 'string'}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRIBUTES.map((key, i) => `      <attribute id="${i}" title="${key}" type="string"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of nodes) {
    const values = NODE_ATTRIBUTES.map((key, i) => `<attvalue for="${i}" value="${xmlText(String(n[key]))}"/>`).join('');
    out.push(`      <node id="${xmlText(n.id)}" label="${xmlText(n.name)}"><attvalues>${values}</attvalues></node>`);
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of edges) {
    const values = EDGE_ATTRIBUTES.map((key, i) => `<attvalue for="${i}" value="${xmlText(e.attributes[key])}"/>`).join('');
    out.push(`      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" label="${e.type}"><attvalues>${values}</attvalues></edge>`);
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
