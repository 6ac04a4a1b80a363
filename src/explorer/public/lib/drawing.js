// How the graph view is drawn: sigma's programs and settings by the view's size, the graph sigma is
// given (all of it, its nodes alone while a big layout runs, or its heaviest edges), edge picking
// by geometry, and pans that end without re-reading the graph.
import Graph from 'graphology';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';

// Above this many merged edges, sigma draws only the nodes while the layout moves them (re-processing
// 100,000 edges for every step would hold the page for seconds each time) and while the camera
// moves; the edges come back as soon as the layout or the camera stops.
export const EDGES_WAIT_FOR_LAYOUT = 20_000;
// At most this many merged edges are drawn at once: the heaviest under the filter (the header says
// so). Sigma reads every drawn edge in one task whenever the drawing changes, and the frame they
// make costs in proportion; the graph keeps every edge for counts, filters, panels and the layout.
export const EDGE_BUDGET = 30_000;
// Big views draw nodes as points and edges as one-pixel lines: one vertex per node, two per edge,
// one draw call each. Sigma's circles and thick lines are instanced, and where WebGL runs on the
// CPU (SwiftShader) each instance costs: 19,000 circles took ~250 ms a frame and 140,000 thick
// lines seconds; as points and lines the nodes take a tenth of that.
const POINT_NODES_FROM = 2000;
export const NODE_PROGRAMS = { circle: NodeCircleProgram, point: NodePointProgram };
export const EDGE_PROGRAMS = { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, thin: EdgeLineProgram };

// From this many merged edges, the camera moves with the nodes alone (the edges come back when it
// stops): a frame of 2,000 arrows costs ~50 ms where WebGL runs on the CPU, which a pan cannot afford.
const EDGES_HIDDEN_ON_MOVE_FROM = 1000;

/** The settings that depend on the graph's size (arrow heads cannot be seen on big views anyway). */
export function sizeSettings(graph) {
  const large = graph.size > EDGES_WAIT_FOR_LAYOUT;
  return {
    hideEdgesOnMove: graph.size >= EDGES_HIDDEN_ON_MOVE_FROM,
    hideLabelsOnMove: large,
    defaultNodeType: graph.order > POINT_NODES_FROM ? 'point' : 'circle',
    defaultEdgeType: large ? 'thin' : 'arrow',
  };
}

/** The `budget` edges with most claims shown (a count histogram: linear, no sort). */
function heaviest(shown, budget) {
  const byCount = new Map();
  for (const n of shown.values()) byCount.set(n, (byCount.get(n) || 0) + 1);
  let threshold = Infinity;
  let taken = 0;
  for (const n of [...byCount.keys()].sort((a, b) => b - a)) {
    if (taken + byCount.get(n) > budget) break;
    taken += byCount.get(n);
    threshold = n;
  }
  // Edges of the next count down fill what is left, in the graph's order.
  let next = -Infinity;
  for (const n of byCount.keys()) if (n < threshold && n > next) next = n;
  let ties = budget - taken;
  const out = [];
  for (const [edge, n] of shown) {
    if (n >= threshold) out.push(edge);
    else if (ties > 0 && n === next) {
      out.push(edge);
      ties--;
    }
  }
  return out;
}

/**
 * The graph sigma draws: the view's own graph (sigma follows its changes), or a copy holding its
 * nodes (the same attribute objects: positions are shared) and no edges, or the heaviest
 * EDGE_BUDGET edges shown.
 */
export function drawnGraph(view, withEdges) {
  const g = view.graph;
  if (withEdges && view.edgeShown.size <= EDGE_BUDGET) return g;
  const copy = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  g.forEachNode((node, attr) => copy.addNode(node, attr));
  if (withEdges) {
    for (const edge of heaviest(view.edgeShown, EDGE_BUDGET)) copy.addDirectedEdgeWithKey(edge, g.source(edge), g.target(edge), g.getEdgeAttributes(edge));
  }
  return copy;
}

/** The drawn edge nearest to a point of the view (within a few pixels), or null. */
export function edgeAt(view, x, y) {
  const r = view.renderer;
  if (!view.edgesDrawn) return null; // not drawn while a big layout runs
  const drawn = r.getGraph();
  const at = new Map();
  const place = (node) => {
    if (!at.has(node)) {
      const d = r.getNodeDisplayData(node);
      at.set(node, d && !d.hidden ? r.framedGraphToViewport(d) : null);
    }
    return at.get(node);
  };
  let best = null;
  let bestDistance = Infinity;
  drawn.forEachEdge((edge, attr, source, target) => {
    if (!view.edgeShown.has(edge)) return;
    const a = place(source);
    const b = place(target);
    if (!a || !b) return;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = dx || dy ? Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
    const distance = Math.hypot(a.x + t * dx - x, a.y + t * dy - y);
    const reach = 3 + (attr.size || 1) / 2;
    if (distance <= reach && distance < bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * With hideEdgesOnMove, sigma re-reads the whole graph when a pan ends (to draw the edges again);
 * on 100,000 edges that holds the page for a second. Nothing changed but the camera, so a redraw
 * is enough: the refresh sigma asks for right after its "mouseup" becomes one.
 */
export function skipRefreshAfterPan(r) {
  const refresh = r.refresh.bind(r);
  const captor = r.getMouseCaptor();
  let panEnded = false;
  captor.on('mouseup', () => {
    // A drag this long fires no click: no other refresh comes before sigma's.
    if (captor.draggedEvents < r.getSetting('draggedEventsTolerance')) return;
    panEnded = true;
    setTimeout(() => (panEnded = false), 0);
  });
  r.refresh = (opts) => {
    if (panEnded && !opts) {
      panEnded = false;
      return r.scheduleRender();
    }
    return refresh(opts);
  };
}
