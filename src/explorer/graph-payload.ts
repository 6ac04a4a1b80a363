// Shapes the explorer's graph rows (cypher/explorer/top, expand, graph) into one compact payload
// the page reads the same way whatever asked for it: nodes once each, edges as small arrays that
// point at nodes and types by position, dates as day numbers. At 20,000 nodes and 100,000 merged
// edges this is a few megabytes of JSON instead of tens, and parses in a fraction of the time.
//
//   { nodes: [[id, label, name], ...],
//     types: [type, ...],
//     edges: [[sourceAt, targetAt, typeAt, count, [day, ...]], ...] }
//
// A merged edge is every edge of one type from one node to another; `count` counts them all, the
// day list holds the dated ones (days since 1970-01-01, UTC), so count - days.length are undated.

import type { PlainRow } from '../neo4j/cypher-runner';

export interface PayloadNode {
  id: string;
  label: string;
  name: string;
}

export type PayloadEdge = [number, number, number, number, number[]];

export interface GraphPayload {
  nodes: Array<[string, string, string]>;
  types: string[];
  edges: PayloadEdge[];
  /** Per node id: how many claims and affiliations it has in the whole graph (top view only). */
  activity?: Record<string, number>;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2024-05-03" (or a longer ISO text starting so) -> days since 1970-01-01; anything else -> null. */
export function dayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : null;
}

function days(values: unknown): number[] {
  if (!Array.isArray(values)) return [];
  const out: number[] = [];
  for (const v of values) {
    const d = dayNumber(v);
    if (d !== null) out.push(d);
  }
  return out.sort((a, b) => a - b);
}

function isNode(value: unknown): value is PayloadNode {
  const v = value as PayloadNode | null;
  return !!v && typeof v.id === 'string' && typeof v.label === 'string' && (typeof v.name === 'string' || v.name === null);
}

/** Collects nodes and types as they come, each once, and edges pointing at them by position. */
export class PayloadBuilder {
  private readonly nodeAt = new Map<string, number>();
  private readonly typeAt = new Map<string, number>();
  readonly payload: GraphPayload = { nodes: [], types: [], edges: [] };

  node(node: PayloadNode): number {
    let at = this.nodeAt.get(node.id);
    if (at === undefined) {
      at = this.payload.nodes.length;
      this.nodeAt.set(node.id, at);
      this.payload.nodes.push([node.id, node.label, node.name ?? '']);
    }
    return at;
  }

  private type(type: string): number {
    let at = this.typeAt.get(type);
    if (at === undefined) {
      at = this.payload.types.length;
      this.typeAt.set(type, at);
      this.payload.types.push(type);
    }
    return at;
  }

  edge(source: PayloadNode, target: PayloadNode, type: string, count: number, dates: unknown): void {
    this.payload.edges.push([this.node(source), this.node(target), this.type(type), count, days(dates)]);
  }
}

/** A node of graph-nodes.cypher: [id, label, name, activity]. */
function nodeOfRow(value: unknown): (PayloadNode & { activity: number }) | null {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'string') return null;
  return { id: value[0], label: value[1], name: typeof value[2] === 'string' ? value[2] : '', activity: Number(value[3]) || 0 };
}

/** The one row of graph-nodes.cypher -> {nodes: [[id, label, name]], types: [], edges: [], activity}. */
export function graphNodesPayload(row: PlainRow | undefined): GraphPayload {
  const b = new PayloadBuilder();
  const activity: Record<string, number> = {};
  for (const value of Array.isArray(row?.nodes) ? row.nodes : []) {
    const n = nodeOfRow(value);
    if (!n) continue;
    b.node(n);
    activity[n.id] = n.activity;
  }
  return { ...b.payload, activity };
}

/**
 * The whole graph: the nodes of graph-nodes.cypher, then graph.cypher's rows (one per actor:
 * source, and per merged edge targets[i], types[i], counts[i], dates[i]), at most `limit` merged
 * edges. A target graph-nodes did not list (the graph changed between the two queries) is kept,
 * named by its id.
 */
export function wholeGraphPayload(nodeRow: PlainRow | undefined, rows: PlainRow[], limit = Infinity): GraphPayload {
  const b = new PayloadBuilder();
  const byId = new Map<string, PayloadNode>();
  for (const value of Array.isArray(nodeRow?.nodes) ? nodeRow.nodes : []) {
    const n = nodeOfRow(value);
    if (!n) continue;
    byId.set(n.id, n);
    b.node(n);
  }
  const nodeOf = (id: string): PayloadNode => byId.get(id) ?? { id, label: id.startsWith('article:') ? 'Article' : 'Entity', name: id };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  let edges = 0;
  for (const r of rows) {
    const source = nodeOf(String(r.source));
    const targets = list(r.targets);
    const types = list(r.types);
    const counts = list(r.counts);
    const dates = list(r.dates);
    for (let i = 0; i < targets.length && edges < limit; i++, edges++) {
      b.edge(source, nodeOf(String(targets[i])), String(types[i]), Number(counts[i]), dates[i]);
    }
  }
  return b.payload;
}

/** The one row of top.cypher: {nodes: [{id, label, name, activity}], edges: [{source, target, type, count, dates}]}. */
export function topPayload(row: PlainRow | undefined): GraphPayload {
  const b = new PayloadBuilder();
  const activity: Record<string, number> = {};
  const byId = new Map<string, PayloadNode>();
  for (const n of Array.isArray(row?.nodes) ? row.nodes : []) {
    if (!isNode(n)) continue;
    byId.set(n.id, n);
    b.node(n);
    activity[n.id] = Number((n as unknown as { activity: unknown }).activity) || 0;
  }
  for (const e of Array.isArray(row?.edges) ? row.edges : []) {
    const edge = e as { source: string; target: string; type: string; count: unknown; dates: unknown };
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source && target) b.edge(source, target, String(edge.type), Number(edge.count), edge.dates);
  }
  return { ...b.payload, activity };
}

/** Rows of expand.cypher: {self, other, type, out, count, dates}; the node itself comes first. */
export function expandPayload(rows: PlainRow[]): GraphPayload {
  const b = new PayloadBuilder();
  for (const r of rows) {
    if (!isNode(r.self) || !isNode(r.other)) continue;
    b.node(r.self);
    const [source, target] = r.out ? [r.self, r.other] : [r.other, r.self];
    b.edge(source, target, String(r.type), Number(r.count), r.dates);
  }
  return b.payload;
}

/** Rows of timeline.cypher -> {types, days: [[day, typeAt, count]], undated: {type: count}}. */
export function timelinePayload(rows: PlainRow[]): { types: string[]; days: Array<[number, number, number]>; undated: Record<string, number> } {
  const types: string[] = [];
  const out: Array<[number, number, number]> = [];
  const undated: Record<string, number> = {};
  for (const r of rows) {
    const type = String(r.type);
    let at = types.indexOf(type);
    if (at < 0) at = types.push(type) - 1;
    const day = dayNumber(r.date);
    if (day === null) undated[type] = (undated[type] ?? 0) + Number(r.count);
    else out.push([day, at, Number(r.count)]);
  }
  return { types, days: out, undated };
}
