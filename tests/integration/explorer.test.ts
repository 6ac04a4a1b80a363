// The explorer (kg serve) against the seeds graph: its JSON endpoints and their checks over HTTP,
// then the page end to end in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core; skipped, with a message, when it is not installed).
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { startExplorer, type RunningExplorer } from '../../src/explorer/server';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { openTestDatabase, wipeDatabase } from '../setup/db';
import { loadSeedsGraph } from '../setup/seeds-graph';

jest.setTimeout(180_000);

const CHROMIUM = '/usr/bin/chromium';
// Browser-side functions see the page's globals through this type (the project compiles without
// the DOM typings). They are passed as functions, not strings: the page's CSP forbids eval, which
// Playwright would need for a string.
interface CyEdge {
  data(key: string): string;
}
interface PageGlobals {
  document: { getElementById(id: string): { textContent: string | null } | null };
  explorer: { cy: { nodes(): { length: number }; edges(selector?: string): { length: number; map<T>(f: (e: CyEdge) => T): T[]; every(f: (e: CyEdge) => boolean): boolean } } };
}
const graphDrawn = (): boolean => /\d+ nodes, \d+ edges/.test((globalThis as unknown as PageGlobals).document.getElementById('status')?.textContent ?? '');
const drawnCounts = (): { nodes: number; edges: number } => {
  const cy = (globalThis as unknown as PageGlobals).explorer.cy;
  return { nodes: cy.nodes().length, edges: cy.edges().length };
};
const selectedEdgeTypes = (): string[] => (globalThis as unknown as PageGlobals).explorer.cy.edges(':selected').map((e) => e.data('type'));
const onlyThreatsDrawn = (): boolean => {
  const edges = (globalThis as unknown as PageGlobals).explorer.cy.edges();
  return edges.length > 0 && edges.every((e) => e.data('type') === 'THREAT');
};
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const hasChromium = fs.existsSync(CHROMIUM);

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
  });

  afterAll(async () => {
    await explorer?.close();
    await wipeDatabase(db);
    await db.close();
  });

  describe('endpoints', () => {
    test('listens on 127.0.0.1 by default', () => {
      expect(explorer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    });

    test('the page, its script and Cytoscape come from this server', async () => {
      const page = await request(explorer.url, '/');
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      // No third-party origin anywhere in the page.
      expect(page.body).not.toMatch(/(src|href)="(https?:)?\/\//);
      const vendor = await request(explorer.url, '/vendor/cytoscape.min.js');
      expect(vendor.status).toBe(200);
      expect(vendor.body.length).toBeGreaterThan(100_000);
      expect((await request(explorer.url, '/app.js')).status).toBe(200);
    });

    test('search finds an actor by name or alias, any case', async () => {
      const byName = (await request(explorer.url, '/api/search?q=putin')).json().results as Array<Record<string, unknown>>;
      expect(byName[0]).toMatchObject({ name: 'Vladimir Putin', label: 'Person' });
      putinId = String(byName[0].id);
      const byAlias = (await request(explorer.url, '/api/search?q=Kremlin%20spokesman')).json().results as Array<Record<string, unknown>>;
      expect(byAlias[0]).toMatchObject({ name: 'Dmitry Peskov', alias: 'Kremlin spokesman' });
    });

    test('graph: nodes and edges of the chosen types and labels', async () => {
      const all = (await request(explorer.url, '/api/graph')).json() as { nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> };
      expect(all.nodes.length).toBeGreaterThan(10);
      expect(new Set(all.edges.map((e) => e.type))).toEqual(new Set(['STATEMENT', 'THREAT', 'PROPOSAL', 'AFFILIATED_WITH']));
      const ids = new Set(all.nodes.map((n) => n.id));
      for (const e of all.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);

      const threats = (await request(explorer.url, '/api/graph?types=THREAT&labels=Person,State,Organization')).json() as typeof all;
      expect(threats.edges.length).toBeGreaterThan(0);
      expect(threats.edges.every((e) => e.type === 'THREAT')).toBe(true);
      expect(threats.nodes.every((n) => ['Person', 'State', 'Organization'].includes(String(n.label)))).toBe(true);

      const dated = (await request(explorer.url, '/api/graph?from=2024-05-01&to=2024-05-31&undated=no')).json() as typeof all;
      expect(dated.edges.length).toBeGreaterThan(0);
      expect(dated.edges.every((e) => String(e.date) >= '2024-05-01' && String(e.date) <= '2024-05-31')).toBe(true);
      expect(dated.edges.length).toBeLessThan(all.edges.length);
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
      ['/api/graph?types=FOO', 400, /types must be one of/],
      ['/api/graph?types=THREAT;MATCH%20(n)%20DETACH%20DELETE%20n', 400, /types must be one of/],
      ['/api/graph?limit=0', 400, /between 1 and 5000/],
      ['/api/graph?limit=abc', 400, /whole number/],
      ['/api/graph?from=2024-02-30', 400, /YYYY-MM-DD/],
      ['/api/graph?undated=maybe', 400, /one of yes, no/],
      ['/api/graph?cypher=MATCH%20(n)%20RETURN%20n', 400, /unknown parameter cypher/],
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

  const inChromium = hasChromium ? describe : describe.skip;
  if (!hasChromium) {
    // eslint-disable-next-line no-console
    console.warn(`explorer.test.ts: skipping the browser test: ${CHROMIUM} is absent (apt-get install -y chromium)`);
  }

  inChromium('page in headless Chromium', () => {
    // Loaded only here: a machine without Chromium need not have playwright-core working either.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    let context: import('playwright-core').BrowserContext;
    let userDataDir: string;
    const outside: string[] = [];
    const errors: string[] = [];

    beforeAll(async () => {
      userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1400, height: 850 },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      context.on('request', (req) => {
        if (!req.url().startsWith(explorer.url)) outside.push(req.url());
      });
      fs.mkdirSync(ARTIFACTS, { recursive: true });
    });

    afterAll(async () => {
      await context?.close();
      if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    });

    test('search "Putin", open a THREAT edge, read its evidence', async () => {
      const page = await context.newPage();
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      await page.goto(explorer.url);
      await page.waitForFunction(graphDrawn);
      const drawn = await page.evaluate(drawnCounts);
      expect(drawn.nodes).toBeGreaterThan(10);
      expect(drawn.edges).toBeGreaterThan(10);

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
      // The edge is selected in the drawing too.
      const selected = await page.evaluate(selectedEdgeTypes);
      expect(selected).toEqual(['THREAT']);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-threat.png') });

      // A claim with a quote: the quote is marked inside the sentence.
      const { edges } = (await request(explorer.url, `/api/node?id=${putinId}`)).json() as { edges: Array<Record<string, unknown>> };
      let quoted: Record<string, unknown> | undefined;
      for (const e of edges) {
        const full = (await request(explorer.url, `/api/edge?id=${e.id}`)).json();
        if (typeof full.quote === 'string' && String(full.evidence).includes(full.quote)) {
          quoted = full;
          break;
        }
      }
      if (quoted) {
        await page.click('button.link >> text=Vladimir Putin');
        await page.click(`#node-edges li[data-edge="${quoted.id}"], #affiliations li[data-edge="${quoted.id}"]`);
        await page.waitForSelector('#evidence mark.quote');
        expect(await page.textContent('#evidence mark.quote')).toBe(quoted.quote);
        await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-quote.png') });
      }

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('filters redraw the graph: threats only', async () => {
      const page = await context.newPage();
      await page.goto(explorer.url);
      await page.waitForFunction(graphDrawn);
      for (const type of ['STATEMENT', 'PROPOSAL', 'AFFILIATED_WITH']) {
        await page.uncheck(`input[name="types"][value="${type}"]`);
      }
      await page.waitForFunction(onlyThreatsDrawn);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-threats-only.png') });
    });
  });
});
