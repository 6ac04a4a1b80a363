// The explorer on a large graph in headless Chromium: 14,000 bench articles through the real
// pipeline and the batched writer (bench/explorer-graph.ts: ~21,000 nodes, ~300,000 claim and
// affiliation edges). The whole graph is drawn and the time axis brushed; then, from the start
// view, an actor is searched and expanded, a merged edge opened, a claim's evidence and its article.
// Screenshots go to tests/artifacts/explorer-large-*.png. Speed is measured by the benchmark
// (npm run -s bench -- --phase explorer), not here.
// Loading takes a few minutes (mostly extraction). KG_EXPLORER_KEEP_GRAPH=1 leaves the graph in the
// test database afterwards, and a later run whose database holds it reuses it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { EXPLORER_ARTICLES, loadExplorerGraph, wipeInBatches } from '../../bench/explorer-graph';
import { startExplorer, type RunningExplorer } from '../../src/explorer/server';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { CHROMIUM, hasChromium, launchChromium, type Chromium } from '../setup/chromium';
import { column, openTestDatabase } from '../setup/db';

jest.setTimeout(20 * 60_000);

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: path.join(ARTIFACTS, `explorer-large-${name}.png`) });

interface PageView {
  graph: {
    order: number;
    size: number;
    hasNode(id: string): boolean;
    getNodeAttributes(id: string): { x: number; y: number };
    edges(id: string): string[];
    source(edge: string): string;
    target(edge: string): string;
    getEdgeAttribute(edge: string, name: string): number;
  };
  nodeShown: Set<string>;
  edgeShown: Map<string, number>;
  filter: { from: number | null; to: number | null };
  visible: { nodes: number; claims: number };
  layout: { running: boolean } | null;
  renderer: { graphToViewport(p: { x: number; y: number }): { x: number; y: number } };
}
// Functions run in the page are sent on their own: each finds the view itself, as `(globalThis as unknown as { explorer: { view: PageView } }).explorer.view` below
// written out, never through something else in this file.
const ready = (): boolean => !!(globalThis as unknown as { explorer?: { view: PageView } }).explorer?.view.renderer;

const inChromium = hasChromium() ? describe : describe.skip;
if (!hasChromium()) {
  // eslint-disable-next-line no-console
  console.warn(`explorer-large.test.ts: skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);
}

inChromium('explorer on a large graph (headless Chromium)', () => {
  let db: GraphDatabase;
  let explorer: RunningExplorer;
  let chromium: Chromium;
  const errors: string[] = [];
  const outside: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    // eslint-disable-next-line no-console
    await loadExplorerGraph(db, { reuse: true, log: (line) => console.log(line) });
    explorer = await startExplorer({ db, port: 0 });
    chromium = await launchChromium();
    chromium.context.on('request', (req) => {
      if (!req.url().startsWith(explorer.url)) outside.push(req.url());
    });
    chromium.context.on('page', (page) => {
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
    });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await explorer?.close();
    await chromium?.close();
    if (db && !process.env.KG_EXPLORER_KEEP_GRAPH) await wipeInBatches(db);
    await db?.close();
  });

  test('the database holds ≥ 20,000 nodes and ≥ 50,000 claim and affiliation edges', async () => {
    const [nodes] = await column<number>(db, 'MATCH (n) RETURN count(n)');
    const [edges] = await column<number>(db, 'MATCH (:Entity)-[r]->() RETURN count(r)');
    const [articles] = await column<number>(db, 'MATCH (a:Article) RETURN count(a)');
    expect(articles).toBe(EXPLORER_ARTICLES);
    expect(nodes).toBeGreaterThanOrEqual(20_000);
    expect(edges).toBeGreaterThanOrEqual(50_000);
  });

  test('the whole graph is drawn; brushing the time axis filters what is drawn', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${explorer.url}#all`);
    // Every edge added (they go in by slices while the header says "Drawing…").
    await page.waitForFunction(() => {
      const v = (globalThis as unknown as { explorer?: { view: PageView } }).explorer?.view;
      const status = (globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } | null } }).document.getElementById('status');
      return !!v && !!v.renderer && v.graph.size >= 50_000 && !!status?.textContent?.startsWith('showing');
    }, undefined, { timeout: 180_000 });
    const drawn = await page.evaluate(() => ({ nodes: (globalThis as unknown as { explorer: { view: PageView } }).explorer.view.graph.order, edges: (globalThis as unknown as { explorer: { view: PageView } }).explorer.view.graph.size, shown: (globalThis as unknown as { explorer: { view: PageView } }).explorer.view.visible.nodes }));
    // Every actor with an edge from or to an actor, and every article a claim without addressee
    // points at, counted here from the database (not from the explorer's own query). A small
    // margin, not equality: the page may leave out a node whose only edges it cannot draw.
    const [actors] = await column<number>(db, 'MATCH (x:Entity) WHERE COUNT { (x)-->() } + COUNT { (x)<--() } - COUNT { (x)<-[:MENTIONS]-() } > 0 RETURN count(x)');
    const [articlesPointedAt] = await column<number>(db, 'MATCH (a:Article) WHERE COUNT { (a)<--() } > 0 RETURN count(a)');
    expect(actors + articlesPointedAt).toBeGreaterThan(10_000);
    expect(drawn.nodes).toBeGreaterThanOrEqual(Math.floor(0.95 * (actors + articlesPointedAt)));
    expect(drawn.edges).toBeGreaterThanOrEqual(50_000);
    expect(drawn.shown).toBe(drawn.nodes);
    const status = (await page.textContent('#status')) ?? '';
    expect(status).toMatch(/^showing [\d,]+ of [\d,]+ nodes, [\d,]+ of [\d,]+ claims/);
    await page.waitForTimeout(4000); // some layout
    await shot(page, 'whole');

    // Brush the middle third of the axis (the corpus histogram arrives on its own).
    await page.waitForSelector('#timeline-info:has-text("undated")');
    const before = await page.evaluate(() => (globalThis as unknown as { explorer: { view: PageView } }).explorer.view.visible.claims);
    const axis = (await page.locator('#timeline').boundingBox())!;
    await page.mouse.move(axis.x + axis.width / 3, axis.y + axis.height / 2);
    await page.mouse.down();
    await page.mouse.move(axis.x + axis.width / 2, axis.y + axis.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction((b) => (globalThis as unknown as { explorer: { view: PageView } }).explorer.view.visible.claims < b, before);
    const after = await page.evaluate(() => {
      const v = (globalThis as unknown as { explorer: { view: PageView } }).explorer.view;
      const { from, to } = v.filter;
      // Every edge still drawn has a claim in the range (or an undated one, kept by default).
      const stray = [...v.edgeShown.keys()].filter((e) => {
        const days = v.graph.getEdgeAttribute(e, 'days') as unknown as number[];
        return !days.some((d) => d >= from! && d <= to!) && !v.graph.getEdgeAttribute(e, 'undated');
      }).length;
      return { from, to, claims: v.visible.claims, nodes: v.visible.nodes, edges: v.edgeShown.size, stray };
    });
    expect(after.from).not.toBeNull();
    expect(after.stray).toBe(0);
    expect(after.claims).toBeGreaterThan(0);
    expect(await page.textContent('#timeline-info')).toMatch(/^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} · undated: [\d,]+ claims? in view/);
    await shot(page, 'brushed');
    await page.close();
  });

  test('search an actor, expand it, open a merged edge, a claim\'s evidence and its article', async () => {
    const page = await chromium.context.newPage();
    await page.goto(explorer.url);
    await page.waitForFunction(ready);
    await page.waitForFunction(() => (globalThis as unknown as { explorer: { view: PageView } }).explorer.view.graph.order >= 50);
    await shot(page, 'start');

    // The search: the busiest actor of the graph, by surname.
    const top = JSON.parse((await (await fetch(`${explorer.url}api/top?limit=1`)).text())) as { nodes: Array<[string, string, string]> };
    const [id, , name] = top.nodes[0];
    const surname = name.split(' ').pop()!;
    await page.fill('#search', surname);
    await page.waitForSelector(`#search-results li[data-id="${id}"]`);
    const order = await page.evaluate(() => (globalThis as unknown as { explorer: { view: PageView } }).explorer.view.graph.order);
    await page.click(`#search-results li[data-id="${id}"]`);
    await page.waitForFunction((o) => (globalThis as unknown as { explorer: { view: PageView } }).explorer.view.graph.order > o, order);
    await page.waitForSelector('#details h2');
    expect(await page.textContent('#details h2')).toContain(name);
    await page.waitForFunction(() => !(globalThis as unknown as { explorer: { view: PageView } }).explorer.view.layout?.running, undefined, { timeout: 120_000 });
    await shot(page, 'expanded');

    // A merged edge: the actor's busiest one, clicked where it is drawn (its middle).
    const point = await page.evaluate((node) => {
      const v = (globalThis as unknown as { explorer: { view: PageView } }).explorer.view;
      const edges = v.graph.edges(node).filter((e) => v.edgeShown.has(e) && v.graph.source(e) !== v.graph.target(e));
      edges.sort((a, b) => v.graph.getEdgeAttribute(b, 'count') - v.graph.getEdgeAttribute(a, 'count'));
      const e = edges[0];
      const s = v.graph.getNodeAttributes(v.graph.source(e));
      const t = v.graph.getNodeAttributes(v.graph.target(e));
      return v.renderer.graphToViewport({ x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 });
    }, id);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await page.waitForSelector('#pair-title');
    await page.waitForSelector('#details ul.claims li[data-edge]');
    expect(await page.locator('#details ul.claims li[data-edge]').count()).toBeGreaterThan(0);
    await shot(page, 'edge');

    await page.click('#details ul.claims li[data-edge] >> nth=0');
    await page.waitForSelector('#evidence');
    const evidence = (await page.textContent('#evidence')) ?? '';
    expect(evidence.length).toBeGreaterThan(20);
    await shot(page, 'evidence');

    await page.click('#open-article');
    await page.waitForSelector('#article-text mark.current');
    const current = (await page.textContent('#article-text mark.current')) ?? '';
    expect(evidence.startsWith(current.slice(0, 40)) || current.startsWith(evidence.slice(0, 40))).toBe(true);
    await shot(page, 'article');
    await page.click('#close-reader');

    // The view as a URL: a new page opened on it holds the expanded actor again.
    await page.waitForURL(/#view=/);
    const saved = page.url();
    const again = await chromium.context.newPage();
    await again.goto(saved);
    await again.waitForFunction((node) => !!(globalThis as unknown as { explorer?: { view: PageView } }).explorer?.view.graph.hasNode(node), id);
    // And as a PNG.
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    const bytes = fs.readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
    await again.close();
    await page.close();

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
