// What one frame of the explorer costs, by what it draws: loads a view (the bench's large graph, in
// the bench's own Neo4j, left running like explorer-trace.ts), waits for its edges to be drawn, then
// times frames in the page: from an action to the second animation frame after it (the first
// frame's drawing, and its commit, which waits for SwiftShader to draw it and reads it back).
//   npx ts-node --transpile-only bench/explorer-probe.ts [start|whole] [--runs 3] [--shots | --reading]
// By default: frames drawn at rest, with and without edges, as arrows, rectangles or thin lines, on a
// quarter of the pixels, with the WebGL layers hidden or fenced while drawn, and a frame at rest (as
// a click redraws) with the edges drawn into a framebuffer of their own, copied to the screen once
// fenced (rest_fbo_*: no long task, where the plain frame holds the page ~100-200 ms). --shots: a
// screenshot once the edges drawn offstage are shown, against one after a full redraw (they should
// be identical). --reading: how long sigma takes to read the drawn graph (a full refresh).
// A tool for comparing ways of drawing, not a measure of the page as it loads.
import * as os from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/setup/chromium';

const ROOT = join(__dirname, '..');
const log = (line: string): void => void process.stderr.write(`[probe] ${line}\n`);

async function main(argv: string[]): Promise<void> {
  const view = argv.includes('whole') ? 'whole' : 'start';
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  const { openGraphDatabase } = await import('../src/neo4j');
  const { sideServerConfig } = await import('../src/admin/side-server');
  const local = await import('../src/admin/local-server');
  const { startExplorer } = await import('../src/explorer/server');
  const side = { ...(await sideServerConfig(join(ROOT, 'bench-data', 'neo4j'))), heapSize: '2g', pageCacheSize: '1g' };
  const running = await local.start(side, log);
  const config = { uri: running.boltUri, user: local.DEFAULT_USER, password: local.serverPassword(side), database: undefined, local: false };
  const db = await openGraphDatabase({ config, startLocal: false });
  const chromium = await launchChromium();
  const explorer = await startExplorer({ db, port: 0, log });
  try {
    const page = await chromium.context.newPage();
    await page.goto(explorer.url + (view === 'whole' ? '#all' : ''));
    await page.waitForFunction(() => performance.getEntriesByName('kg-layout-start').length > 0, undefined, { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('kg-layout-end').length > 0, undefined, { timeout: 90_000 }).catch(() => undefined);
    await page.waitForFunction(() => (globalThis as unknown as { explorer: { view: { edgesDrawn: boolean } } }).explorer.view.edgesDrawn, undefined, { timeout: 30_000 });
    if (argv.includes('--shots')) {
      // The edges as shown once drawn offstage, against the same view drawn again in one frame.
      await page.waitForFunction(() => performance.getEntriesByName('kg-edges-shown').length > 0, undefined, { timeout: 30_000 }).catch(() => log('no kg-edges-shown mark'));
      const a = await page.screenshot({ path: join(ROOT, 'tests', 'artifacts', `probe-${view}-offstage.png`) });
      await page.evaluate(() => (globalThis as unknown as { explorer: { view: { renderer: { refresh(): void } } } }).explorer.view.renderer.refresh());
      await page.waitForTimeout(1000);
      const b = await page.screenshot({ path: join(ROOT, 'tests', 'artifacts', `probe-${view}-refreshed.png`) });
      log(`screenshots ${a.equals(b) ? 'identical' : 'DIFFERENT'} (${a.length} and ${b.length} bytes)`);
      return;
    }
    await page.waitForTimeout(1500);
    if (argv.includes('--reading')) {
      // Sigma's full reading of the drawn graph (what setGraph does before its frame), as it is and
      // with reducers that return objects of one fixed shape.
      const reading = await page.evaluate(async (runs: number) => {
        interface Renderer { refresh(o?: unknown): void; getSetting(k: string): unknown; setSetting(k: string, v: unknown): void; getGraph(): { order: number; size: number } }
        const w = globalThis as unknown as { explorer: { view: { renderer: Renderer } }; requestAnimationFrame(cb: () => void): number };
        const r = w.explorer.view.renderer;
        const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 300));
        type Reducer = (key: string, data: Record<string, unknown>) => Record<string, unknown>;
        const edgeReducer = r.getSetting('edgeReducer') as Reducer;
        const nodeReducer = r.getSetting('nodeReducer') as Reducer;
        const shapedEdge: Reducer = (key, data) => {
          const d = edgeReducer(key, data);
          return { color: d.color, size: d.size, hidden: !!d.hidden, label: '', forceLabel: false, type: d.type || '', zIndex: d.zIndex || 0 };
        };
        const out: Record<string, number[]> = { nodes: [r.getGraph().order], edges: [r.getGraph().size] };
        const time = (k: string) => {
          const t0 = performance.now();
          r.refresh({ schedule: true });
          (out[k] = out[k] || []).push(Math.round(performance.now() - t0));
        };
        for (let i = 0; i < runs; i++) {
          r.setSetting('edgeReducer', edgeReducer);
          await pause();
          time('as_is');
          await pause();
          r.setSetting('edgeReducer', shapedEdge);
          await pause();
          time('shaped_edges');
          await pause();
          r.setSetting('edgeReducer', () => ({ hidden: true }));
          await pause();
          time('no_edge_reducer_work');
          await pause();
        }
        r.setSetting('edgeReducer', edgeReducer);
        void nodeReducer;
        return out;
      }, runs);
      log(`${view} reading (load ${os.loadavg()[0].toFixed(1)}):`);
      for (const [k, v] of Object.entries(reading)) log(`  ${k.padEnd(22)} ${v.join(' ')}`);
      return;
    }
    const results = await page.evaluate(async (runs: number) => {
      // The page's objects, as far as they are used here.
      interface Renderer {
        refresh(o?: unknown): void;
        render(): void;
        setSetting(k: string, v: unknown): void;
        getSetting(k: string): unknown;
        getGraph(): { forEachEdge(cb: (e: string, a: Record<string, unknown>) => void): void; size: number };
        getCanvases(): Record<string, { width: number; height: number; style: Record<string, string> }>;
        resize(force?: boolean): void;
        getContainer(): { style: Record<string, string> };
      }
      const w = globalThis as unknown as { explorer: { view: { renderer: Renderer; setEdgesDrawn(on: boolean): void } }; requestAnimationFrame(cb: () => void): number };
      const v = w.explorer.view;
      const r = v.renderer;
      const frames = (n: number) => new Promise<void>((resolve) => {
        const step = () => (--n <= 0 ? resolve() : w.requestAnimationFrame(step));
        w.requestAnimationFrame(step);
      });
      const cost = async (action: () => void): Promise<number> => {
        await frames(3);
        const t0 = performance.now();
        action();
        await frames(2);
        return Math.round(performance.now() - t0);
      };
      const out: Record<string, number[]> = {};
      const note = (k: string, ms: number) => (out[k] = out[k] || []).push(ms);
      const canvas = r.getCanvases().edges;
      note('canvas_w', canvas.width);
      note('canvas_h', canvas.height);
      note('drawn_edges', r.getGraph().size);
      // The WebGL 2 calls the framebuffer experiment makes (no DOM types in this project).
      interface GL {
        [name: string]: unknown;
        drawingBufferWidth: number;
        drawingBufferHeight: number;
        FRAMEBUFFER: number; READ_FRAMEBUFFER: number; DRAW_FRAMEBUFFER: number; RENDERBUFFER: number; RGBA8: number;
        COLOR_ATTACHMENT0: number; COLOR_BUFFER_BIT: number; NEAREST: number; SYNC_GPU_COMMANDS_COMPLETE: number; SYNC_STATUS: number; SIGNALED: number;
        createFramebuffer(): unknown;
        createRenderbuffer(): unknown;
        deleteFramebuffer(f: unknown): void;
        deleteRenderbuffer(r: unknown): void;
        bindRenderbuffer(t: number, r: unknown): void;
        renderbufferStorage(t: number, format: number, w: number, h: number): void;
        framebufferRenderbuffer(t: number, attachment: number, rt: number, r: unknown): void;
        bindFramebuffer(t: number, f: unknown): void;
        blitFramebuffer(...a: number[]): void;
        fenceSync(c: number, f: number): unknown;
        getSyncParameter(s: unknown, p: number): number;
        deleteSync(s: unknown): void;
        flush(): void;
      }
      interface WebGL { fenceSync(c: number, f: number): unknown; flush(): void; getSyncParameter(s: unknown, p: number): number; deleteSync(s: unknown): void; SYNC_GPU_COMMANDS_COMPLETE: number; SYNC_STATUS: number; SIGNALED: number }
      // Long tasks and gaps between animation frames while `ms` pass.
      const longTasks: number[] = [];
      new (globalThis as unknown as { PerformanceObserver: new (cb: (l: { getEntries(): Array<{ duration: number }> }) => void) => { observe(o: unknown): void } }).PerformanceObserver((l) => {
        for (const e of l.getEntries()) longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
      const watch = async (ms: number): Promise<{ gap: number; task: number }> => {
        longTasks.length = 0;
        let gap = 0;
        const began = performance.now();
        let last = began;
        await new Promise<void>((resolve) => {
          const step = () => {
            const now = performance.now();
            gap = Math.max(gap, now - last);
            last = now;
            if (now - began < ms) w.requestAnimationFrame(step);
            else resolve();
          };
          w.requestAnimationFrame(step);
        });
        return { gap: Math.round(gap), task: Math.round(Math.max(0, ...longTasks)) };
      };
      const gl = (r as unknown as { webGLContexts: Record<string, { flush(): void }> }).webGLContexts.edges;
      for (let i = 0; i < runs; i++) {
        await frames(3);
        let m = await (async () => { r.render(); return watch(600); })();
        note('plain_render_gap', m.gap);
        note('plain_render_task', m.task);
        // Drawn while the edges' layer is hidden, shown 400 ms later.
        await frames(3);
        canvas.style.visibility = 'hidden';
        r.render();
        gl.flush();
        m = await watch(400);
        note('hidden_draw_gap', m.gap);
        note('hidden_draw_task', m.task);
        canvas.style.visibility = '';
        m = await watch(400);
        note('shown_after_gap', m.gap);
        note('shown_after_task', m.task);
        // Every WebGL layer hidden while drawn, shown 400 ms later.
        await frames(3);
        const layers = ['edges', 'nodes', 'hoverNodes'].map((id) => r.getCanvases()[id]).filter(Boolean);
        for (const l of layers) l.style.visibility = 'hidden';
        r.render();
        gl.flush();
        m = await watch(400);
        note('all_hidden_draw_gap', m.gap);
        note('all_hidden_draw_task', m.task);
        for (const l of layers) l.style.visibility = '';
        m = await watch(400);
        note('all_shown_after_gap', m.gap);
        note('all_shown_after_task', m.task);
        // Edges hidden, nodes shown and committed, then the edges' fence; edges shown once it is signalled.
        {
          await frames(3);
          const contexts = (r as unknown as { webGLContexts: Record<string, WebGL> }).webGLContexts;
          const c = contexts.edges;
          canvas.style.visibility = 'hidden';
          longTasks.length = 0;
          const t0 = performance.now();
          r.render();
          await new Promise((resolve) => w.requestAnimationFrame(() => setTimeout(resolve, 0)));
          note('late_fence_nodes_frame_ms', Math.round(performance.now() - t0));
          const f = c.fenceSync(c.SYNC_GPU_COMMANDS_COMPLETE, 0);
          c.flush();
          while (c.getSyncParameter(f, c.SYNC_STATUS) !== c.SIGNALED) await new Promise((resolve) => setTimeout(resolve, 5));
          c.deleteSync(f);
          note('late_fence_signalled_ms', Math.round(performance.now() - t0));
          note('late_fence_task_meanwhile', Math.round(Math.max(0, ...longTasks)));
          canvas.style.visibility = '';
          m = await watch(400);
          note('late_fence_shown_task', m.task);
        }
        // A frame at rest (as a click redraws): plain, and with the edges drawn into a framebuffer of
        // their own, the other WebGL layers untouched, then copied to the screen once fenced.
        {
          await frames(3);
          r.refresh();
          m = await watch(500);
          note('rest_refresh_plain_task', m.task);
          await frames(3);
          const contexts = (r as unknown as { webGLContexts: Record<string, GL> }).webGLContexts;
          const e = contexts.edges;
          const fbo = e.createFramebuffer();
          const rb = e.createRenderbuffer();
          e.bindRenderbuffer(e.RENDERBUFFER, rb);
          e.renderbufferStorage(e.RENDERBUFFER, e.RGBA8, e.drawingBufferWidth, e.drawingBufferHeight);
          let redirect = true;
          const bindEdges = e.bindFramebuffer.bind(e);
          e.bindFramebuffer = (t: number, f: unknown) => bindEdges(t, f === null && redirect ? fbo : f);
          bindEdges(e.FRAMEBUFFER, fbo);
          e.framebufferRenderbuffer(e.FRAMEBUFFER, e.COLOR_ATTACHMENT0, e.RENDERBUFFER, rb);
          bindEdges(e.FRAMEBUFFER, null);
          // Held: clears and draws on the screen skipped.
          const held = new Set<GL>([contexts.nodes, contexts.hoverNodes]);
          const restore: Array<() => void> = [];
          for (const c of [contexts.nodes, contexts.hoverNodes, e]) {
            let screen = true;
            const bind = c.bindFramebuffer;
            c.bindFramebuffer = (t: number, f: unknown) => {
              screen = f === null;
              return bind(t, f);
            };
            const names = ['clear', 'drawArrays', 'drawArraysInstanced', 'drawElements'] as const;
            const originals = names.map((n) => c[n]);
            names.forEach((n, i) => {
              (c as unknown as Record<string, unknown>)[n] = (...a: unknown[]) => (screen && held.has(c) ? undefined : (originals[i] as (...x: unknown[]) => unknown).apply(c, a));
            });
            restore.push(() => {
              c.bindFramebuffer = bind;
              names.forEach((n, i) => ((c as unknown as Record<string, unknown>)[n] = originals[i]));
            });
          }
          longTasks.length = 0;
          const t0 = performance.now();
          r.refresh();
          const f = e.fenceSync(e.SYNC_GPU_COMMANDS_COMPLETE, 0);
          e.flush();
          while (e.getSyncParameter(f, e.SYNC_STATUS) !== e.SIGNALED) await new Promise((resolve) => setTimeout(resolve, 5));
          e.deleteSync(f);
          note('rest_fbo_signalled_ms', Math.round(performance.now() - t0));
          note('rest_fbo_task_meanwhile', Math.round(Math.max(0, ...longTasks)));
          // Copied to the screen; the nodes drawn over it, the edges' layer left as it is.
          redirect = false;
          bindEdges(e.READ_FRAMEBUFFER, fbo);
          bindEdges(e.DRAW_FRAMEBUFFER, null);
          e.blitFramebuffer(0, 0, e.drawingBufferWidth, e.drawingBufferHeight, 0, 0, e.drawingBufferWidth, e.drawingBufferHeight, e.COLOR_BUFFER_BIT, e.NEAREST);
          bindEdges(e.FRAMEBUFFER, null);
          held.clear();
          held.add(e);
          r.render();
          held.clear();
          m = await watch(500);
          note('rest_fbo_shown_task', m.task);
          for (const undo of restore) undo();
          e.bindFramebuffer = bindEdges;
          e.deleteFramebuffer(fbo);
          e.deleteRenderbuffer(rb);
        }
        // The same with a fence: shown once the GPU has drawn them.
        for (const fenced of ['edges', 'all']) {
          await frames(3);
          for (const l of layers) l.style.visibility = 'hidden';
          r.render();
          const contexts = (r as unknown as { webGLContexts: Record<string, WebGL> }).webGLContexts;
          const fences = Object.entries(contexts).filter(([id]) => fenced === 'all' || id === 'edges').map(([, c]) => [c, c.fenceSync(c.SYNC_GPU_COMMANDS_COMPLETE, 0)] as const);
          for (const [c] of fences) c.flush();
          const t0 = performance.now();
          longTasks.length = 0;
          let polls = 0;
          while (fences.some(([c, f]) => c.getSyncParameter(f, c.SYNC_STATUS) !== c.SIGNALED)) {
            polls++;
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          note(`fence_${fenced}_signalled_ms`, Math.round(performance.now() - t0));
          note(`fence_${fenced}_task_meanwhile`, Math.round(Math.max(0, ...longTasks)));
          for (const [c, f] of fences) c.deleteSync(f);
          for (const l of layers) l.style.visibility = '';
          m = await watch(400);
          note(`fence_${fenced}_shown_task`, m.task);
        }
      }
      for (let i = 0; i < runs; i++) {
        note('render_at_rest', await cost(() => r.render()));
        note('refresh_at_rest', await cost(() => r.refresh()));
        v.setEdgesDrawn(false);
        note('nodes_only_render', await cost(() => r.render()));
        note('edges_back', await cost(() => v.setEdgesDrawn(true)));
        const type = r.getSetting('defaultEdgeType');
        for (const t of ['line', 'thin', 'arrow']) {
          r.setSetting('defaultEdgeType', t);
          await frames(3);
          note(`render_${t}`, await cost(() => r.render()));
        }
        r.setSetting('defaultEdgeType', type);
        // Half the width and height: a quarter of the pixels.
        const c = r.getContainer();
        const width = c.style.width;
        const height = c.style.height;
        c.style.width = `${canvas.width / 2}px`;
        c.style.height = `${canvas.height / 2}px`;
        r.resize(true);
        await frames(3);
        note('render_quarter_pixels', await cost(() => r.render()));
        c.style.width = width;
        c.style.height = height;
        r.resize(true);
        await frames(3);
      }
      return out;
    }, runs);
    log(`${view} (load ${os.loadavg()[0].toFixed(1)}):`);
    for (const [k, v] of Object.entries(results)) log(`  ${k.padEnd(22)} ${v.join(' ')}`);
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
