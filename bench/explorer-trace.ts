// Where the explorer's main-thread time goes: loads one view of the explorer (the bench's large graph,
// in the bench's own Neo4j) in headless Chromium under a Chrome trace, and prints every main-thread
// task over a threshold with the functions that took its time (self and inclusive, from the trace's
// CPU samples), and the marks the page set (first picture, layout start and end).
//   npx ts-node --transpile-only bench/explorer-trace.ts [start|whole] [--pan] [--min-ms 100] [--layout-seconds 90]
// (the layout is stopped after --layout-seconds, then the trace waits for the edges to be drawn again)
// A tool for finding long tasks, not a measure: tracing slows the page down. Set
// KG_EXPLORER_MINIFY=0 to keep the bundle's function names.
import { join } from 'node:path';
import { launchChromium } from '../tests/setup/chromium';

const ROOT = join(__dirname, '..');
const log = (line: string): void => void process.stderr.write(`[trace] ${line}\n`);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; parent?: number; callFrame: CallFrame }

/** The renderer main thread's CPU samples: [time µs, node id], and the nodes. */
function samplesOf(events: TraceEvent[], pid: number, tid: number): { samples: Array<[number, number]>; nodes: Map<number, ProfileNode> } {
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<[number, number]> = [];
  const profiles = new Map<string, number>(); // profile id -> last time (the profiles of this thread only)
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.tid === tid && e.args?.data) profiles.set(e.id ?? '', Number((e.args.data as { startTime: number }).startTime));
    if (e.name !== 'ProfileChunk' || !e.args?.data || !profiles.has(e.id ?? '')) continue;
    const data = e.args.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    let t = profiles.get(e.id ?? '') ?? 0;
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      t += deltas[i] ?? 0;
      samples.push([t, ids[i]]);
    }
    profiles.set(e.id ?? '', t);
  }
  samples.sort((a, b) => a[0] - b[0]);
  return { samples, nodes };
}

const frameName = (f: CallFrame): string => `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop() ?? ''}:${(f.lineNumber ?? 0) + 1}`;

function report(events: TraceEvent[], minMs: number): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ProfileChunk'));
  if (!main) throw new Error('no renderer main thread with CPU samples in the trace');
  const { pid, tid } = main;
  const marks = events.filter((e) => e.pid === pid && e.cat.includes('blink.user_timing') && e.name.startsWith('kg-'));
  const t0 = Math.min(...events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').map((e) => e.ts));
  const ms = (t: number): string => ((t - t0) / 1000).toFixed(0);
  for (const m of marks) log(`mark ${m.name} at ${ms(m.ts)} ms`);
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) >= minMs * 1000);
  const { samples, nodes } = samplesOf(events, pid, tid);
  log(`${tasks.length} tasks of ${minMs} ms or more on the main thread; ${samples.length} samples`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let prev = task.ts;
    for (const [t, id] of samples) {
      if (t < task.ts || t > end) continue;
      const dt = (t - prev) / 1000;
      prev = t;
      const node = nodes.get(id);
      if (!node) continue;
      self.set(frameName(node.callFrame), (self.get(frameName(node.callFrame)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = node; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
        const name = frameName(n.callFrame);
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
      }
    }
    const top = (m: Map<string, number>, k: number): string =>
      [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, v]) => `    ${v.toFixed(0).padStart(5)} ms  ${n}`).join('\n');
    // The events inside the task (layout, paint, GC, function calls) by total time.
    const inside = new Map<string, number>();
    for (const e of events) {
      if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e === task || e.ts < task.ts || e.ts > end) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    log(`task at ${ms(task.ts)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms`);
    process.stderr.write(`  events:\n${top(inside, 8)}\n  self:\n${top(self, 12)}\n  inclusive:\n${top(inclusive, 25)}\n`);
  }
}

async function main(argv: string[]): Promise<void> {
  const minAt0 = argv.indexOf('--min-ms');
  const fileAt = argv.indexOf('--file');
  if (fileAt >= 0) {
    // A trace saved by an earlier run, analysed again.
    const parsed = JSON.parse(require('node:fs').readFileSync(argv[fileAt + 1], 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    report(Array.isArray(parsed) ? parsed : parsed.traceEvents, minAt0 >= 0 ? Number(argv[minAt0 + 1]) : 100);
    return;
  }
  const view = argv.includes('whole') ? 'whole' : 'start';
  const pan = argv.includes('--pan');
  const minAt = argv.indexOf('--min-ms');
  const minMs = minAt >= 0 ? Number(argv[minAt + 1]) : 100;
  const { openGraphDatabase } = await import('../src/neo4j');
  const { sideServerConfig } = await import('../src/admin/side-server');
  const local = await import('../src/admin/local-server');
  const { startExplorer } = await import('../src/explorer/server');
  const side = { ...(await sideServerConfig(join(ROOT, 'bench-data', 'neo4j'))), heapSize: '2g', pageCacheSize: '1g' };
  const running = await local.start(side, log); // left running for the next run: `kg`-style stop by hand
  const config = { uri: running.boltUri, user: local.DEFAULT_USER, password: local.serverPassword(side), database: undefined, local: false };
  const db = await openGraphDatabase({ config, startLocal: false });
  const chromium = await launchChromium();
  const explorer = await startExplorer({ db, port: 0, log });
  try {
    const url = explorer.url + (view === 'whole' ? '#all' : '');
    const warm = await chromium.context.newPage();
    await warm.goto(url);
    await warm.waitForFunction(() => performance.getEntriesByName('kg-first-picture').length > 0, undefined, { timeout: 120_000 });
    await warm.close();
    const page = await chromium.context.newPage();
    const cdp = await chromium.context.newCDPSession(page);
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', '__metadata', ...(argv.includes('--gpu') ? ['gpu', 'disabled-by-default-gpu.decoder', 'viz', 'cc'] : [])];
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories, recordMode: 'recordContinuously' }, transferMode: 'ReturnAsStream' });
    await page.goto(url);
    const layoutAt = argv.indexOf('--layout-seconds');
    const layoutSeconds = layoutAt >= 0 ? Number(argv[layoutAt + 1]) : 90;
    await page.waitForFunction(() => performance.getEntriesByName('kg-layout-start').length > 0, undefined, { timeout: 120_000 }).catch(() => log('no layout started'));
    await page.waitForFunction(() => performance.getEntriesByName('kg-layout-end').length > 0, undefined, { timeout: layoutSeconds * 1000 }).catch(() => log('layout still running'));
    // Stopped as the bench stops it before panning.
    await page.evaluate(() => {
      const v = (globalThis as unknown as { explorer: { view: { layout: { running: boolean; stop(): void } | null } } }).explorer.view;
      if (v.layout && v.layout.running) v.layout.stop();
    });
    // Until the edges are drawn again after the layout (in slices), and a little longer.
    await page.waitForFunction(() => (globalThis as unknown as { explorer: { view: { edgesDrawn: boolean } } }).explorer.view.edgesDrawn, undefined, { timeout: 30_000 }).catch(() => log('edges not drawn again'));
    await page.waitForTimeout(1500);
    if (pan) {
      await page.evaluate(() => performance.mark('kg-pan-start'));
      await page.evaluate(async () => {
        interface Target { dispatchEvent(event: unknown): boolean }
        const w = globalThis as unknown as {
          explorer: { view: { renderer: { getMouseCaptor(): { container: Target & { getBoundingClientRect(): { left: number; top: number; width: number; height: number } } } } } };
          document: Target;
          MouseEvent: new (type: string, init: Record<string, unknown>) => unknown;
          requestAnimationFrame(callback: (now: number) => void): number;
        };
        const el = w.explorer.view.renderer.getMouseCaptor().container;
        const box = el.getBoundingClientRect();
        const at = { x: box.left + box.width * 0.9, y: box.top + box.height * 0.9 };
        const mouse = (type: string, x: number, y: number): unknown => new w.MouseEvent(type, { clientX: x, clientY: y, button: 0, bubbles: true, cancelable: true });
        el.dispatchEvent(mouse('mousedown', at.x, at.y));
        const began = performance.now();
        await new Promise<void>((resolve) => {
          const step = (now: number): void => {
            const a = ((now - began) / 1000) * Math.PI;
            w.document.dispatchEvent(mouse('mousemove', at.x + 150 * Math.cos(a) - 150, at.y + 100 * Math.sin(a)));
            if (now - began < 2000) w.requestAnimationFrame(step);
            else resolve();
          };
          w.requestAnimationFrame(step);
        });
        w.document.dispatchEvent(mouse('mouseup', at.x, at.y));
        performance.mark('kg-pan-end');
      });
      await page.waitForTimeout(1000);
    }
    const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')));
    await cdp.send('Tracing.end');
    const stream = await done;
    let text = '';
    for (;;) {
      const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    require('node:fs').writeFileSync(join(ROOT, 'tests', 'artifacts', `explorer-trace-${view}.json`), text);
    report(events, minMs);
  } finally {
    await explorer.close();
    await chromium.close();
    await db.close();
  }
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
