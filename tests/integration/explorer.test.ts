// The explorer (kg serve) against the seeds graph: its JSON endpoints and their checks over HTTP,
// then the page end to end in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core; skipped, with a message, when it is not installed).
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { startExplorer, type RunningExplorer } from '../../src/explorer/server';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { launchChromium, hasChromium as chromiumInstalled, CHROMIUM, type Chromium } from '../setup/chromium';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { loadSeedsGraph } from '../setup/seeds-graph';
import { RELATION_TYPE_NAMES } from '../../src/relations/registry';

jest.setTimeout(180_000);

// Browser-side functions see the page's globals through this type (the project compiles without
// the DOM typings). They are passed as functions, not strings: the page's CSP forbids eval, which
// Playwright would need for a string.
interface PageView {
  graph: { order: number; size: number; getEdgeAttribute(edge: string, name: string): string };
  edgeShown: Map<string, number>;
  layout: { running: boolean } | null;
}
interface PageGlobals {
  explorer?: { view: PageView };
}
// What the analyst's walk below reads of the page (each function sent to the page finds it itself).
interface WalkView {
  graph: {
    order: number;
    size: number;
    hasNode(id: string): boolean;
    nodes(): string[];
    edges(id?: string): string[];
    neighbors(id: string): string[];
    source(edge: string): string;
    target(edge: string): string;
    getNodeAttributes(id: string): { x: number; y: number; fixed?: boolean; label: string; kind: string };
    getEdgeAttributes(edge: string): { count: number; size: number; rel: string; undated: number };
  };
  hiddenNodes: Set<string>;
  nodeShown: Set<string>;
  edgeShown: Map<string, number>;
  visible: { nodes: number; claims: number; undated: number };
  highlight: Set<string> | null;
  communities: Map<string, string> | null;
  sizes: Map<string, number> | null;
  layout: { running: boolean } | null;
  renderer: {
    graphToViewport(p: { x: number; y: number }): { x: number; y: number };
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getNodeDisplayData(id: string): { x: number; y: number; size: number; hidden?: boolean } | undefined;
    getCamera(): { isAnimated(): boolean };
  };
}
// Each is sent to the page on its own: no reference to anything else in this file.
// The start view draws its nodes first, their edges when they come: both in.
const graphDrawn = (): boolean => ((globalThis as unknown as PageGlobals).explorer?.view.graph.order ?? 0) > 10 && ((globalThis as unknown as PageGlobals).explorer?.view.graph.size ?? 0) > 10;
const drawnCounts = (): { nodes: number; edges: number } => {
  const view = (globalThis as unknown as PageGlobals).explorer?.view;
  return { nodes: view?.graph.order ?? 0, edges: view?.graph.size ?? 0 };
};
const onlyThreatsShown = (): boolean => {
  const view = (globalThis as unknown as PageGlobals).explorer?.view;
  if (!view) return false;
  const types = [...view.edgeShown.keys()].map((e) => view.graph.getEdgeAttribute(e, 'rel'));
  return types.length > 0 && types.every((t) => t === 'THREAT');
};
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: () => Record<string, unknown>;
}

/** A raw request (fetch would not let us set Host or send other methods as freely). */
function request(base: string, pathAndQuery: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname: url.hostname, port: url.port, path: pathAndQuery, method: options.method ?? 'GET', headers: options.host ? { Host: options.host } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) as Record<string, unknown> });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('explorer', () => {
  let db: GraphDatabase;
  let explorer: RunningExplorer;
  let putinId: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSeedsGraph(db);
    explorer = await startExplorer({ db, port: 0 });
  }, 600_000); // the seeds through the pipeline: minutes on a machine shared with other work

  afterAll(async () => {
    await explorer?.close();
    await wipeDatabase(db);
    await db.close();
  });

  describe('endpoints', () => {
    test('listens on 127.0.0.1 by default', () => {
      expect(explorer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    });

    test('the page and its scripts (sigma.js and graphology bundled in) come from this server', async () => {
      const page = await request(explorer.url, '/');
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.headers['content-security-policy']).toContain("worker-src 'self'");
      // No third-party origin anywhere in the page.
      expect(page.body).not.toMatch(/(src|href)="(https?:)?\/\//);
      const app = await request(explorer.url, '/app.js');
      expect(app.status).toBe(200);
      expect(app.headers['content-type']).toMatch(/javascript/);
      expect(app.body.length).toBeGreaterThan(100_000);
      expect(app.body).toContain('sigma'); // the bundle keeps the packages' licence notices
      expect(app.body).not.toMatch(/https?:\/\/(?!www\.w3\.org|github\.com|www\.sigmajs\.org)[a-z0-9.-]+\.[a-z]{2,}\/[^"'\s]*\.js/);
      const worker = await request(explorer.url, '/layout-worker.js');
      expect(worker.status).toBe(200);
      expect(worker.body.length).toBeGreaterThan(1000);
    });

    test('meta: counts, each type with its kind and colour (the registry\'s, else style.grass)', async () => {
      const meta = (await request(explorer.url, '/api/meta')).json() as { types: Array<Record<string, unknown>>; labels: Array<Record<string, unknown>>; actors: number; relationTypes: Array<Record<string, unknown>> };
      const byType = Object.fromEntries(meta.types.map((t) => [t.type, t]));
      expect(byType.THREAT).toMatchObject({ kind: 'claim', colour: '#d62728', caption: 'threats' });
      expect(byType.STATEMENT).toMatchObject({ kind: 'claim' });
      expect(byType.AFFILIATED_WITH).toMatchObject({ kind: 'affiliation' });
      // Not a registered relation type: its kind read from its edges, its colour from style.grass.
      expect(byType.MENTIONS).toMatchObject({ kind: 'mention', colour: '#d9dce1' });
      expect(meta.relationTypes.map((t) => t.name)).toEqual(expect.arrayContaining(['STATEMENT', 'THREAT', 'PROPOSAL', 'AFFILIATED_WITH']));
      expect(meta.labels.find((l) => l.label === 'Person')).toMatchObject({ colour: '#4c8eda' });
      expect(meta.actors).toBeGreaterThan(10);
    });

    test('search finds an actor by name or alias, any case', async () => {
      const byName = (await request(explorer.url, '/api/search?q=putin')).json().results as Array<Record<string, unknown>>;
      expect(byName[0]).toMatchObject({ name: 'Vladimir Putin', label: 'Person' });
      putinId = String(byName[0].id);
      const byAlias = (await request(explorer.url, '/api/search?q=Kremlin%20spokesman')).json().results as Array<Record<string, unknown>>;
      expect(byAlias[0]).toMatchObject({ name: 'Dmitry Peskov', alias: 'Kremlin spokesman' });
    });

    type Payload = { nodes: Array<[string, string, string]>; types: string[]; edges: Array<[number, number, number, number, number[]]> };
    const claimsIn = (p: Payload): number => p.edges.reduce((sum, e) => sum + e[3], 0);

    test('graph: every edge from an actor, merged per direction and type, with its dates', async () => {
      const all = (await request(explorer.url, '/api/graph')).json() as unknown as Payload;
      expect(all.nodes.length).toBeGreaterThan(10);
      expect(new Set(all.types)).toEqual(new Set(RELATION_TYPE_NAMES)); // the seeds have every registered type
      for (const [s, t, type, count, days] of all.edges) {
        expect(all.nodes[s] && all.nodes[t] && all.types[type]).toBeTruthy();
        expect(days.length).toBeLessThanOrEqual(count);
      }
      // Merged: one row per (source, target, type), and the counts add up to every edge.
      const keys = new Set(all.edges.map(([s, t, type]) => `${s}|${t}|${type}`));
      expect(keys.size).toBe(all.edges.length);
      const [n] = await column<number>(db, 'MATCH (:Entity)-[r]->() RETURN count(r)');
      expect(claimsIn(all)).toBe(n);
      expect(all.edges.some((e) => e[3] > 1)).toBe(true);
    });

    test('top: the most active actors and the edges between them', async () => {
      const top = (await request(explorer.url, '/api/top?limit=10')).json() as unknown as Payload;
      expect(top.nodes.length).toBe(10);
      expect(top.nodes.map((n) => n[2])).toContain('Vladimir Putin');
      expect(top.edges.length).toBeGreaterThan(0);
      // The start view's first picture: the same actors, in the same order, without their edges.
      const first = (await request(explorer.url, '/api/top-nodes?limit=10')).json() as unknown as Payload & { activity: Record<string, number> };
      expect(first.nodes).toEqual(top.nodes);
      expect(first.edges).toEqual([]);
      expect(Object.values(first.activity).every((a) => a > 0)).toBe(true);
    });

    test('expand, claims and article: from an actor to the sentence in its article', async () => {
      const hood = (await request(explorer.url, `/api/expand?id=${putinId}`)).json() as unknown as Payload;
      expect(hood.nodes[0][0]).toBe(putinId);
      const threat = hood.edges.find((e) => hood.types[e[2]] === 'THREAT' && e[0] === 0);
      expect(threat).toBeDefined();
      const target = hood.nodes[threat![1]][0];
      const { claims } = (await request(explorer.url, `/api/claims?source=${putinId}&target=${encodeURIComponent(target)}&type=THREAT`)).json() as { claims: Array<Record<string, unknown>> };
      expect(claims.length).toBe(threat![3]);
      const legit = claims.find((c) => String(c.evidence).includes('legitimate target'));
      expect(legit).toBeDefined();
      const articleId = (legit!.article as Record<string, string>).id;
      const article = (await request(explorer.url, `/api/article?id=${articleId}`)).json() as { text: string; claims: Array<{ id: string; start: number; end: number }> };
      const mine = article.claims.find((c) => c.id === legit!.id);
      expect(article.text.slice(mine!.start, mine!.end)).toContain('legitimate target');
      expect(article.claims.length).toBeGreaterThan(1);
    });

    test('timeline: edges per type and day, undated apart', async () => {
      const t = (await request(explorer.url, '/api/timeline')).json() as { types: string[]; days: Array<[number, number, number]>; undated: Record<string, number> };
      const total = t.days.reduce((sum, d) => sum + d[2], 0) + Object.values(t.undated).reduce((a, b) => a + b, 0);
      const [n] = await column<number>(db, 'MATCH (:Entity)-[r]->() RETURN count(r)');
      expect(total).toBe(n);
      expect(t.days.length).toBeGreaterThan(0);
    });

    test('node: aliases, affiliations and edges', async () => {
      const { node, edges } = (await request(explorer.url, `/api/node?id=${putinId}`)).json() as { node: Record<string, unknown>; edges: Array<Record<string, unknown>> };
      expect(node.aliases).toEqual(expect.arrayContaining(['Putin']));
      expect(edges.some((e) => e.type === 'AFFILIATED_WITH' && (e.other as Record<string, unknown>).name === 'Russia')).toBe(true);
      expect(edges.some((e) => e.type === 'THREAT' && e.direction === 'out')).toBe(true);
    });

    test('edge: the evidence, the quote and the article', async () => {
      const { edges } = (await request(explorer.url, `/api/node?id=${putinId}`)).json() as { edges: Array<Record<string, unknown>> };
      const threat = edges.find((e) => e.type === 'THREAT' && String(e.evidence).includes('legitimate target'));
      const edge = (await request(explorer.url, `/api/edge?id=${threat?.id}`)).json();
      expect(edge).toMatchObject({ type: 'THREAT', source: expect.objectContaining({ name: 'Vladimir Putin' }) });
      expect(String(edge.evidence)).toContain('legitimate target');
      expect(edge.targetFrom).toMatch(/^(sentence|earlier claim|other side)$/);
      expect((edge.article as Record<string, unknown>).title).toEqual(expect.any(String));
    });

    test('the query pack is listed and runs with checked parameters', async () => {
      const { queries } = (await request(explorer.url, '/api/queries')).json() as { queries: Array<Record<string, unknown>> };
      expect(queries.map((q) => q.name)).toContain('affiliations');
      const result = (await request(explorer.url, '/api/query/affiliations?actor=the%20Kremlin')).json() as { rows: Array<Record<string, unknown>> };
      expect(result.rows.map((r) => r.person)).toContain('Dmitry Peskov');
    });

    test('the Neo4j Browser guide and style, readable from Browser\'s origin', async () => {
      const guide = await request(explorer.url, '/guide', { host: 'localhost:7475' });
      expect(guide.status).toBe(200);
      expect(guide.headers['access-control-allow-origin']).toBe('*');
      expect(guide.body).toContain('<article class="guide">');
      const { queries } = (await request(explorer.url, '/api/queries')).json() as { queries: Array<{ name: string }> };
      for (const q of queries) expect(guide.body).toContain(`<h3>${q.name}</h3>`);
      expect(guide.body).toContain(':params {actor: &#39;the Kremlin&#39;, role: null}');
      const preflight = await request(explorer.url, '/guide', { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
      const style = await request(explorer.url, '/style.grass');
      expect(style.body).toMatch(/^node \{/);
      expect(style.body).toContain('node.Person');
      // Everything else stays same-origin.
      expect((await request(explorer.url, '/api/meta')).headers['access-control-allow-origin']).toBeUndefined();
      expect((await request(explorer.url, '/api/meta', { method: 'OPTIONS' })).status).toBe(405);
    });

    const LONG_Q = `/api/search?q=${'x'.repeat(201)}`;
    const HUGE_URL = `/api/search?q=${'x'.repeat(3000)}`;
    const REFUSED: Array<[string, number, RegExp]> = [
      ['/api/graph?limit=0', 400, /between 1 and 500000/],
      ['/api/graph?limit=abc', 400, /whole number/],
      ['/api/graph?cypher=MATCH%20(n)%20RETURN%20n', 400, /unknown parameter cypher/],
      ['/api/top?limit=501', 400, /between 1 and 500/],
      ['/api/top-nodes?limit=0', 400, /between 1 and 500/],
      ['/api/expand', 400, /needs id/],
      ['/api/claims?source=a&target=b', 400, /needs type/],
      ['/api/claims?source=a&target=b&type=THREAT%00', 400, /control characters/],
      ['/api/article?id=art_nothing', 404, /no such article/],
      ['/api/timeline?from=2024-01-01', 400, /unknown parameter from/],
      ['/api/search', 400, /needs q/],
      ['/api/search?q=', 400, /needs q/],
      [LONG_Q, 400, /longer than 200/],
      ['/api/search?q=a&q=b', 400, /given twice/],
      ['/api/search?q=%00', 400, /control characters/],
      ['/api/node', 400, /needs id/],
      ['/api/node?id=ent_nothing', 404, /no such node/],
      ['/api/edge?id=rel_nothing', 404, /no such edge/],
      ['/api/query/threats?limit=-1', 400, /between 1 and 1000/],
      ['/api/query/no-such-query', 404, /no such endpoint/],
      ['/api/query/..%2F..%2Fpackage.json', 404, /no such endpoint/],
      ['/api/queries?x=1', 400, /no parameters/],
      ['/api/cypher?query=MATCH%20(n)%20RETURN%20n', 404, /no such endpoint/],
      ['/../package.json', 404, /not found/],
      ['/src/explorer/server.ts', 404, /not found/],
      [HUGE_URL, 414, /too long/],
    ];
    const shown = (url: string): string => (url.length > 70 ? `${url.slice(0, 40)}… (${url.length} characters)` : url);
    test.each(REFUSED.map(([url, status, message]) => [shown(url), status, url, message] as const))('GET %s -> %d', async (_shown, status, url, message) => {
      const reply = await request(explorer.url, url);
      expect(reply.status).toBe(status);
      expect(reply.headers['content-type']).toMatch(/application\/json/);
      expect(String(reply.json().error)).toMatch(message);
    });

    test('only GET and HEAD; only loopback Host names', async () => {
      expect((await request(explorer.url, '/api/meta', { method: 'POST' })).status).toBe(405);
      expect((await request(explorer.url, '/api/meta', { method: 'DELETE' })).status).toBe(405);
      const head = await request(explorer.url, '/api/meta', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.body).toBe('');
      expect((await request(explorer.url, '/api/meta', { host: 'attacker.example' })).status).toBe(421);
      expect((await request(explorer.url, '/api/meta', { host: 'localhost:1234' })).status).toBe(200);
    });

    test('the graph is untouched by all of the above', async () => {
      const meta = (await request(explorer.url, '/api/meta')).json();
      expect(meta.articles).toBe(5);
    });
  });

  const inChromium = chromiumInstalled() ? describe : describe.skip;
  if (!chromiumInstalled()) {
    // eslint-disable-next-line no-console
    console.warn(`explorer.test.ts: skipping the browser test: ${CHROMIUM} is absent (apt-get install -y chromium)`);
  }

  inChromium('page in headless Chromium', () => {
    let chromium: Chromium;
    const outside: string[] = [];
    const errors: string[] = [];

    beforeAll(async () => {
      chromium = await launchChromium();
      chromium.context.on('request', (req) => {
        if (!req.url().startsWith(explorer.url)) outside.push(req.url());
      });
      fs.mkdirSync(ARTIFACTS, { recursive: true });
    });

    afterAll(async () => {
      await chromium?.close();
    });

    test('search "Putin", open his "legitimate target" THREAT, its evidence and its article', async () => {
      const page = await chromium.context.newPage();
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      await page.goto(explorer.url);
      await page.waitForFunction(graphDrawn);
      const drawn = await page.evaluate(drawnCounts);
      expect(drawn.nodes).toBeGreaterThan(10);
      expect(drawn.edges).toBeGreaterThan(10);
      expect(await page.textContent('#status')).toMatch(/^showing \d+ of [\d,]+ nodes, \d+ of [\d,]+ claims/);

      await page.fill('#search', 'Putin');
      await page.waitForSelector('#search-results li[data-id]');
      expect(await page.textContent('#search-results li[data-id]')).toContain('Vladimir Putin');
      await page.click('#search-results li[data-id]');

      await page.waitForSelector('#node-edges li[data-type="THREAT"]');
      expect(await page.textContent('#details h2')).toContain('Vladimir Putin');
      expect(await page.textContent('#aliases')).toContain('Putin');
      expect(await page.textContent('#affiliations')).toContain('Russia');

      await page.click('#node-edges li[data-type="THREAT"][title*="legitimate target"]');
      await page.waitForSelector('#evidence');
      expect(await page.textContent('#evidence')).toContain('legitimate target');
      expect(await page.textContent('#edge-parties')).toContain('Vladimir Putin');
      expect(await page.textContent('#edge-article')).not.toBe('');
      expect(await page.textContent('#edge-target-from')).toMatch(/^(named in the sentence|inferred: .+)$/);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-threat.png') });

      // The article around it: the sentence highlighted, the article's other claims marked.
      await page.click('#open-article');
      await page.waitForSelector('#article-text mark.current');
      expect(await page.textContent('#article-text mark.current')).toContain('legitimate target');
      expect(await page.locator('#article-text mark.claim').count()).toBeGreaterThan(1);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-article.png') });
      await page.click('#close-reader');
      expect(await page.isHidden('#reader')).toBe(true);

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('an analyst\'s walk: double-click expands, hide, pin, a merged edge, the article and back to an actor, pack highlight, communities, PageRank, time axis, saved view', async () => {
      const page = await chromium.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (err) => pageErrors.push(err.message));
      await page.goto(explorer.url);
      await page.waitForFunction(graphDrawn);
      const still = (): boolean => !(globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.layout?.running;
      await page.waitForFunction(still, undefined, { timeout: 60_000 });
      const box = (await page.locator('#graph').boundingBox())!;
      const status = async (): Promise<string> => (await page.textContent('#status')) ?? '';
      // the header says "laying out…" until the status line is redrawn after the layout stops (a
      // frame later on a loaded machine): wait for that redraw, then read it
      const redrawn = (): boolean => !((globalThis as unknown as { document: { querySelector(selector: string): { textContent: string | null } | null } }).document.querySelector('#status')?.textContent ?? '').includes('laying out');
      await page.waitForFunction(redrawn, undefined, { timeout: 60_000 });
      expect(await status()).toMatch(/^showing \d+ of [\d,]+ nodes, [\d,]+ of [\d,]+ claims$/);

      // Double-click expands (the seeds' start view already holds every actor: the expansion is
      // asked, and the node's panel opens; explorer-large.test.ts sees a view grow): the actor drawn
      // farthest from the others' centre, so no other node lies over it.
      await page.waitForFunction(() => !(globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.renderer.getCamera().isAnimated());
      const at = await page.evaluate(({ width, height }) => {
        const v = (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view;
        // where sigma drew each node (its display data), as the page's own picking reads it
        const drawnAt = (n: string): { x: number; y: number } | null => {
          const d = v.renderer.getNodeDisplayData(n);
          return d && !d.hidden ? v.renderer.framedGraphToViewport(d) : null;
        };
        // an actor (a place has no claims of its own to expand)
        // well inside the canvas: the time axis and the legend lie over its edges
        const inside = (n: string): boolean => { const p = drawnAt(n); return p !== null && p.x > 80 && p.y > 80 && p.x < width - 80 && p.y < height - 80; };
        const nodes = v.graph.nodes().filter((n) => inside(n) && ['Person', 'State', 'Organization'].includes(v.graph.getNodeAttributes(n).kind));
        const c = nodes.reduce((m, n) => ({ x: m.x + drawnAt(n)!.x / nodes.length, y: m.y + drawnAt(n)!.y / nodes.length }), { x: 0, y: 0 });
        const far = (n: string): number => Math.hypot(drawnAt(n)!.x - c.x, drawnAt(n)!.y - c.y);
        const id = [...nodes].sort((a, b) => far(b) - far(a))[0];
        return { id, ...drawnAt(id)! };
      }, { width: box.width, height: box.height });
      // A double-click's first click selects the node, which moves the camera to it: on a loaded
      // machine the second click can land after the node moved away from under the pointer. Then
      // double-click it again where it is drawn now (the camera is on it already), a few times at most.
      const expanded = (id: string): boolean => (globalThis as unknown as { explorer: { expanded: string[] } }).explorer.expanded.includes(id);
      const drawnNow = (id: string): { x: number; y: number } => {
        const v = (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view;
        const d = v.renderer.getNodeDisplayData(id);
        return d ? v.renderer.framedGraphToViewport(d) : { x: -1, y: -1 };
      };
      let expandedNow = false;
      for (let attempt = 0; attempt < 3 && !expandedNow; attempt++) {
        await page.waitForFunction(() => !(globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.renderer.getCamera().isAnimated());
        const point = attempt === 0 ? at : await page.evaluate(drawnNow, at.id);
        await page.mouse.dblclick(box.x + point.x, box.y + point.y);
        await page.waitForSelector('#details h2');
        expandedNow = await page.waitForFunction(expanded, at.id, { timeout: 10_000 }).then(() => true, () => false);
      }
      expect(expandedNow).toBe(true);
      await page.waitForFunction(still, undefined, { timeout: 60_000 });
      // The view is written to the URL half a second after the last change (saveViewSoon): wait for it.
      await page.waitForFunction(() => (globalThis as unknown as { location: { hash: string } }).location.hash.startsWith('#view='), undefined, { timeout: 10_000 });
      expect(page.url()).toMatch(/#view=/);

      // Hide, then pin (the node panel's buttons), each said in the header and the URL.
      const shownBefore = await page.evaluate(() => (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.visible.nodes);
      await page.click('#pin-node');
      await page.waitForSelector('#pin-node:has-text("Unpin")');
      expect(await page.evaluate((id) => !!(globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.graph.getNodeAttributes(id).fixed, at.id)).toBe(true);
      const hiddenId = await page.evaluate(() => {
        const v = (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view;
        return v.graph.nodes().filter((n) => v.nodeShown.has(n) && !v.graph.getNodeAttributes(n).fixed)[0];
      });
      const hiddenName = await page.evaluate((id) => (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.graph.getNodeAttributes(id).label, hiddenId);
      await page.evaluate((id) => (globalThis as unknown as { explorer: { selectNode(id: string): void } }).explorer.selectNode(id), hiddenId);
      await page.waitForSelector(`#details h2:has-text("${hiddenName}")`);
      await page.click('#hide-node');
      await page.waitForFunction((id) => (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.hiddenNodes.has(id), hiddenId);
      const shownAfter = await page.evaluate(() => (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.visible.nodes);
      expect(shownAfter).toBe(shownBefore - 1);
      expect(await status()).toContain(`showing ${shownAfter} of`);

      // A merged edge of several claims: wider than one of a single claim; clicked, it lists each
      // claim, and a claim opens its evidence, then the article, and an actor there brings the graph back.
      // Selecting a node moves the camera to it (400 ms): read positions once it has stopped.
      await page.waitForFunction(() => !(globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.renderer.getCamera().isAnimated());
      const merged = await page.evaluate(() => {
        const v = (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view;
        // where sigma drew the node (its display data), as the page's own edge picking reads it
        const at = (n: string): { x: number; y: number; size: number } => {
          const d = v.renderer.getNodeDisplayData(n);
          return d && !d.hidden ? { ...v.renderer.framedGraphToViewport(d), size: d.size } : { x: -1e6, y: -1e6, size: 0 };
        };
        const edges = [...v.edgeShown.keys()].filter((e) => v.graph.source(e) !== v.graph.target(e));
        edges.sort((a, b) => v.graph.getEdgeAttributes(b).count - v.graph.getEdgeAttributes(a).count);
        const single = edges.find((x) => v.graph.getEdgeAttributes(x).count === 1);
        const toSegment = (p: { x: number; y: number }, e: string): number => {
          const a = at(v.graph.source(e));
          const b = at(v.graph.target(e));
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const t = dx || dy ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
          return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
        };
        // A point on the edge that is clear of every drawn node and of every other edge: a click
        // on the bare midpoint can land on a node the layout put there, or on a crossing edge.
        const clearPoint = (e: string): { x: number; y: number } | null => {
          const a = at(v.graph.source(e));
          const b = at(v.graph.target(e));
          for (const t of [0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72]) {
            const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
            const nearNode = [...v.nodeShown].some((n) => { const q = at(n); return Math.hypot(q.x - p.x, q.y - p.y) < q.size + 12; });
            const nearEdge = [...v.edgeShown.keys()].some((o) => o !== e && v.graph.source(o) !== v.graph.target(o) && !(v.graph.source(o) === v.graph.source(e) && v.graph.target(o) === v.graph.target(e)) && !(v.graph.source(o) === v.graph.target(e) && v.graph.target(o) === v.graph.source(e)) && toSegment(p, o) < 10);
            if (!nearNode && !nearEdge) return p;
          }
          return null;
        };
        const e = edges.filter((x) => v.graph.getEdgeAttributes(x).count > 1).find((x) => clearPoint(x) !== null) ?? edges[0];
        return { count: v.graph.getEdgeAttributes(e).count, size: v.graph.getEdgeAttributes(e).size, singleSize: single ? v.graph.getEdgeAttributes(single).size : 0, clear: clearPoint(e) !== null, point: clearPoint(e) ?? { x: 0, y: 0 } };
      });
      expect(merged.count).toBeGreaterThan(1);
      expect(merged.clear).toBe(true);
      expect(merged.size).toBeGreaterThan(merged.singleSize);
      await page.mouse.click(box.x + merged.point.x, box.y + merged.point.y);
      await page.waitForSelector('#pair-title');
      await page.waitForSelector('#details ul.claims li[data-edge]');
      expect(await page.textContent('#details h3.merged')).toMatch(/· \d+$/);
      await page.click('#details ul.claims li[data-edge] >> nth=0');
      await page.waitForSelector('#evidence');
      await page.click('#open-article');
      await page.waitForSelector('#article-text mark.current');
      const actor = page.locator('#reader p.actors button.link').first();
      const actorName = (await actor.textContent()) ?? '';
      await actor.click();
      expect(await page.isHidden('#reader')).toBe(true);
      await page.waitForSelector(`#details h2:has-text("${actorName}")`);

      // The query pack's rows highlighted in the graph.
      await page.selectOption('#query-name', 'threats');
      await page.click('#query-form button[type=submit]');
      await page.waitForSelector('#results-table tbody tr');
      const highlighted = await page.evaluate(() => (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view.highlight?.size ?? 0);
      expect(highlighted).toBeGreaterThan(0);
      expect(await page.textContent('#results .results-head .hint')).toContain(`${highlighted} of the actors named are highlighted`);
      await page.click('#results-close');

      // Communities and PageRank, on demand.
      await page.selectOption('#colour-by', 'community');
      expect(await status()).toMatch(/^\d+ communit(y|ies) \(Louvain\)$/);
      await page.selectOption('#size-by', 'pagerank');
      const analysed = await page.evaluate(() => {
        const v = (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view;
        return { communities: v.communities?.size ?? 0, sizes: v.sizes?.size ?? 0 };
      });
      expect(analysed.communities).toBeGreaterThan(0);
      expect(analysed.sizes).toBeGreaterThan(0);

      // The time axis counts undated claims apart.
      await page.waitForSelector('#timeline-info:has-text("undated")');
      expect(await page.textContent('#timeline-info')).toMatch(/undated: [\d,]+ claims? in view \([\d,]+ in the corpus\)/);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-walk.png') });

      // The view as a URL: the expanded node, the pin and the hidden node come back.
      await page.click('#save-view');
      const saved = await page.inputValue('#view-url');
      const again = await chromium.context.newPage();
      await again.goto(saved);
      await again.waitForFunction((id) => !!(globalThis as unknown as { explorer?: { view: WalkView } }).explorer?.view.graph.hasNode(id), at.id);
      await again.waitForFunction(
        ([pinned, hidden]) => {
          const v = (globalThis as unknown as { explorer: { view: WalkView } }).explorer.view;
          return v.graph.hasNode(pinned) && !!v.graph.getNodeAttributes(pinned).fixed && v.hiddenNodes.has(hidden) && !v.nodeShown.has(hidden);
        },
        [at.id, hiddenId] as const,
      );
      await again.close();
      await page.close();
      expect(pageErrors).toEqual([]);
    });

    test('relation filter: threats only', async () => {
      const page = await chromium.context.newPage();
      await page.goto(explorer.url);
      await page.waitForFunction(graphDrawn);
      for (const type of RELATION_TYPE_NAMES.filter((t) => t !== 'THREAT')) {
        await page.uncheck(`#type-filters input[value="${type}"]`); // a filter per registered type, from /api/meta
      }
      await page.waitForFunction(onlyThreatsShown);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-threats-only.png') });
    });

    test('query pack: full-width table, sortable, CSV', async () => {
      const page = await chromium.context.newPage();
      await page.goto(explorer.url);
      await page.waitForFunction(graphDrawn);
      await page.selectOption('#query-name', 'threats');
      await page.click('#query-form button[type=submit]');
      await page.waitForSelector('#results-table tbody tr');
      const rows = await page.locator('#results-table tbody tr').count();
      expect(rows).toBeGreaterThan(3);
      // Evidence is whole, not cut.
      const evidence = await page.locator('#results-table td.col-evidence').allTextContents();
      expect(evidence.some((e) => e.includes('legitimate target'))).toBe(true);
      expect(evidence.every((e) => !e.endsWith('…'))).toBe(true);
      await page.click('#results-table th:has-text("date")');
      expect(await page.getAttribute('#results-table th:has-text("date")', 'class')).toContain('sorted');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#results-csv')]);
      const csv = fs.readFileSync(await download.path(), 'utf8');
      expect(csv.split('\r\n').length).toBe(rows + 2);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-results.png') });
    });
  });
});
