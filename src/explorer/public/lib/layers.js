// Sigma's layers (three WebGL canvases, four 2D) as the browser composites them: idle layers neither
// cleared nor shown, and a frame of many edges drawn offstage, so that the page never waits for it.
import { cameraMoving } from './drawing.js';

const GL_DRAWS = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements'];
const CANVAS_DRAWS = ['fill', 'stroke', 'fillRect', 'strokeRect', 'fillText', 'strokeText', 'drawImage', 'putImageData'];

/**
 * One of sigma's canvases: shown while something is drawn on it and no drawing of it waits
 * offstage (`curtained`); `held`: its clears and draws on the screen are skipped, so that it keeps
 * the picture it has (WebGL layers only).
 */
class Layer {
  constructor(canvas) {
    this.canvas = canvas;
    this.hasDrawing = true;
    this.curtained = false;
    this.held = false;
  }

  drawn(has) {
    if (has === this.hasDrawing) return;
    this.hasDrawing = has;
    this.apply();
  }

  curtain(on) {
    if (on === this.curtained) return;
    this.curtained = on;
    this.apply();
  }

  apply() {
    this.canvas.style.visibility = this.hasDrawing && !this.curtained ? '' : 'hidden';
  }
}

/** A WebGL 2 context whose clears of the screen are skipped while nothing was drawn on it since the last one. */
function glClearsOnlyWhenDrawn(gl, layer) {
  let onScreen = true; // the default framebuffer is bound (sigma binds its picking buffers explicitly)
  let drawn = true;
  const bind = gl.bindFramebuffer.bind(gl);
  gl.bindFramebuffer = (target, framebuffer) => {
    if (target === gl.FRAMEBUFFER || target === gl.DRAW_FRAMEBUFFER) onScreen = framebuffer === null;
    return bind(target, framebuffer);
  };
  for (const name of GL_DRAWS) {
    const draw = gl[name].bind(gl);
    gl[name] = (...args) => {
      if (onScreen) {
        if (layer.held) return undefined;
        drawn = true;
        layer.drawn(true);
      }
      return draw(...args);
    };
  }
  const clear = gl.clear.bind(gl);
  gl.clear = (mask) => {
    if (!onScreen) return clear(mask);
    if (layer.held) return undefined;
    if (mask !== gl.COLOR_BUFFER_BIT) return clear(mask);
    if (!drawn) return layer.drawn(false);
    drawn = false;
    return clear(mask);
  };
}

/** The same for a 2D context: a clear of the whole canvas is skipped while it holds nothing. */
function canvasClearsOnlyWhenDrawn(ctx, canvas, layer) {
  let drawn = true;
  for (const name of CANVAS_DRAWS) {
    const draw = ctx[name].bind(ctx);
    ctx[name] = (...args) => {
      drawn = true;
      layer.drawn(true);
      return draw(...args);
    };
  }
  const clearRect = ctx.clearRect.bind(ctx);
  ctx.clearRect = (x, y, w, h) => {
    if (!drawn) return layer.drawn(false);
    clearRect(x, y, w, h);
    const t = ctx.getTransform();
    if (x <= 0 && y <= 0 && (x + w) * t.a >= canvas.width && (y + h) * t.d >= canvas.height) drawn = false;
    return undefined;
  };
}

const states = new WeakMap(); // renderer -> {layers: Map(id -> Layer), offstage}

/**
 * Sigma stacks seven full-size layers (three WebGL, four 2D) and clears each before every frame.
 * The browser composites every layer it shows, each frame, whether empty or not, and every layer
 * touched again; where WebGL runs on the CPU (SwiftShader) each WebGL layer touched is also read
 * back from the GPU process while the page waits. Mostly only the nodes' layer changes (during a
 * pan or a big layout: the others are empty). So: a layer's clear is skipped while nothing was drawn
 * on it, and a layer with nothing on it is hidden until something is (the mouse layer, which only
 * catches events, is never shown). Half the cost of a frame here. Contexts other than WebGL 2 and
 * 2D are left as they are. Also makes drawEdgesOffstage work.
 */
export function quietLayers(renderer) {
  const layers = new Map();
  for (const [id, canvas] of Object.entries(renderer.getCanvases())) {
    if (id === 'mouse') {
      canvas.style.opacity = '0'; // still hit by the mouse
      continue;
    }
    const layer = new Layer(canvas);
    const gl = canvas.getContext('webgl2');
    if (gl) glClearsOnlyWhenDrawn(gl, layer);
    else if (canvas.getContext('2d')) canvasClearsOnlyWhenDrawn(canvas.getContext('2d'), canvas, layer);
    else continue;
    layers.set(id, layer);
  }
  states.set(renderer, { layers, offstage: null });
  renderer.on('afterRender', () => offstageDrawn(renderer));
}

// The WebGL layers other than the edges': they keep their picture while the edges are drawn offstage.
const HELD_LAYERS = ['nodes', 'hoverNodes'];
// How often the page asks whether the GPU has drawn the edges; after how long it shows them anyway.
const POLL_MS = 10;
const GIVE_UP_MS = 5000;

/**
 * The next frame draws the edges offstage. Where WebGL runs on the CPU (SwiftShader, in the GPU
 * process), a frame's drawing costs the page nothing until the browser composites it: it then reads
 * every WebGL layer drawn back from the GPU process, and waits for everything sent to the GPU before
 * (the contexts share one queue). The first frame with 1,990 arrows held the page 150-370 ms so,
 * though sigma's own work in it took a few milliseconds. So that frame draws the edges on their layer
 * hidden, and leaves the other WebGL layers as they are (a hidden layer is not read back, an
 * untouched one neither); a fence in the edges' context says when the GPU is done, meanwhile the page
 * is free; then the edges' layer is shown as drawn, and a frame draws the nodes over it (the edges'
 * layer left as it is). The nodes keep their picture for that long (a few hundred milliseconds at
 * most), and a moving camera ends the wait at once. For a view's edges drawn again after a layout
 * (they are not on screen meanwhile, nothing disappears); WebGL 2 only (fences).
 */
export function drawEdgesOffstage(renderer) {
  const state = states.get(renderer);
  const gl = renderer.webGLContexts && renderer.webGLContexts.edges;
  if (!state || !state.layers.has('edges') || !gl || typeof gl.fenceSync !== 'function') return;
  if (!state.offstage) state.offstage = { fence: null, timer: 0, since: 0 };
  state.layers.get('edges').curtain(true);
  for (const id of HELD_LAYERS) if (state.layers.has(id)) state.layers.get(id).held = true;
}

/** After each frame drawn while edges are offstage: the GPU is asked to say when it has drawn them. */
function offstageDrawn(renderer) {
  const state = states.get(renderer);
  const off = state && state.offstage;
  if (!off) return;
  // Nothing to wait for (no edge drawn), or the camera moves (the nodes follow it, edges are hidden then).
  if (cameraMoving(renderer) || !state.layers.get('edges').hasDrawing) {
    endOffstage(renderer);
    renderer.scheduleRender();
    return;
  }
  const gl = renderer.webGLContexts.edges;
  if (!off.fence) off.since = performance.now();
  if (off.fence) gl.deleteSync(off.fence);
  off.fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush(); // the GPU starts now, not at the next readback
  if (!off.timer) off.timer = setTimeout(() => offstagePoll(renderer), POLL_MS);
}

function offstagePoll(renderer) {
  const state = states.get(renderer);
  const off = state && state.offstage;
  if (!off) return;
  off.timer = 0;
  const gl = renderer.webGLContexts.edges;
  const drawn = gl.isContextLost() || gl.getSyncParameter(off.fence, gl.SYNC_STATUS) === gl.SIGNALED;
  if (!drawn && performance.now() - off.since < GIVE_UP_MS) {
    off.timer = setTimeout(() => offstagePoll(renderer), POLL_MS);
    return;
  }
  endOffstage(renderer);
  // The nodes drawn again over the edges now shown, the edges' layer left as it is.
  const edges = state.layers.get('edges');
  edges.held = true;
  try {
    renderer.render();
  } finally {
    edges.held = false;
  }
  performance.mark('kg-edges-shown'); // for the benchmark (bench/explorer-bench.ts)
}

/** Edges offstage shown as they are, the other layers drawn again normally (by the next frame); nothing if none wait. */
export function endOffstage(renderer) {
  const state = states.get(renderer);
  const off = state && state.offstage;
  if (!off) return;
  state.offstage = null;
  if (off.timer) clearTimeout(off.timer);
  if (off.fence) renderer.webGLContexts.edges.deleteSync(off.fence);
  for (const layer of state.layers.values()) layer.held = false;
  state.layers.get('edges').curtain(false);
}

/** Whether edges are being drawn offstage (not on screen yet). */
export function edgesOffstage(renderer) {
  const state = states.get(renderer);
  return !!(state && state.offstage);
}
