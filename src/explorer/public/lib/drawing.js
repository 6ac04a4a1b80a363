// How the graph view is drawn: sigma's programs and settings by the view's size, the graph sigma is
// given (all of it, its nodes alone while a big layout runs, or its heaviest edges), edge picking
// by geometry, and pans that end without re-reading the graph.
import Graph from 'graphology';
import { Slicer } from './slicer.js';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';

/** Whether sigma takes its camera to be moving (the same test its render makes to hide edges and labels). */
export function cameraMoving(renderer) {
  const captor = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || !!captor.currentWheelDirection;
}

// Sigma draws every node twice a frame: once more into a hidden buffer that says which node is
// under the mouse (its "picking" pass). Where WebGL runs on the CPU that pass costs a good part of
// the frame, and nobody points at a node during a pan or while a big layout moves every node: then
// it is skipped, and drawn again at the first frame at rest, or at once when the mouse is pressed.
const picking = new WeakMap(); // renderer -> {paused, stale, forced}

function pickingState(renderer) {
  let state = picking.get(renderer);
  if (!state) picking.set(renderer, (state = { paused: false, stale: false, forced: false }));
  return state;
}

/** Whether this frame draws the picking pass. */
function picksNow(renderer) {
  const state = pickingState(renderer);
  return state.forced || !(state.paused || cameraMoving(renderer));
}

/**
 * A node program whose picking pass waits while the camera moves or picking is paused, and which
 * draws the biggest MOVING_NODES_DRAWN nodes only while the camera moves (big views hand sigma
 * their nodes smallest first: see drawnGraph).
 */
function pickedAtRest(Program) {
  return class extends Program {
    drawWebGL(method, programInfo) {
      const limit = this.drawLimit || 0;
      if (!limit || this.isInstanced || this.VERTICES !== 1 || limit >= this.verticesCount) return super.drawWebGL(method, programInfo);
      programInfo.gl.bindFramebuffer(programInfo.gl.FRAMEBUFFER, programInfo.frameBuffer);
      programInfo.gl.drawArrays(method, this.verticesCount - limit, limit);
      return undefined;
    }

    render(params) {
      const graph = this.renderer.getGraph();
      this.drawLimit = graph.smallestFirst && cameraMoving(this.renderer) ? MOVING_NODES_DRAWN : 0;
      if (!this.pickProgram || this.hasNothingToRender()) return super.render(params);
      const state = pickingState(this.renderer);
      if (picksNow(this.renderer)) {
        state.stale = false;
        return super.render(params);
      }
      state.stale = true;
      const program = this.normalProgram;
      program.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
      this.bindProgram(program);
      this.renderProgram(params, program);
      this.unbindProgram(program);
      return undefined;
    }
  };
}

/** Picking paused (a big layout runs) or not; a press of the mouse draws a stale picking pass first. */
export function pausePicking(renderer, paused) {
  const state = pickingState(renderer);
  const was = state.paused;
  state.paused = paused;
  if (was && !paused && state.stale) renderer.scheduleRender();
}

/**
 * Before sigma looks for the node under a press or click, the picking pass is brought up to date.
 * And the picking buffer, which sigma allocates anew before every frame, is kept as it is on the
 * frames that do not draw into it.
 */
export function pickFreshOnPress(renderer) {
  const resetPickingBuffer = renderer.resetWebGLTexture.bind(renderer);
  renderer.resetWebGLTexture = (id) => (picksNow(renderer) ? resetPickingBuffer(id) : renderer);
  const captor = renderer.getMouseCaptor();
  for (const type of ['mousedown', 'click', 'doubleClick', 'rightClick']) {
    captor.prependListener(type, () => {
      const state = pickingState(renderer);
      if (!state.stale) return;
      state.forced = true;
      try {
        renderer.render();
      } finally {
        state.forced = false;
      }
    });
  }
}

// From this many merged edges, sigma draws only the nodes while the layout moves them (re-processing
// and drawing every edge for every step would hold the page: 2,000 arrows make a frame of ~100 ms
// where WebGL runs on the CPU), while edges are being added, and while the camera moves; the edges
// come back as soon as the layout or the camera stops.
export const EDGES_WAIT_FOR_LAYOUT = 1000;
// At most this many merged edges are drawn at once: the heaviest under the filter (the header says
// so). Sigma reads every drawn edge in one task whenever the drawing changes, and every frame at
// rest draws them all: where WebGL runs on the CPU, 30,000 lines cost ~200 ms of CPU a frame,
// 10,000 ~80 ms, and on a busy machine the frame that first shows 10,000 lines after a layout held
// the page for 360 ms (5,000: 110 ms); that frame now draws them offstage (drawEdgesOffstage in
// layers.js: the page does not wait for the GPU). The budget stays at 10,000 as issue 14 asks (an
// analyst sees twice the structure). The graph keeps every edge for counts, filters, panels and
// the layout.
export const EDGE_BUDGET = 10_000;
// Big views draw nodes as points and edges as one-pixel lines: one vertex per node, two per edge,
// one draw call each. Sigma's circles and thick lines are instanced, and where WebGL runs on the
// CPU (SwiftShader) each instance costs: 19,000 circles took ~250 ms a frame and 140,000 thick
// lines seconds; as points and lines the nodes take a tenth of that.
const POINT_NODES_FROM = 2000;
export const NODE_PROGRAMS = { circle: pickedAtRest(NodeCircleProgram), point: pickedAtRest(NodePointProgram) };
export const EDGE_PROGRAMS = { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, thin: EdgeLineProgram };
// From this many merged edges, edges are one-pixel lines: thousands of arrows cost seconds a frame
// on the CPU, and their heads cannot be told apart anyway.
const THIN_EDGES_FROM = 5000;

/** Big views: nodes as points, names hidden while the camera moves or a layout with waiting edges runs. */
export function isBigView(graph) {
  return graph.order > POINT_NODES_FROM;
}

/**
 * Node sizes (radius in pixels at the first zoom) from least to most active. Big views start
 * smaller: thousands of points overlap anyway, and where WebGL runs on the CPU a frame costs with
 * the pixels its points cover.
 */
export function nodeSizeRange(order) {
  return order > POINT_NODES_FROM ? { least: 1, most: 13 } : { least: 2.5, most: 22 };
}

/** The settings that depend on the graph's size (arrow heads cannot be seen on big views anyway). */
export function sizeSettings(graph) {
  return {
    hideEdgesOnMove: graph.size >= EDGES_WAIT_FOR_LAYOUT,
    hideLabelsOnMove: isBigView(graph),
    defaultNodeType: isBigView(graph) ? 'point' : 'circle',
    defaultEdgeType: graph.size >= THIN_EDGES_FROM ? 'thin' : 'arrow',
  };
}

// Items (nodes, edges) between two looks at the clock while a drawn graph is built in slices.
const COPY_STEP = 2000;

/** The `budget` edges with most claims shown (a count histogram: linear, no sort); yields now and then. */
function* heaviest(shown, budget, out) {
  const byCount = new Map();
  let n = 0;
  for (const count of shown.values()) {
    byCount.set(count, (byCount.get(count) || 0) + 1);
    if (++n % COPY_STEP === 0) yield;
  }
  let threshold = Infinity;
  let taken = 0;
  for (const count of [...byCount.keys()].sort((a, b) => b - a)) {
    if (taken + byCount.get(count) > budget) break;
    taken += byCount.get(count);
    threshold = count;
  }
  // Edges of the next count down fill what is left, in the graph's order.
  let next = -Infinity;
  for (const count of byCount.keys()) if (count < threshold && count > next) next = count;
  let ties = budget - taken;
  for (const [edge, count] of shown) {
    if (count >= threshold) out.push(edge);
    else if (ties > 0 && count === next) {
      out.push(edge);
      ties--;
    }
    if (++n % COPY_STEP === 0) yield;
  }
}

// While a layout runs on a view of more nodes than this, sigma draws the busiest of them only (the
// biggest: most claims, or the centrality chosen); every node is laid out, and all are drawn again
// when it stops. Each step of the layout is drawn anew: where WebGL runs on the CPU, re-reading and
// drawing 19,000 nodes holds the page for a few hundred milliseconds on a busy machine.
export const LAYOUT_NODES_DRAWN = 5000;
// The same while the camera moves over a big view (as edges and names are hidden then).
const MOVING_NODES_DRAWN = 5000;

/** A graph's nodes, smallest first (drawn first, so under the bigger ones); the biggest `count` only, if given. */
function nodesBySize(graph, count = Infinity) {
  const sized = [];
  graph.forEachNode((node, attr) => sized.push([attr.size || 0, node]));
  sized.sort((a, b) => a[0] - b[0]);
  const from = Math.max(0, sized.length - count);
  const nodes = new Array(sized.length - from);
  for (let i = from; i < sized.length; i++) nodes[i - from] = sized[i][1];
  return nodes;
}

/**
 * The graph sigma draws: the view's own graph (sigma follows its changes), or a copy holding its
 * nodes (the same attribute objects: positions are shared; on big views smallest first, and the
 * busiest only while a layout runs) and no edges, or the heaviest EDGE_BUDGET edges shown.
 */
export function drawnGraph(view, withEdges) {
  const steps = drawnGraphSteps(view, withEdges);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, built in slices across frames (the copy of a big view: 12,000 nodes and its edges
 * took a long task); null when the view changed meanwhile (`stillWanted` says so).
 */
export async function drawnGraphInSlices(view, withEdges, stillWanted) {
  const steps = drawnGraphSteps(view, withEdges);
  const slice = new Slicer();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slice.spent(0)) {
      await slice.pause();
      if (!stillWanted()) return null;
    }
  }
}

/** Whether sigma draws the view's own graph with its edges (small views), not a copy. */
export function drawsViewGraph(view) {
  return !isBigView(view.graph) && view.edgeShown.size <= EDGE_BUDGET;
}

function* drawnGraphSteps(view, withEdges) {
  const g = view.graph;
  const big = isBigView(g);
  if (withEdges && drawsViewGraph(view)) return g;
  const copy = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  // Big views: smallest first, so that a moving camera can draw the biggest alone (pickedAtRest).
  copy.smallestFirst = big;
  const nodes = big ? nodesBySize(g, view.busiestOnly ? LAYOUT_NODES_DRAWN : Infinity) : g.nodes();
  yield;
  for (let i = 0; i < nodes.length; i++) {
    copy.addNode(nodes[i], g.getNodeAttributes(nodes[i]));
    if (i % COPY_STEP === COPY_STEP - 1) yield;
  }
  if (withEdges) yield* edgeSteps(view, copy, COPY_STEP);
  return copy;
}

/** The heaviest edges shown added to a copy of the view's nodes; yields every `step` edges. */
function* edgeSteps(view, copy, step) {
  const g = view.graph;
  const edges = [];
  yield* heaviest(view.edgeShown, EDGE_BUDGET, edges);
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    const source = g.source(edge);
    const target = g.target(edge);
    if (copy.hasNode(source) && copy.hasNode(target)) copy.addDirectedEdgeWithKey(edge, source, target, g.getEdgeAttributes(edge));
    if (i % step === step - 1) yield;
  }
}

// Edges sigma reads between two looks at the clock (each twice: as added, and for its frame).
const READ_STEP = 250;

/**
 * A big view's copy handed to sigma in slices: its nodes first (sigma reads them, ~12,000: a few
 * tens of milliseconds), then its edges added a slice at a time, sigma reading each as it comes
 * (graphology's events). The frames sigma asks for meanwhile wait; the caller asks for one at the
 * end. Handed over at once, 12,000 nodes and 10,000 edges held the page 100-200 ms on a busy
 * machine (sigma reads edges for the first time then: cold code). True once every edge is in;
 * false when `stillWanted` said no meanwhile (sigma then holds a part of them).
 */
export async function drawnGraphGivenInSlices(view, renderer, stillWanted) {
  const copy = await drawnGraphInSlices(view, false, stillWanted);
  if (!copy) return false;
  const slice = new Slicer();
  await slice.pause();
  if (!stillWanted()) return false;
  renderer.scheduleRender = () => renderer; // sigma's own again in the end (a method of its class)
  view.edgesComing = true; // the nodes are read with their names (GraphView.nodeLook)
  try {
    setGraphDrawnNextFrame(renderer, copy);
    const steps = edgeSteps(view, copy, READ_STEP);
    for (;;) {
      if (steps.next().done) return true;
      if (slice.spent(0)) {
        await slice.pause();
        if (!stillWanted()) return false;
      }
    }
  } finally {
    delete renderer.scheduleRender;
    view.edgesComing = false;
  }
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

/**
 * Hands sigma a graph to draw and draws it now, in this task, and sends the drawing to the GPU at
 * once. For a view's own graph (small views: sigma reads it in a few ms), not a big copy. Where
 * WebGL runs on the CPU the cost of a frame of many edges is the browser's wait for the GPU when it
 * composites the frame (150-370 ms for 1,990 arrows), whenever it is drawn: hence drawEdgesOffstage
 * (layers.js) before.
 */
export function setGraphDrawnNow(renderer, graph) {
  renderer.setGraph(graph);
  for (const gl of Object.values(renderer.webGLContexts || {})) gl.flush();
}

/**
 * Hands sigma another graph to draw, and leaves the processing and drawing to the next animation
 * frame, a task of its own: sigma's setGraph reads every node and edge through the reducers and
 * then processes and draws them all in the same task (a big view's 12,000 nodes and 5,000 edges:
 * ~200 ms on a busy machine, half of it the drawing).
 */
export function setGraphDrawnNextFrame(renderer, graph) {
  const refresh = renderer.refresh;
  renderer.refresh = (opts) => refresh.call(renderer, opts || { schedule: true });
  try {
    renderer.setGraph(graph);
  } finally {
    renderer.refresh = refresh;
  }
}
