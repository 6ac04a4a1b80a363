// ForceAtlas2 in a worker, so the page never waits for the layout. The page sends the graph as
// graphology-layout-forceatlas2's typed arrays; this runs iterations in slices of ~30 ms and sends
// positions back, one message at a time (the next only once the page has drawn the last one), until
// the iteration budget is spent or the page sends another job or "stop".
import iterate from 'graphology-layout-forceatlas2/iterate';

const PPN = 10; // numbers per node in the node matrix
const SLICE_MS = 30;
let job = null;
let pageReady = true;

function positions(nodes) {
  const out = new Float32Array((nodes.length / PPN) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += PPN, j += 2) {
    out[j] = nodes[i];
    out[j + 1] = nodes[i + 1];
  }
  return out;
}

function send(current, done) {
  const xy = positions(current.nodes);
  pageReady = false;
  self.postMessage({ generation: current.generation, xy, iterations: current.done, done }, [xy.buffer]);
}

function step() {
  const current = job;
  if (!current) return;
  const began = performance.now();
  while (current.done < current.maxIterations && performance.now() - began < SLICE_MS) {
    iterate(current.settings, current.nodes, current.edges);
    current.done++;
  }
  const done = current.done >= current.maxIterations;
  if (done) {
    job = null;
    send(current, true);
    return;
  }
  if (pageReady) send(current, false);
  setTimeout(step, 0);
}

self.onmessage = (event) => {
  const message = event.data;
  if (message === 'stop') job = null;
  else if (message === 'drawn') pageReady = true;
  else {
    job = { ...message, done: 0 };
    pageReady = true;
    setTimeout(step, 0);
  }
};
