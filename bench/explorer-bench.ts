// `npm run -s bench -- --phase explorer`: the explorer (kg serve) in headless Chromium on the large
// graph of bench/explorer-graph.ts (14,000 bench articles: ~21,000 nodes, ~300,000 claim and
// affiliation edges, ~135,000 merged). Two views, each in a fresh page:
//   start  the page as it opens: the 50 most active actors
//   whole  the whole graph (/#all)
// and for each: time to first picture (navigation start to sigma's first drawn frame), the longest
// main-thread task while the layout runs and until its edges are drawn again (PerformanceObserver
// 'longtask'; a layout still running after the wait is stopped; also the longest over the whole
// load, from navigation), and frames per second while panning (a drag dispatched in the page, one mouse move
// per animation frame: frames sigma drew / seconds).
// Targets: first picture <= 3 s, no task over 200 ms, >= 30 frames/s. Chromium runs with
// --disable-gpu: WebGL is SwiftShader, on the CPU, on a machine shared with other work.
// The graph goes into the bench's own Neo4j (bench-data/neo4j), or the one NEO4J_URI names (wiped),
// and is reused by later runs.
import * as os from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/setup/chromium';
import { loadExplorerGraph } from './explorer-graph';

const ROOT = join(__dirname, '..');
const log = (line: string): void => void process.stderr.write(`[bench explorer] ${line}\n`);

export const EXPLORER_TARGETS = { first_picture_ms: 3000, longest_task_ms: 200, pan_fps: 30 };

interface PageGlobals {
  __kgLongTasks: Array<[number, number]>;
  explorer?: { view: { frames: number; graph: { order: number; size: number }; layout: { running: boolean } | null } };
}
const g = (): PageGlobals => globalThis as unknown as PageGlobals;

/** Installed before the page's own scripts (by the browser, not subject to the page's CSP). */
function observeLongTasks(): void {
  const w = globalThis as unknown as PageGlobals & { PerformanceObserver: new (cb: (list: { getEntries(): Array<{ startTime: number; duration: number }> }) => void) => { observe(o: unknown): void } };
  w.__kgLongTasks = [];
  new w.PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__kgLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

interface ViewFigures {
  nodes: number;
  edges: number;
  first_picture_ms: number;
  layout_seconds: number;
  layout_finished: boolean;
  longest_task_during_layout_ms: number;
  longest_task_whole_load_ms: number;
  long_tasks_during_layout: number;
  /** Merged edges drawn once the layout is done (the heaviest, when there are more than sigma draws at once). */
  edges_drawn: number;
  pan_fps: number;
  pan_slowest_frame_ms: number;
}

async function measureView(page: Page, url: string, layoutWaitSeconds: number): Promise<ViewFigures> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('kg-first-picture').length > 0, undefined, { timeout: 120_000 });
  const firstPicture = await page.evaluate(() => performance.getEntriesByName('kg-first-picture')[0].startTime);
  await page.waitForFunction(() => performance.getEntriesByName('kg-layout-start').length > 0, undefined, { timeout: 60_000 });
  // Until the layout stops by itself, or the wait is over (the big graph's layout runs long).
  await page
    .waitForFunction(() => performance.getEntriesByName('kg-layout-end').length > 0, undefined, { timeout: layoutWaitSeconds * 1000 })
    .catch(() => undefined);
  // A layout still running then is stopped. The window measured lasts until the view's edges are
  // drawn again (a big view's come back after its layout, in slices: the page marks that moment,
  // and the window takes the second after it, which draws them; a page without the mark: until
  // the view says they are drawn, and 1.5 s more).
  const layoutDone = await page.evaluate(() => performance.getEntriesByName('kg-layout-end').length > 0);
  if (!layoutDone) {
    await page.evaluate(() => {
      const view = (globalThis as unknown as PageGlobals).explorer!.view as unknown as { layout: { running: boolean; stop(): void } | null };
      performance.mark('kg-bench-layout-stopped');
      if (view.layout && view.layout.running) view.layout.stop();
    });
  }
  await page.waitForFunction(() => (globalThis as unknown as { explorer: { view: { edgesDrawn: boolean } } }).explorer.view.edgesDrawn, undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(1500); // their first frames drawn, the long tasks observed
  const t = await page.evaluate(() => {
    const start = performance.getEntriesByName('kg-layout-start')[0].startTime;
    const endMark = performance.getEntriesByName('kg-layout-end')[0] ?? performance.getEntriesByName('kg-bench-layout-stopped')[0];
    const layoutEnd = endMark.startTime;
    const drawnMark = performance.getEntriesByName('kg-edges-drawn').filter((m) => m.startTime >= layoutEnd)[0];
    const end = drawnMark ? drawnMark.startTime + 1000 : performance.now(); // with the frames that draw them
    const tasks = (globalThis as unknown as { __kgLongTasks: Array<[number, number]> }).__kgLongTasks;
    const during = tasks.filter(([s, d]) => s + d >= start && s <= end);
    const view = (globalThis as unknown as PageGlobals).explorer!.view;
    return {
      start,
      end: layoutEnd,
      finished: performance.getEntriesByName('kg-layout-end').length > 0,
      longestDuring: Math.max(0, ...during.map(([, d]) => d)),
      longestAll: Math.max(0, ...tasks.filter(([s]) => s <= end).map(([, d]) => d)),
      countDuring: during.length,
      // The longest few: [ms after the layout started, ms], and where the layout ended, for a look with bench/explorer-trace.ts.
      worst: [...during].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([s, d]) => [Math.round(s - start), Math.round(d)]),
      layoutEndAt: Math.round(layoutEnd - start),
      nodes: view.graph.order,
      edges: view.graph.size,
    };
  });
  log(`${url}: longest tasks [ms after the layout started, ms]: ${JSON.stringify(t.worst)}; the layout ended at ${t.layoutEndAt} ms`);
  // Panning: the layout stopped first, so the frames measure drawing, not the layout's updates.
  // A drag on the background as a hand makes it: mouse down, then one mouse move per animation
  // frame along a circle for 3 s, then up, all dispatched in the page (sigma's own handlers pan
  // the camera, hide what it hides while moving). Driving the mouse from here instead would count
  // the round trips to the browser (one per move) rather than the page's drawing. Frames: the
  // frames sigma drew meanwhile (each one a requestAnimationFrame it asked for).
  const pan = await page.evaluate(async () => {
    // The page's own objects, typed here as far as they are used (no DOM types in this project).
    interface Target { dispatchEvent(event: unknown): boolean }
    interface Element extends Target { getBoundingClientRect(): { left: number; top: number; width: number; height: number } }
    interface Renderer { getMouseCaptor(): { container: Element }; getNodeAtPosition(p: { x: number; y: number }): string | null }
    const w = globalThis as unknown as {
      explorer: { view: { frames: number; renderer: Renderer; layout: { running: boolean; stop(): void } | null } };
      document: Target;
      MouseEvent: new (type: string, init: Record<string, unknown>) => unknown;
      requestAnimationFrame(callback: (now: number) => void): number;
    };
    const view = w.explorer.view;
    if (view.layout && view.layout.running) view.layout.stop();
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the edges drawn again, settled
    const r = view.renderer;
    const el = r.getMouseCaptor().container;
    const box = el.getBoundingClientRect();
    // Grab the background, not a node (dragging a node moves and pins it instead of panning).
    let at = { x: box.left + 5, y: box.top + 5 };
    search: for (let y = 0.5; y < 1; y += 0.05) {
      for (let x = 0.5; x < 1; x += 0.05) {
        if (!r.getNodeAtPosition({ x: x * box.width, y: y * box.height })) {
          at = { x: box.left + x * box.width, y: box.top + y * box.height };
          break search;
        }
      }
    }
    const mouse = (type: string, x: number, y: number): unknown => new w.MouseEvent(type, { clientX: x, clientY: y, button: 0, bubbles: true, cancelable: true });
    el.dispatchEvent(mouse('mousedown', at.x, at.y));
    const frames0 = view.frames;
    const began = performance.now();
    const gaps: number[] = [];
    let last = began;
    await new Promise<void>((resolve) => {
      const step = (now: number): void => {
        gaps.push(now - last);
        last = now;
        const a = ((now - began) / 1000) * Math.PI;
        w.document.dispatchEvent(mouse('mousemove', at.x + 150 * Math.cos(a) - 150, at.y + 100 * Math.sin(a)));
        if (now - began < 3000) w.requestAnimationFrame(step);
        else resolve();
      };
      w.requestAnimationFrame(step);
    });
    const seconds = (performance.now() - began) / 1000;
    const frames = view.frames - frames0;
    w.document.dispatchEvent(mouse('mouseup', at.x, at.y));
    gaps.sort((x, y) => x - y);
    return { fps: frames / seconds, slowest: gaps[gaps.length - 1] ?? 0 };
  });
  const drawnEdges = await page.evaluate(() => (globalThis as unknown as { explorer: { view: { drawnEdges: number } } }).explorer.view.drawnEdges);
  return {
    nodes: t.nodes,
    edges: t.edges,
    first_picture_ms: Math.round(firstPicture),
    layout_seconds: Math.round((t.end - t.start) / 100) / 10,
    layout_finished: t.finished,
    longest_task_during_layout_ms: Math.round(t.longestDuring),
    longest_task_whole_load_ms: Math.round(t.longestAll),
    long_tasks_during_layout: t.countDuring,
    edges_drawn: drawnEdges,
    pan_fps: Math.round(pan.fps * 10) / 10,
    pan_slowest_frame_ms: Math.round(pan.slowest),
  };
}

export async function phaseExplorer(): Promise<Record<string, number | string | boolean>> {
  const { openGraphDatabase } = await import('../src/neo4j');
  const { connectionConfigFromEnv } = await import('../src/neo4j/connection');
  const { sideServerConfig } = await import('../src/admin/side-server');
  const local = await import('../src/admin/local-server');
  const { startExplorer } = await import('../src/explorer/server');

  let config = connectionConfigFromEnv();
  let startedHere: Awaited<ReturnType<typeof sideServerConfig>> | null = null;
  if (config.local) {
    const side = { ...(await sideServerConfig(join(ROOT, 'bench-data', 'neo4j'))), heapSize: '2g', pageCacheSize: '1g' };
    const before = await local.status(side);
    const running = await local.start(side, log);
    if (before.state === 'stopped') startedHere = side;
    config = { uri: running.boltUri, user: local.DEFAULT_USER, password: local.serverPassword(side), database: undefined, local: false };
  }
  const db = await openGraphDatabase({ config, startLocal: false });
  const chromium = await launchChromium();
  const explorer = await startExplorer({ db, port: 0, log });
  try {
    const graph = await loadExplorerGraph(db, { reuse: true, log });
    log(`graph: ${graph.nodes} nodes, ${graph.relationships} relationships (MENTIONS included)`);
    await chromium.context.addInitScript(observeLongTasks);
    // The machine's load says how much of the CPU the browser had (figures are wall-clock).
    const figures: Record<string, number | string | boolean> = { graph_nodes: graph.nodes, graph_relationships: graph.relationships, load_average_before: Math.round(os.loadavg()[0] * 10) / 10 };
    for (const [name, path, wait] of [['start', '', 60], ['whole', '#all', 60]] as const) {
      const page = await chromium.context.newPage();
      // A first visit warms the server's query plans and the browser's caches, as a second look does.
      await page.goto(explorer.url + path);
      await page.waitForFunction(() => performance.getEntriesByName('kg-first-picture').length > 0, undefined, { timeout: 120_000 });
      await page.close();
      const fresh = await chromium.context.newPage();
      const f = await measureView(fresh, explorer.url + path, wait);
      await fresh.screenshot({ path: join(ROOT, 'tests', 'artifacts', `bench-explorer-${name}.png`) });
      await fresh.close();
      log(`${name}: ${JSON.stringify(f)}`);
      for (const [k, v] of Object.entries(f)) figures[`${name}_${k}`] = v;
    }
    figures.load_average_after = Math.round(os.loadavg()[0] * 10) / 10;
    figures.cores = os.cpus().length;
    process.stderr.write(explorerTable(figures));
    process.stderr.write(`load average ${figures.load_average_before} before, ${figures.load_average_after} after, on ${figures.cores} cores\n`);
    return figures;
  } finally {
    await explorer.close();
    await chromium.close();
    await db.close();
    if (startedHere) await local.stop(startedHere, log);
  }
}

function explorerTable(f: Record<string, number | string | boolean>): string {
  const rows: string[][] = [['view', 'nodes', 'edges (drawn)', 'first picture', 'longest task in layout (whole load)', 'layout', 'pan'], ['target', '', '', `≤ ${EXPLORER_TARGETS.first_picture_ms} ms`, `≤ ${EXPLORER_TARGETS.longest_task_ms} ms`, '', `≥ ${EXPLORER_TARGETS.pan_fps} fps`]];
  for (const v of ['start', 'whole']) {
    rows.push([
      v,
      String(f[`${v}_nodes`]),
      `${f[`${v}_edges`]} (${f[`${v}_edges_drawn`]})`,
      `${f[`${v}_first_picture_ms`]} ms`,
      `${f[`${v}_longest_task_during_layout_ms`]} ms (${f[`${v}_longest_task_whole_load_ms`]} ms)`,
      `${f[`${v}_layout_seconds`]} s${f[`${v}_layout_finished`] ? '' : ', still running'}`,
      `${f[`${v}_pan_fps`]} fps`,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return `${rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n')}\n`;
}
