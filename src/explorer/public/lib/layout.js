// Runs ForceAtlas2 in /layout-worker.js and writes the positions it sends back into the graph (sigma
// redraws). Any change to the graph's nodes or edges makes the running job stale: the caller starts
// a new one. Pinned nodes (attribute `fixed`) keep their place.
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export class Layout {
  /** onProgress(layout): started or stopped; onMoved(): positions written into the graph. */
  constructor(graph, onProgress, onMoved) {
    this.graph = graph;
    this.onProgress = onProgress || (() => undefined);
    this.onMoved = onMoved || (() => undefined);
    this.generation = 0;
    this.running = false;
    this.worker = new Worker('/layout-worker.js');
    this.worker.onmessage = (event) => this.receive(event.data);
  }

  /** iterations: how many FA2 steps; the bigger the graph, the fewer (each costs more). */
  start(iterations) {
    const graph = this.graph;
    if (graph.order === 0) return;
    const { nodes, edges } = graphToByteArrays(graph, (_edge, attr) => Math.log2(1 + (attr.count || 1)));
    this.generation += 1;
    this.order = graph.order;
    this.size = graph.size;
    const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 1, barnesHutTheta: 0.6 };
    // Small views: nodes keep apart by their drawn size (Barnes-Hut, used from 2,000 nodes, does not
    // take sizes into account), and gravity holds the components together.
    if (graph.order < 2000) settings.adjustSizes = true;
    if (graph.order < 300) Object.assign(settings, { scalingRatio: 30, gravity: 1, strongGravityMode: false });
    this.running = true;
    performance.mark('kg-layout-start');
    this.worker.postMessage({ generation: this.generation, nodes, edges, settings, maxIterations: iterations }, [nodes.buffer, edges.buffer]);
    this.onProgress(this);
  }

  stop() {
    this.generation += 1;
    this.running = false;
    this.worker.postMessage('stop');
    this.onProgress(this);
  }

  receive({ generation, xy, done, iterations }) {
    if (generation !== this.generation) return;
    this.iterations = iterations;
    if (this.graph.order !== this.order || this.graph.size !== this.size) {
      this.stop();
      return;
    }
    let i = 0;
    this.graph.updateEachNodeAttributes(
      (_node, attr) => {
        if (!attr.fixed) {
          attr.x = xy[i];
          attr.y = xy[i + 1];
        }
        i += 2;
        return attr;
      },
      { attributes: ['x', 'y'] },
    );
    this.onMoved();
    if (done) {
      this.running = false;
      performance.mark('kg-layout-end');
      this.onProgress(this);
    }
    // The worker sends the next positions once this frame is drawn.
    requestAnimationFrame(() => this.worker.postMessage('drawn'));
  }
}
