// What a view shows under its filter (dates, types) and hidden nodes: each merged edge's claims
// shown and the nodes left, computed at once or in slices (graph-view.js).

// Edges between two looks at the clock while the filter is applied in slices.
const FILTER_STEP = 2000;

/** Index of the first value >= x in a sorted array. */
function lowerBound(list, x) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many claims of an edge the date filter `f` keeps. */
export function shownCount(f, attr) {
  if (f.hiddenTypes.has(attr.rel)) return 0;
  if (f.from === null && f.to === null) return attr.count;
  const days = attr.days;
  const lo = f.from === null ? 0 : lowerBound(days, f.from);
  const hi = f.to === null ? days.length : lowerBound(days, f.to + 1);
  return hi - lo + (f.undated ? attr.undated : 0);
}

/**
 * What the filter and the hidden nodes leave of a view's graph (its edgeShown, nodeShown and
 * visible counts), yielding every FILTER_STEP edges; the result is taken on only if no later
 * filtering started meanwhile.
 */
export function* filterSteps(view) {
  const version = (view.filterVersion = (view.filterVersion || 0) + 1); // a drawn copy of the heaviest edges is out of date
  const g = view.graph;
  const degree = new Map();
  const edgeShown = new Map();
  let claims = 0;
  let undated = 0;
  let edges = 0;
  let n = 0;
  for (const { edge, attributes: attr, source, target } of g.edgeEntries()) {
    if (++n % FILTER_STEP === 0) {
      yield;
      if (version !== view.filterVersion) return;
    }
    if (view.hiddenNodes.has(source) || view.hiddenNodes.has(target)) continue;
    const shown = shownCount(view.filter, attr);
    if (shown === 0) continue;
    edgeShown.set(edge, shown);
    edges++;
    if (view.isClaimType(attr.rel)) {
      claims += shown;
      if (view.filter.undated || (view.filter.from === null && view.filter.to === null)) undated += attr.undated;
    }
    degree.set(source, (degree.get(source) || 0) + 1);
    degree.set(target, (degree.get(target) || 0) + 1);
  }
  const filtering = view.filter.from !== null || view.filter.to !== null || view.filter.hiddenTypes.size > 0;
  const nodeShown = new Set();
  g.forEachNode((node) => {
    if (view.hiddenNodes.has(node)) return;
    // An actor with no edge left under the filter goes too, unless the filter is off (a lone
    // search result stays).
    if (filtering && !degree.has(node)) return;
    nodeShown.add(node);
  });
  view.edgeShown = edgeShown;
  view.nodeShown = nodeShown;
  view.visible = { nodes: nodeShown.size, claims, undated, edges };
}
