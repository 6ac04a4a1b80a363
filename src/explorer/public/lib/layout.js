// Runs ForceAtlas2 in /layout-worker.js and writes the positions it sends back into the graph. Any
// change to the graph's nodes or edges makes the running job stale: the caller starts a new one.
// Pinned nodes (attribute `fixed`) keep their place.
//
// Nothing here holds the page for long, whatever the graph's size: FA2's matrices are built in
// slices (a yield between them); positions come back as a transferable Float32Array and are
// written straight into the nodes' attributes (no graphology event, so the renderer does not
// re-read every node through its reducers); the page redraws once per animation frame at most,
// and on big graphs less often still, which leaves the CPU to the worker.
import forceAtlas2 from 'graphology-layout-forceatlas2';

const PPN = 10; // numbers per node in FA2's node matrix (graphology-layout-forceatlas2's layout)
const PPE = 3; // per edge: source offset, target offset, weight
const SLICE = 10_000; // nodes or edges per slice while building the matrices
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Once the frame being drawn now is on the screen (a task after the next animation frame). */
const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Milliseconds between two redraws while the layout runs: big graphs cost more to draw. */
function redrawInterval(order) {
  return order > 10_000 ? 250 : order > 2000 ? 100 : 0;
}

export class Layout {
  /** onProgress(layout): started or stopped; onMoved(): positions written into the graph. */
  constructor(graph, onProgress, onMoved) {
    this.graph = graph;
    this.onProgress = onProgress || (() => undefined);
    this.onMoved = onMoved || (() => undefined);
    this.generation = 0;
    this.running = false;
    this.nodes = []; // the nodes' attribute objects, in the matrices' order
    this.pending = null; // positions received and not yet written
    this.worker = new Worker('/layout-worker.js');
    this.worker.onmessage = (event) => this.receive(event.data);
  }

  /** FA2's node and edge matrices, built a slice at a time; null when a newer job started meanwhile. */
  async matrices(generation, weight) {
    const graph = this.graph;
    const nodes = new Float32Array(graph.order * PPN);
    const edges = new Float32Array(graph.size * PPE);
    const at = new Map();
    const attrs = [];
    let j = 0;
    for (const { node, attributes: a } of graph.nodeEntries()) {
      at.set(node, j);
      attrs.push(a);
      nodes[j] = a.x;
      nodes[j + 1] = a.y;
      nodes[j + 6] = 1; // mass: 1 + weighted degree
      nodes[j + 7] = 1; // convergence
      nodes[j + 8] = a.size || 1;
      nodes[j + 9] = a.fixed ? 1 : 0;
      j += PPN;
    }
    j = 0;
    let n = 0;
    for (const { attributes, source, target } of graph.edgeEntries()) {
      if (++n % SLICE === 0) {
        await nextTask();
        if (generation !== this.generation) return null;
      }
      const sj = at.get(source);
      const tj = at.get(target);
      const w = weight(attributes);
      nodes[sj + 6] += w;
      nodes[tj + 6] += w;
      edges[j] = sj;
      edges[j + 1] = tj;
      edges[j + 2] = w;
      j += PPE;
    }
    return { nodes, edges, attrs };
  }

  /** iterations: how many FA2 steps; the bigger the graph, the fewer (each costs more). */
  async start(iterations) {
    const graph = this.graph;
    if (graph.order === 0) return;
    this.generation += 1;
    const generation = this.generation;
    this.running = true;
    this.pending = null;
    this.onProgress(this);
    // The view as it is now (a new view's first picture, its edges hidden) goes on the screen first:
    // the layout's work does not hold it up.
    await afterNextFrame();
    if (generation !== this.generation) return;
    performance.mark('kg-layout-start');
    this.order = graph.order;
    this.size = graph.size;
    const built = await this.matrices(generation, (attr) => Math.log2(1 + (attr.count || 1)));
    if (!built || generation !== this.generation) return;
    if (graph.order !== this.order || graph.size !== this.size) return this.stop();
    const { nodes, edges, attrs } = built;
    this.nodes = attrs;
    const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 1, barnesHutTheta: 0.6 };
    // Small views: nodes keep apart by their drawn size (Barnes-Hut, used from 2,000 nodes, does not
    // take sizes into account), and gravity holds the components together.
    if (graph.order < 2000) settings.adjustSizes = true;
    if (graph.order < 300) Object.assign(settings, { scalingRatio: 30, gravity: 1, strongGravityMode: false });
    this.interval = redrawInterval(graph.order);
    this.worker.postMessage({ generation, nodes, edges, settings, maxIterations: iterations }, [nodes.buffer, edges.buffer]);
  }

  stop() {
    this.generation += 1;
    this.pending = null;
    const was = this.running;
    this.running = false;
    this.worker.postMessage('stop');
    if (was) this.onProgress(this);
  }

  /**
   * Positions from the worker: kept until the next animation frame writes and draws them. On big
   * graphs, in a task of its own instead: the frame that shows them then only waits for the GPU
   * (where WebGL runs on the CPU, the browser reads every drawn WebGL layer back while the page
   * waits), not for the drawing's JavaScript as well.
   */
  receive(message) {
    if (message.generation !== this.generation) return;
    const waiting = this.pending !== null;
    this.pending = message;
    if (waiting) return;
    if (this.interval > 0) setTimeout(() => this.apply(), 0);
    else requestAnimationFrame(() => this.apply());
  }

  apply() {
    const message = this.pending;
    this.pending = null;
    if (!message || message.generation !== this.generation) return;
    const { xy, done, iterations } = message;
    this.iterations = iterations;
    if (this.graph.order !== this.order || this.graph.size !== this.size) {
      this.stop();
      return;
    }
    const nodes = this.nodes;
    for (let i = 0, j = 0; i < nodes.length; i++, j += 2) {
      const attr = nodes[i];
      if (!attr.fixed) {
        attr.x = xy[j];
        attr.y = xy[j + 1];
      }
    }
    this.onMoved();
    if (done) {
      this.running = false;
      performance.mark('kg-layout-end');
      this.onProgress(this);
      return;
    }
    // The worker sends the next positions once this frame is drawn (and, on big graphs, a little later).
    const generation = this.generation;
    setTimeout(() => generation === this.generation && this.worker.postMessage('drawn'), this.interval);
  }
}
