// The drawing: a graphology graph drawn by sigma.js (WebGL), laid out by ForceAtlas2 in a worker.
// One edge per direction and type between two nodes (a "merged" edge): its width grows with how
// many claims it stands for, and the time axis filters it by its claims' dates. Types, their kinds
// ('claim' counts as a claim; 'affiliation', 'tie', 'mention' do not) and colours come from
// /api/meta, never from a list in this file.
import Graph from 'graphology';
import Sigma from 'sigma';
import { drawnGraph, drawnGraphGivenInSlices, drawsViewGraph, setGraphDrawnNow, EDGE_BUDGET, EDGE_PROGRAMS, edgeAt, EDGES_WAIT_FOR_LAYOUT, isBigView, LAYOUT_NODES_DRAWN, NODE_PROGRAMS, nodeSizeRange, pausePicking, pickFreshOnPress, sizeSettings, skipRefreshAfterPan } from './drawing.js';
import { drawEdgesOffstage, quietLayers } from './layers.js';
import { Layout } from './layout.js';
import { columns, nodeRows } from './columns.js';
import { Slicer } from './slicer.js';
import { filterSteps } from './view-filter.js';
import { colourFromName } from './dom.js';

const FADED_NODE = '#e4e7ec';
const FADED_EDGE = '#eef0f3';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export const edgeKey = (type, source, target) => `${type}|${source}|${target}`;

export class GraphView {
  /** meta: /api/meta; on: {clickNode(id), doubleClickNode(id), clickEdge(source, target), change()} */
  constructor(container, meta, on) {
    this.container = container;
    this.on = on;
    this.types = new Map((meta.types || []).map((t) => [t.type, { ...t, colour: t.colour || colourFromName(t.type) }]));
    this.labelColours = new Map((meta.labels || []).map((l) => [l.label, l.colour || colourFromName(l.label)]));
    this.filter = { from: null, to: null, undated: true, hiddenTypes: new Set() };
    this.hiddenNodes = new Set();
    this.highlight = null; // Set of node ids to stand out, or null
    this.focus = null; // {nodes: Set, edges: Set} around a selected node or edge
    this.communities = null; // Map node -> colour when colouring by community
    this.sizes = null; // Map node -> size when sizing by a centrality
    this.visible = { nodes: 0, claims: 0, undated: 0, edges: 0 };
    this.edgeShown = new Map(); // edge -> claims shown under the current filter
    this.graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    this.renderer = null;
    this.layout = null;
    this.edgesDrawn = true; // false while a layout with many edges runs, or edges are added: sigma draws the nodes alone
    this.busiestOnly = false; // true while a view of many nodes loads or lays out: sigma draws the busiest (drawing.js)
    this.drawToken = 0; // drawEdgesAgain's: bumped by every change of what is drawn
    this.firstPicture = new Promise((resolve) => (this.drewFirstPicture = resolve)); // resolved once sigma drew
  }

  typeColour(type) {
    return (this.types.get(type) || { colour: colourFromName(type) }).colour;
  }

  isClaimType(type) {
    const t = this.types.get(type);
    return !!t && t.kind === 'claim';
  }

  // ---------------------------------------------------------------- building

  /** The renderer is made on first use, so the page draws as soon as it has something to draw. */
  ensureRenderer() {
    if (this.renderer) return;
    this.renderer = new Sigma(drawnGraph(this, this.edgesDrawn), this.container, {
      nodeProgramClasses: NODE_PROGRAMS,
      edgeProgramClasses: EDGE_PROGRAMS,
      ...sizeSettings(this.graph),
      renderEdgeLabels: false,
      // Edges are picked by geometry on click (edgeAt): sigma's own edge picking draws every edge a
      // second time each frame and reads pixels back on every mouse move, which costs most where
      // WebGL runs on the CPU.
      enableEdgeEvents: false,
      zIndex: true,
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.6,
      labelFont: 'system-ui, sans-serif',
      minCameraRatio: 0.01,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.nodeLook(node, data),
      edgeReducer: (edge, data) => this.edgeLook(edge, data),
      allowInvalidContainer: true,
    });
    // Sigma drew the first picture in its constructor. For the benchmark (bench/explorer-bench.ts):
    // when that was, and how many frames it has drawn since.
    performance.mark('kg-first-picture');
    this.drewFirstPicture();
    this.layout = new Layout(
      this.graph,
      (layout) => {
        // Hidden at once when a layout over many edges starts; drawn again in a task of their own once it stops.
        if (layout.running && this.graph.size >= EDGES_WAIT_FOR_LAYOUT) this.setEdgesDrawn(false);
        const busiestOnly = layout.running && this.graph.order > LAYOUT_NODES_DRAWN;
        if (busiestOnly !== this.busiestOnly) {
          this.busiestOnly = busiestOnly;
          if (busiestOnly || this.edgesDrawn) this.redrawNodes();
        }
        if (!layout.running && !this.edgesDrawn) this.drawEdgesAgain();
        this.on.change();
      },
      () => this.positionsChanged(),
    );
    const r = this.renderer;
    skipRefreshAfterPan(r);
    quietLayers(r);
    pickFreshOnPress(r);
    pausePicking(r, !this.edgesDrawn);
    this.frames = 0;
    r.on('afterRender', () => {
      this.frames++;
    });
    r.on('clickNode', ({ node }) => this.on.clickNode(node));
    r.on('doubleClickNode', (e) => {
      e.preventSigmaDefault();
      this.on.doubleClickNode(e.node);
    });
    r.on('clickStage', ({ event }) => {
      const edge = edgeAt(this, event.x, event.y);
      if (edge) this.on.clickEdge(this.graph.source(edge), this.graph.target(edge), edge);
      else this.on.clickStage();
    });
    this.enableDragging();
  }

  /** Dragging a node moves it and pins it there. */
  enableDragging() {
    const r = this.renderer;
    let dragged = null;
    r.on('downNode', ({ node }) => {
      dragged = node;
    });
    r.getMouseCaptor().on('mousemovebody', (e) => {
      if (!dragged) return;
      const pos = r.viewportToGraph(e);
      this.graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y, fixed: true });
      this.touched();
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    });
    const drop = () => {
      if (dragged && this.graph.getNodeAttribute(dragged, 'fixed')) this.on.change();
      dragged = null;
    };
    r.getMouseCaptor().on('mouseup', drop);
  }

  /**
   * Once a layout stops: the edges drawn again, offstage (layers.js). A big view's copy is built and
   * given to sigma in slices across frames (in one task, it took 100-200 ms on a busy machine).
   * Given up if anything changes the drawing meanwhile (a new layout, a filter, setEdgesDrawn).
   */
  async drawEdgesAgain() {
    const token = ++this.drawToken;
    const filterVersion = this.filterVersion;
    const wanted = () => token === this.drawToken && filterVersion === this.filterVersion && !this.edgesDrawn && !(this.layout && this.layout.running);
    // Given up: a filter changed meanwhile, start over with it (a new layout or setEdgesDrawn decides for itself).
    const superseded = () => {
      if (token === this.drawToken && !this.edgesDrawn && !(this.layout && this.layout.running)) this.drawEdgesAgain();
    };
    const own = drawsViewGraph(this); // small views: sigma reads the view's own graph, now, in a task of its own
    if (own) await nextTask();
    if (!(own || (await drawnGraphGivenInSlices(this, this.renderer, wanted))) || !wanted()) return superseded();
    this.edgesDrawn = true;
    pausePicking(this.renderer, false);
    this.drawnVersion = filterVersion;
    drawEdgesOffstage(this.renderer); // the page does not wait for the GPU to draw them
    if (own) setGraphDrawnNow(this.renderer, this.graph);
    else this.renderer.scheduleRender();
    performance.mark('kg-edges-drawn'); // for the benchmark (bench/explorer-bench.ts)
    setTimeout(() => this.on.change(), 0); // the header says how many edges are drawn now
    return undefined;
  }

  /** Edges drawn or not (the nodes always are); drawn again, they are the ones the filter now shows. */
  setEdgesDrawn(on) {
    this.drawToken++; // a drawing being prepared in slices is out of date
    if (!this.renderer) {
      this.edgesDrawn = on; // the renderer, when made, draws accordingly
      return;
    }
    if (on === this.edgesDrawn && (!on || this.renderer.getGraph() === this.graph)) return;
    this.edgesDrawn = on;
    // While the layout moves the nodes (their edges wait for it), so does sigma's picking pass.
    pausePicking(this.renderer, !on);
    this.drawnVersion = this.filterVersion;
    this.renderer.setGraph(drawnGraph(this, on));
  }

  /** How many merged edges are drawn (0 while a big layout runs). */
  get drawnEdges() {
    if (!this.renderer || !this.edgesDrawn) return 0;
    return Math.min(this.visible.edges, this.renderer.getGraph() === this.graph ? this.visible.edges : EDGE_BUDGET);
  }

  /** Node attributes changed without sigma seeing it (it draws a copy): redraw. */
  touched() {
    if (this.renderer && this.renderer.getGraph() !== this.graph) this.positionsChanged();
  }

  /**
   * Positions were written into the nodes' attributes (by the layout, without graphology events):
   * sigma re-reads them and redraws, now. Its own full refresh would first run every node and
   * edge through the reducers again, which a move does not need.
   */
  positionsChanged() {
    if (this.renderer) this.renderer.refresh({ partialGraph: { nodes: [] }, skipIndexation: false });
  }

  sizeSettings() {
    const wanted = sizeSettings(this.graph);
    if (Object.entries(wanted).some(([key, value]) => this.renderer.getSetting(key) !== value)) this.renderer.setSettings(wanted);
  }

  /** Sigma draws a copy: it gets the nodes again (new ones, new sizes), and the edges the filter now shows. */
  redrawNodes() {
    if (!this.renderer || this.renderer.getGraph() === this.graph) return;
    this.drawnVersion = this.filterVersion;
    this.renderer.setGraph(drawnGraph(this, this.edgesDrawn));
  }

  newNode(id, label, name, x, y, size = 3) {
    this.graph.addNode(id, { x, y, label: name || id, kind: label, weight: 0, size, color: this.labelColours.get(label) || colourFromName(label) });
  }

  /**
   * The whole graph's nodes before its edges (/api/graph-nodes), drawn at once: on a sunflower
   * spiral, evenly spaced, the busiest in the middle (where ForceAtlas2 pulls them anyway), sized by
   * their activity. The edges follow with add(); the layout starts from here.
   */
  async addNodes(payload) {
    const g = this.graph;
    const activity = payload.activity || {};
    const fresh = payload.nodes.filter(([id]) => !g.hasNode(id)).sort((a, b) => (activity[b[0]] || 0) - (activity[a[0]] || 0));
    const busiest = Math.max(1, fresh.length ? activity[fresh[0][0]] || 0 : 0);
    const { least, most } = nodeSizeRange(g.order + fresh.length);
    const golden = Math.PI * (3 - Math.sqrt(5));
    const first = g.order;
    fresh.forEach(([id, label, name], i) => {
      const r = 10 * Math.sqrt(first + i);
      const size = least + most * Math.sqrt((activity[id] || 0) / busiest);
      this.newNode(id, label, name, r * Math.cos((first + i) * golden), r * Math.sin((first + i) * golden), size);
    });
    this.applyFilter();
    this.setEdgesDrawn(false); // they follow, and the layout after them
    // Until the layout is done, sigma draws the busiest (the first picture is then that much sooner).
    this.busiestOnly = this.graph.order > LAYOUT_NODES_DRAWN;
    if (this.renderer) {
      this.sizeSettings();
      this.redrawNodes();
    } else {
      await nextTask(); // sigma's first drawing in a task of its own
      this.ensureRenderer(); // draws them
    }
    return fresh.length;
  }

  /**
   * Adds a payload of /api/top, /api/expand or /api/graph (as it comes, or as columns: columns.js);
   * new nodes appear around `around`. The edges go in by slices of a few milliseconds, a frame
   * between two: 140,000 of them in one task held the page for most of a second.
   */
  async add(payload, around) {
    const g = this.graph;
    const data = payload.edges && payload.edges.source ? payload : columns(payload);
    const nodes = nodeRows(data.nodes);
    const edges = data.edges;
    // A big payload's edges go into the graph while sigma draws the skeleton (nodes only): drawing
    // them, sigma would process each edge as it comes. They are drawn once the layout is done.
    if (g.size + edges.length >= EDGES_WAIT_FOR_LAYOUT) this.setEdgesDrawn(false);
    const centre = around && g.hasNode(around) ? g.getNodeAttributes(around) : null;
    const spread = centre ? 1 + Math.sqrt(nodes.length) : 10 * Math.sqrt(g.order + nodes.length);
    const ids = nodes.map((n) => n[0]);
    let added = 0;
    for (const [id, label, name] of nodes) {
      if (g.hasNode(id)) continue;
      const angle = Math.random() * 2 * Math.PI;
      const r = spread * Math.sqrt(Math.random());
      this.newNode(id, label, name, (centre ? centre.x : 0) + r * Math.cos(angle), (centre ? centre.y : 0) + r * Math.sin(angle));
      added++;
    }
    const { source, target, type: typeOf, count: countOf, dayStart, days } = edges;
    const colours = data.types.map((type) => this.typeColour(type));
    const gained = new Map(); // node -> claims its new edges add
    const slice = new Slicer();
    for (let i = 0; i < edges.length; i++) {
      if (slice.spent(i)) await slice.pause();
      const type = data.types[typeOf[i]];
      const s = ids[source[i]];
      const t = ids[target[i]];
      const key = edgeKey(type, s, t);
      if (g.hasEdge(key)) continue;
      const count = countOf[i];
      const dated = days.subarray(dayStart[i], dayStart[i + 1]);
      g.addDirectedEdgeWithKey(key, s, t, {
        rel: type,
        count,
        days: dated,
        undated: count - dated.length,
        color: colours[typeOf[i]],
        size: Math.min(8, 0.6 + Math.log2(count)),
      });
      gained.set(s, (gained.get(s) || 0) + count);
      gained.set(t, (gained.get(t) || 0) + count);
      added++;
    }
    await slice.pause();
    this.resize(gained);
    await slice.pause();
    await this.applyFilterInSlices();
    await slice.pause();
    this.ensureRenderer();
    this.sizeSettings();
    this.redrawNodes();
    // Nodes drawn ahead of their edges (addNodes) get them drawn now when they are few: only big
    // views keep their edges for the end of the layout.
    if (!this.edgesDrawn && g.size < EDGES_WAIT_FOR_LAYOUT && !(this.layout && this.layout.running)) this.setEdgesDrawn(true);
    if (added > 0) this.relayout();
    else if (!(this.layout && this.layout.running)) {
      this.busiestOnly = false;
      if (!this.edgesDrawn) this.setEdgesDrawn(true);
      else this.redrawNodes();
    }
    return added;
  }

  /**
   * Node sizes from their claims in the view (or from a centrality the user chose); `gained`: claims
   * new edges brought. One update of every node, without hints: sigma then re-indexes, which nodes
   * added in this same task need (a per-node update of a node sigma has not drawn yet throws).
   */
  resize(gained) {
    let max = 1;
    this.graph.forEachNode((node, attr) => {
      if (gained && gained.has(node)) attr.weight = (attr.weight || 0) + gained.get(node);
      if (attr.weight > max) max = attr.weight;
    });
    // Area grows with claims, relative to the busiest node drawn; small graphs get bigger nodes.
    const { least, most } = nodeSizeRange(this.graph.order);
    this.graph.updateEachNodeAttributes((node, attr) => {
      attr.size = least + (this.sizes ? this.sizes.get(node) || 0 : most * Math.sqrt((attr.weight || 0) / max));
      return attr;
    });
  }

  relayout() {
    if (!this.layout) return;
    const g = this.graph;
    if (g.size >= EDGES_WAIT_FOR_LAYOUT) this.setEdgesDrawn(false);
    // Fewer steps for big graphs: each costs more, and the worker keeps the page free meanwhile.
    this.layout.start(g.order > 5000 ? 400 : g.order > 500 ? 600 : 800);
  }

  clear() {
    // Emptied first: stopping the layout then draws no edges back.
    this.graph.clear();
    this.hiddenNodes.clear();
    this.highlight = null;
    this.focus = null;
    this.communities = null;
    this.sizes = null;
    this.busiestOnly = false;
    this.applyFilter();
    if (this.layout) this.layout.stop();
    this.setEdgesDrawn(true);
  }

  // ---------------------------------------------------------------- what is shown

  setFilter(changes) {
    Object.assign(this.filter, changes);
    this.applyFilter();
    this.refresh();
  }

  /** Recomputes what the filter and the hidden nodes leave, and the header's counts. */
  applyFilter() {
    const steps = filterSteps(this);
    while (!steps.next().done);
  }

  /**
   * The same in slices across frames (big graphs: 140,000 edges took a long task). Meanwhile the
   * header's counts and the drawn edges are those of before; a later filter change supersedes it.
   */
  async applyFilterInSlices() {
    const steps = filterSteps(this);
    const slice = new Slicer();
    while (!steps.next().done) if (slice.spent(0)) await slice.pause();
  }

  nodeLook(node, data) {
    if (!this.nodeShown.has(node)) {
      data.hidden = true;
      return data;
    }
    // While edges wait in a big view (a layout runs, or they load), names wait too: nobody reads
    // them as the nodes fly, and sigma would sort them into its label grid at every step. Not once
    // the edges are on their way back (edgesComing: drawing.js gives sigma the nodes first).
    if (!this.edgesDrawn && !this.edgesComing && isBigView(this.graph)) data.label = null;
    if (this.communities) data.color = this.communities.get(node) || data.color;
    const marked = this.highlight && this.highlight.has(node);
    const inFocus = this.focus && this.focus.nodes.has(node);
    if ((this.highlight && !marked) || (this.focus && !inFocus)) {
      data.color = FADED_NODE;
      data.label = '';
      data.zIndex = 0;
    } else if (marked || inFocus) {
      // Names forced on only while they can be read: around a hub, the usual label grid decides.
      data.forceLabel = (marked ? this.highlight.size : this.focus.nodes.size) <= 40;
      data.zIndex = 2;
    }
    if (data.fixed) data.label = `${data.label} ⚲`;
    return data;
  }

  edgeLook(edge, data) {
    const shown = this.edgeShown.get(edge);
    if (!shown) {
      data.hidden = true;
      return data;
    }
    if (shown !== data.count) data.size = Math.min(8, 0.6 + Math.log2(shown));
    if (this.focus) {
      if (!this.focus.edges.has(edge)) data.color = FADED_EDGE;
      else data.zIndex = 3;
    } else if (this.highlight) {
      const g = this.graph;
      if (!(this.highlight.has(g.source(edge)) && this.highlight.has(g.target(edge)))) data.color = FADED_EDGE;
    }
    return data;
  }

  refresh() {
    const copy = this.renderer && this.renderer.getGraph() !== this.graph;
    if (copy && this.drawnVersion !== this.filterVersion) this.redrawNodes();
    else if (this.renderer) this.renderer.refresh();
    this.on.change();
  }

  // ---------------------------------------------------------------- user actions

  focusNode(id) {
    const g = this.graph;
    if (!g.hasNode(id)) return;
    const nodes = new Set([id, ...g.neighbors(id)]);
    const edges = new Set(g.edges(id));
    this.focus = { nodes, edges };
    this.refresh();
    this.showNode(id);
  }

  /** Every merged edge between two nodes, both ways. */
  edgesBetween(a, b) {
    const g = this.graph;
    if (!g.hasNode(a) || !g.hasNode(b)) return [];
    return [...g.edges(a, b), ...(a === b ? [] : g.edges(b, a))].map((edge) => ({ edge, ...g.getEdgeAttributes(edge), source: g.source(edge), target: g.target(edge), shown: this.edgeShown.get(edge) || 0 }));
  }

  focusPair(a, b) {
    const edges = new Set(this.edgesBetween(a, b).map((e) => e.edge));
    this.focus = { nodes: new Set([a, b]), edges };
    this.refresh();
  }

  unfocus() {
    this.focus = null;
    this.refresh();
  }

  showNode(id) {
    if (!this.renderer || !this.graph.hasNode(id)) return;
    const pos = this.renderer.getNodeDisplayData(id);
    if (pos) this.renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: Math.min(this.renderer.getCamera().ratio, 0.5) }, { duration: 400 });
  }

  fit() {
    if (this.renderer) this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  hide(id) {
    this.hiddenNodes.add(id);
    if (this.focus && this.focus.nodes.has(id)) this.focus = null;
    this.applyFilter();
    this.refresh();
  }

  unhideAll() {
    this.hiddenNodes.clear();
    this.applyFilter();
    this.refresh();
  }

  setPinned(id, pinned) {
    if (this.graph.hasNode(id)) this.graph.setNodeAttribute(id, 'fixed', !!pinned);
    this.refresh();
  }

  setHighlight(ids) {
    this.highlight = ids && ids.size ? ids : null;
    this.refresh();
  }
}
