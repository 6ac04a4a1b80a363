// `npm run -s bench -- --phase explorer`: the explorer (kg serve) in headless Chromium on the large
// graph of bench/explorer-graph.ts (14,000 bench articles: ~21,000 nodes, ~300,000 claim and
// affiliation edges, ~135,000 merged). Two views, each in a fresh page:
//   start  the page as it opens: the 50 most active actors
//   whole  the whole graph (/#all)
// and for each: time to first picture (navigation start to sigma's first drawn frame), the longest
// main-thread task while the layout runs (PerformanceObserver 'longtask'; also the longest over the
// whole load), and frames per second while panning with the mouse (frames sigma drew / seconds).
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
  pan_fps: number;
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
  const t = await page.evaluate(() => {
    const start = performance.getEntriesByName('kg-layout-start')[0].startTime;
    const endMark = performance.getEntriesByName('kg-layout-end')[0];
    const end = endMark ? endMark.startTime : performance.now();
    const tasks = (globalThis as unknown as { __kgLongTasks: Array<[number, number]> }).__kgLongTasks;
    const during = tasks.filter(([s, d]) => s + d >= start && s <= end);
    const view = (globalThis as unknown as PageGlobals).explorer!.view;
    return {
      start,
      end,
      finished: !!endMark,
      longestDuring: Math.max(0, ...during.map(([, d]) => d)),
      longestAll: Math.max(0, ...tasks.filter(([s]) => s <= end).map(([, d]) => d)),
      countDuring: during.length,
      nodes: view.graph.order,
      edges: view.graph.size,
    };
  });
  // Panning: the layout stopped first, so the frames measure drawing, not the layout's updates.
  await page.evaluate(() => {
    const view = (globalThis as unknown as { explorer: { view: { layout: { running: boolean; stop(): void } | null } } }).explorer.view;
    if (view.layout && view.layout.running) view.layout.stop();
  });
  // Grab the background, not a node (dragging a node moves and pins it instead of panning).
  const box = (await page.locator('#graph').boundingBox())!;
  const free = await page.evaluate(({ w, h }) => {
    const r = (globalThis as unknown as { explorer: { view: { renderer: { getNodeAtPosition(p: { x: number; y: number }): string | null } } } }).explorer.view.renderer;
    for (let y = 0.5; y < 1; y += 0.05) for (let x = 0.5; x < 1; x += 0.05) if (!r.getNodeAtPosition({ x: x * w, y: y * h })) return { x: x * w, y: y * h };
    return { x: 5, y: 5 };
  }, { w: box.width, h: box.height });
  const cx = box.x + free.x;
  const cy = box.y + free.y;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const frames0 = await page.evaluate(() => (globalThis as unknown as PageGlobals).explorer!.view.frames);
  const began = Date.now();
  let i = 0;
  while (Date.now() - began < 3000) {
    const a = (i++ / 40) * 2 * Math.PI;
    await page.mouse.move(cx + 150 * Math.cos(a), cy + 100 * Math.sin(a));
  }
  const frames1 = await page.evaluate(() => (globalThis as unknown as PageGlobals).explorer!.view.frames);
  const seconds = (Date.now() - began) / 1000;
  await page.mouse.up();
  return {
    nodes: t.nodes,
    edges: t.edges,
    first_picture_ms: Math.round(firstPicture),
    layout_seconds: Math.round((t.end - t.start) / 100) / 10,
    layout_finished: t.finished,
    longest_task_during_layout_ms: Math.round(t.longestDuring),
    longest_task_whole_load_ms: Math.round(t.longestAll),
    long_tasks_during_layout: t.countDuring,
    pan_fps: Math.round(((frames1 - frames0) / seconds) * 10) / 10,
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
  const rows: string[][] = [['view', 'nodes', 'edges', 'first picture', 'longest task in layout (whole load)', 'layout', 'pan'], ['target', '', '', `≤ ${EXPLORER_TARGETS.first_picture_ms} ms`, `≤ ${EXPLORER_TARGETS.longest_task_ms} ms`, '', `≥ ${EXPLORER_TARGETS.pan_fps} fps`]];
  for (const v of ['start', 'whole']) {
    rows.push([
      v,
      String(f[`${v}_nodes`]),
      String(f[`${v}_edges`]),
      `${f[`${v}_first_picture_ms`]} ms`,
      `${f[`${v}_longest_task_during_layout_ms`]} ms (${f[`${v}_longest_task_whole_load_ms`]} ms)`,
      `${f[`${v}_layout_seconds`]} s${f[`${v}_layout_finished`] ? '' : ', still running'}`,
      `${f[`${v}_pan_fps`]} fps`,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return `${rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n')}\n`;
}
