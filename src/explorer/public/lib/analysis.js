// On demand: communities (Louvain) for colouring and centralities for sizing, both from graphology's
// packages, computed on a simple weighted copy of what is drawn (the merged multigraph has one edge
// per direction and type; these algorithms want one edge per pair). And the PNG of the view.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { colourFromName } from './dom.js';
import { endOffstage } from './layers.js';

/** One edge per pair of shown nodes, weighted by the claims shown; directed or not. */
function simpleCopy(view, type) {
  const copy = new Graph({ type });
  for (const node of view.nodeShown) copy.addNode(node);
  view.graph.forEachEdge((edge, _attr, source, target) => {
    const n = view.edgeShown.get(edge);
    if (!n || source === target || !copy.hasNode(source) || !copy.hasNode(target)) return;
    if (copy.hasEdge(source, target)) copy.updateEdgeAttribute(source, target, 'weight', (w) => w + n);
    else copy.addEdge(source, target, { weight: n });
  });
  return copy;
}

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#17becf'];

/** Colours nodes by Louvain community (the largest communities get the palette, the rest a hue). */
export function colourByCommunity(view) {
  const copy = simpleCopy(view, 'undirected');
  const community = copy.size > 0 ? louvain(copy, { getEdgeWeight: 'weight' }) : {};
  const sizes = new Map();
  for (const c of Object.values(community)) sizes.set(c, (sizes.get(c) || 0) + 1);
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const colourOf = new Map(ranked.map((c, i) => [c, i < PALETTE.length ? PALETTE[i] : colourFromName(`community ${c}`)]));
  view.communities = new Map(Object.entries(community).map(([node, c]) => [node, colourOf.get(c)]));
  view.refresh();
  return ranked.length;
}

export function colourByLabel(view) {
  view.communities = null;
  view.refresh();
}

/** Sizes nodes by a centrality: 'pagerank' or 'claims' (the default: claims drawn). */
export function sizeBy(view, measure) {
  if (measure === 'pagerank') {
    const copy = simpleCopy(view, 'directed');
    const scores = copy.order > 0 ? pagerank(copy, { getEdgeWeight: 'weight' }) : {};
    const max = Math.max(1e-9, ...Object.values(scores));
    view.sizes = new Map(Object.entries(scores).map(([node, s]) => [node, 24 * Math.sqrt(s / max)]));
  } else {
    view.sizes = null;
  }
  view.resize();
  view.refresh();
}

/** The view as a PNG: sigma's layers drawn in order onto one canvas, on white. */
export function viewAsPng(view) {
  return new Promise((resolve) => {
    const renderer = view.renderer;
    // refresh() draws synchronously: the WebGL layers can be read in this same task (none offstage).
    endOffstage(renderer);
    renderer.refresh();
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const out = document.createElement('canvas');
    out.width = Math.round(width * ratio);
    out.height = Math.round(height * ratio);
    const ctx = out.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    for (const canvas of Object.values(renderer.getCanvases())) ctx.drawImage(canvas, 0, 0, out.width, out.height);
    out.toBlob((blob) => resolve(blob), 'image/png');
  });
}
