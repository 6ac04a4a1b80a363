// A graph payload (graph-payload.ts: {nodes: [[id, label, name]], types, edges: [[source, target,
// typeAt, count, [day, ...]]]}) as columns: the edges as typed arrays, which a worker hands to the
// page without a copy, and the nodes as three strings (one clone each instead of one per value).
// graph-loader.js makes them off the page's thread; graph-view.js reads them in slices.

/** Joins the nodes' ids, labels and names (a name holding it has it replaced by a space). */
export const SEPARATOR = '\u0001';

/**
 * {nodes: {ids, labels, names, length}, types, edges: {length, source, target, type, count,
 * dayStart, days}}: edge i's dated days are days[dayStart[i] .. dayStart[i + 1]].
 */
export function columns(body) {
  const edges = Array.isArray(body.edges) ? body.edges : [];
  const n = edges.length;
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  const type = new Int32Array(n);
  const count = new Int32Array(n);
  const dayStart = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) total += (edges[i][4] || []).length;
  const days = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const [s, t, typeAt, c] = edges[i];
    const d = edges[i][4] || [];
    source[i] = s;
    target[i] = t;
    type[i] = typeAt;
    count[i] = c;
    dayStart[i] = at;
    days.set(d, at);
    at += d.length;
  }
  dayStart[n] = at;
  const nodes = Array.isArray(body.nodes) ? body.nodes : [];
  return {
    nodes: {
      ids: nodes.map((x) => x[0]).join(SEPARATOR),
      labels: nodes.map((x) => x[1]).join(SEPARATOR),
      names: nodes.map((x) => String(x[2] ?? '').split(SEPARATOR).join(' ')).join(SEPARATOR),
      length: nodes.length,
    },
    types: Array.isArray(body.types) ? body.types : [],
    edges: { length: n, source, target, type, count, dayStart, days },
  };
}

/** The nodes of columns(): [[id, label, name], ...]. */
export function nodeRows(nodes) {
  if (!nodes.length) return [];
  const ids = nodes.ids.split(SEPARATOR);
  const labels = nodes.labels.split(SEPARATOR);
  const names = nodes.names.split(SEPARATOR);
  return ids.map((id, i) => [id, labels[i], names[i]]);
}

/** A graph payload fetched and parsed by a worker (graph-loader.js), as columns. */
export function loadColumns(path) {
  return new Promise((resolve, reject) => {
    const worker = new Worker('/graph-loader.js');
    worker.onmessage = ({ data }) => {
      worker.terminate();
      if (data.ok) resolve(data.payload);
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the graph loader failed'));
    };
    worker.postMessage({ url: path });
  });
}
