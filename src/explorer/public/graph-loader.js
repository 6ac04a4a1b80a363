// Fetches and parses a big graph payload (/api/graph) off the page's thread. Parsing the whole
// graph's JSON (tens of megabytes, 140,000 merged edges) held the page for up to a second in one
// task; here it costs the page nothing, and the page gets the edges as typed arrays (moved, not
// copied) and the nodes as three strings, which it reads in slices between frames (graph-view.js).
//
// Message in: {url}. Message out: {ok: true, payload} or {ok: false, error}, where payload is
//   {nodes: {ids, labels, names} (each a string, the values joined by SEPARATOR), types: [type],
//    edges: {length, source, target, type, count (Int32Array each), dayStart (Int32Array, length + 1),
//            days (Int32Array: edge i's dated days are days[dayStart[i] .. dayStart[i + 1]])}}
import { columns } from './lib/columns.js';

self.onmessage = async (event) => {
  const { url } = event.data;
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
    if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
    const payload = columns(body);
    const e = payload.edges;
    self.postMessage({ ok: true, payload }, [e.source.buffer, e.target.buffer, e.type.buffer, e.count.buffer, e.dayStart.buffer, e.days.buffer]);
  } catch (err) {
    self.postMessage({ ok: false, error: err && err.message ? err.message : String(err) });
  }
};
