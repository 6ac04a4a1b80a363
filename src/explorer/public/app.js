// The explorer page. Starts from the most active actors (or from a saved view in the URL), grows by
// search and double-click, filters by type and by a brush on the time axis. Talks only to this
// server's fixed JSON endpoints; text from the graph is always inserted as text, never as HTML.
import { $, api, download, el, plural, typeName } from './lib/dom.js';
import { GraphView } from './lib/graph-view.js';
import { loadColumns } from './lib/columns.js';
import { Panels } from './lib/panels.js';
import { Results } from './lib/results.js';
import { Timeline } from './lib/timeline.js';
import { colourByCommunity, colourByLabel, sizeBy, viewAsPng } from './lib/analysis.js';

const TOP_ACTORS = 50;

class App {
  constructor(meta) {
    this.meta = meta;
    this.expanded = []; // ids expanded, in order (for the saved view)
    this.start = 'top';
    this.view = new GraphView($('graph'), meta, {
      clickNode: (id) => this.selectNode(id),
      doubleClickNode: (id) => this.expand(id),
      clickEdge: (source, target) => this.selectPair(source, target),
      clickStage: () => this.view.unfocus(),
      change: () => this.changed(),
    });
    this.panels = new Panels(this);
    this.results = new Results(this);
    this.timeline = new Timeline($('timeline'), $('timeline-info'), ({ from, to }) => this.view.setFilter({ from, to }));
    this.totals = {
      nodes: (meta.actors || 0) + (meta.articles || 0),
      claims: (meta.types || []).filter((t) => this.view.isClaimType(t.type)).reduce((sum, t) => sum + t.count, 0),
    };
    this.buildTypeFilters();
    this.bindToolbar();
    window.explorer = this; // for tests and the curious: explorer.view.graph, explorer.view.renderer
  }

  status(text, isError) {
    const line = $('status');
    line.textContent = text;
    line.classList.toggle('error', !!isError);
  }

  /** The header: always how much of the graph is on screen. */
  changed() {
    const v = this.view.visible;
    const running = this.view.layout && this.view.layout.running;
    const busiest = this.view.busiestOnly && this.view.renderer ? ` (the ${this.view.renderer.getGraph().order.toLocaleString('en')} busiest nodes drawn meanwhile)` : '';
    const layout = running ? ` · laying out${busiest}…` : busiest;
    const drawn = this.view.drawnEdges;
    const heaviest = drawn > 0 && drawn < v.edges ? ` · edges drawn: the ${drawn.toLocaleString('en')} heaviest of ${v.edges.toLocaleString('en')}` : '';
    const loading = this.loading ? ` · ${this.loading}` : '';
    this.status(`showing ${v.nodes.toLocaleString('en')} of ${plural(this.totals.nodes, 'node')}, ${v.claims.toLocaleString('en')} of ${plural(this.totals.claims, 'claim')}${loading}${layout}${heaviest}`);
    this.saveViewSoon();
  }

  // ---------------------------------------------------------------- loading

  /**
   * The most active actors: drawn as soon as they come (a query of node degrees, no edge read), their
   * edges (the query that reads them all, asked right after) join them when they arrive. `early`:
   * both requests, when main() sent them before the page was set up.
   */
  async loadTop(early) {
    this.start = 'top';
    this.status('Loading the most active actors…');
    const requests = early || topRequests();
    requests.edges.catch(() => undefined); // awaited below; a failure is reported there
    const nodes = await requests.nodes;
    this.loading = 'loading the claims between them…';
    try {
      await this.view.addNodes(nodes);
      this.changed();
      const payload = await requests.edges;
      await this.view.add(payload);
    } finally {
      this.loading = '';
    }
    this.graphChanged();
  }

  /**
   * The whole graph: its nodes are drawn as soon as they come (a small query), its edges (the big
   * one, asked at the same time) join them when they arrive. `early`: both requests, when main()
   * sent them before the page was set up.
   */
  async loadAll(early) {
    this.start = 'all';
    this.status('Loading the whole graph…');
    const requests = early || wholeGraphRequests();
    requests.edges.catch(() => undefined); // awaited below; a failure is reported there
    const nodes = await requests.nodes;
    await this.view.addNodes(nodes);
    this.status(`Loading the edges of ${plural(nodes.nodes.length, 'node')}…`);
    const payload = await requests.edges;
    this.status(`Drawing ${plural(payload.nodes.length, 'node')} and ${plural(payload.edges.length, 'edge')}…`);
    await this.view.add(payload);
    this.graphChanged();
  }

  async expand(id) {
    try {
      const payload = await api('/api/expand', { id });
      if (!this.expanded.includes(id)) this.expanded.push(id);
      const added = await this.view.add(payload, id);
      this.graphChanged();
      this.view.focusNode(id);
      this.panels.showNode(id);
      return added;
    } catch (err) {
      this.status(`Could not expand: ${err.message}`, true);
      return 0;
    }
  }

  graphChanged() {
    this.timeline.setView(this.view);
    this.changed();
  }

  selectNode(id) {
    this.view.focusNode(id);
    this.panels.showNode(id);
  }

  selectPair(a, b) {
    this.view.focusPair(a, b);
    this.panels.showPair(a, b);
  }

  hideNode(id) {
    this.view.hide(id);
    this.timeline.setView(this.view);
    this.panels.clear();
  }

  togglePin(id) {
    const g = this.view.graph;
    if (!g.hasNode(id)) return;
    this.view.setPinned(id, !g.getNodeAttribute(id, 'fixed'));
    this.panels.showNode(id);
  }

  // ---------------------------------------------------------------- controls

  buildTypeFilters() {
    const box = $('type-filters');
    const types = (this.meta.types || []).filter((t) => t.kind !== 'mention');
    box.replaceChildren(
      ...types.map((t) => {
        const swatch = el('span', { className: 'swatch' });
        swatch.style.background = this.view.typeColour(t.type);
        const input = el('input', { type: 'checkbox', name: 'types', value: t.type, checked: true });
        input.addEventListener('change', () => {
          const hidden = new Set([...box.querySelectorAll('input:not(:checked)')].map((i) => i.value));
          this.view.setFilter({ hiddenTypes: hidden });
        });
        const caption = t.caption ? t.caption.charAt(0).toUpperCase() + t.caption.slice(1) : typeName(t.type);
        return el('label', {}, input, swatch, caption, el('small', {}, ` ${t.count.toLocaleString('en')}`));
      }),
    );
  }

  bindToolbar() {
    $('load-all').addEventListener('click', () => this.reset().then(() => this.loadAll()));
    $('load-top').addEventListener('click', () => this.reset().then(() => this.loadTop()));
    $('fit').addEventListener('click', () => this.view.fit());
    $('relayout').addEventListener('click', () => (this.view.layout && this.view.layout.running ? this.view.layout.stop() : this.view.relayout()));
    $('unhide').addEventListener('click', () => (this.view.unhideAll(), this.timeline.setView(this.view)));
    $('undated').addEventListener('change', (e) => this.view.setFilter({ undated: e.target.checked }));
    $('clear-dates').addEventListener('click', () => this.timeline.setRange(null, null));
    $('colour-by').addEventListener('change', (e) => {
      if (e.target.value === 'community') this.status(`${plural(colourByCommunity(this.view), 'community', 'communities')} (Louvain)`);
      else colourByLabel(this.view);
    });
    $('size-by').addEventListener('change', (e) => sizeBy(this.view, e.target.value));
    $('png').addEventListener('click', async () => download(await viewAsPng(this.view), 'explorer-view.png'));
    $('save-view').addEventListener('click', () => {
      this.saveView();
      $('view-url').value = location.href;
      $('view-url').hidden = false;
      $('view-url').select();
    });
    this.bindSearch();
  }

  async reset() {
    this.view.clear();
    this.expanded = [];
    this.timeline.setRange(null, null, true);
    this.panels.clear();
  }

  bindSearch() {
    const input = $('search');
    const list = $('search-results');
    let timer = null;
    let seq = 0;
    const hide = () => {
      list.hidden = true;
      list.replaceChildren();
    };
    const pick = (r) => {
      hide();
      input.value = r.name;
      this.expand(r.id);
    };
    const search = async () => {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) return hide();
      try {
        const { results } = await api('/api/search', { q: q.slice(0, 100) });
        if (mine !== seq) return;
        list.results = results;
        list.replaceChildren(
          ...(results.length
            ? results.map((r, i) => el('li', { role: 'option', className: i === 0 ? 'active' : '', dataset: { id: r.id }, onmousedown: (e) => (e.preventDefault(), pick(r)) }, this.panels.labelBadge(r.label), el('span', {}, r.name), r.alias ? el('span', { className: 'alias' }, `“${r.alias}”`) : null))
            : [el('li', { className: 'hint' }, 'No actor by that name or alias')]),
        );
        list.hidden = false;
      } catch (err) {
        this.status(`Search failed: ${err.message}`, true);
      }
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener('keydown', (event) => {
      const items = [...list.querySelectorAll('li[data-id]')];
      const current = items.findIndex((li) => li.classList.contains('active'));
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!items.length) return;
        const next = (current + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        items.forEach((li, i) => li.classList.toggle('active', i === next));
      } else if (event.key === 'Enter') {
        event.preventDefault();
        const results = list.results || [];
        if (!list.hidden && results[Math.max(0, current)]) pick(results[Math.max(0, current)]);
      } else if (event.key === 'Escape') hide();
    });
    input.addEventListener('blur', () => setTimeout(hide, 150));
  }

  // ---------------------------------------------------------------- saved view (the URL)

  viewState() {
    const v = this.view;
    const pinned = [];
    v.graph.forEachNode((node, a) => a.fixed && pinned.push([node, Math.round(a.x * 10) / 10, Math.round(a.y * 10) / 10]));
    return { s: this.start, e: this.expanded, h: [...v.hiddenNodes], p: pinned, f: v.filter.from, t: v.filter.to, u: v.filter.undated ? 1 : 0, x: [...v.filter.hiddenTypes] };
  }

  saveView() {
    const json = JSON.stringify(this.viewState());
    const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(json))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    history.replaceState(null, '', `#view=${encoded}`);
  }

  saveViewSoon() {
    clearTimeout(this.saveTimer);
    if (this.restoring) return;
    this.saveTimer = setTimeout(() => this.saveView(), 500);
  }

  static readViewFromUrl() {
    const m = /#view=([A-Za-z0-9_-]+)/.exec(location.hash);
    if (!m) return null;
    try {
      const bytes = Uint8Array.from(atob(m[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return null;
    }
  }

  async restore(state) {
    this.restoring = true;
    try {
      if (state.s === 'all') await this.loadAll();
      else if (state.s === 'top') await this.loadTop();
      for (const id of state.e || []) if (typeof id === 'string') await this.expand(id);
      const v = this.view;
      for (const [id, x, y] of state.p || []) if (v.graph.hasNode(id)) v.graph.mergeNodeAttributes(id, { x, y, fixed: true });
      for (const id of state.h || []) v.hiddenNodes.add(id);
      const types = new Set(state.x || []);
      for (const input of $('type-filters').querySelectorAll('input')) input.checked = !types.has(input.value);
      $('undated').checked = state.u !== 0;
      v.setFilter({ hiddenTypes: types, undated: state.u !== 0 });
      this.timeline.setRange(Number.isInteger(state.f) ? state.f : null, Number.isInteger(state.t) ? state.t : null);
      this.timeline.setView(v);
    } finally {
      this.restoring = false;
      this.changed();
    }
  }
}

/**
 * The start view's nodes, then their edges: one after the other, so the edges' query (it reads
 * every edge of the busiest actors) does not slow down the nodes' on a busy server.
 */
function topRequests() {
  const nodes = api('/api/top-nodes', { limit: TOP_ACTORS });
  return { nodes, edges: nodes.then(() => api('/api/top', { limit: TOP_ACTORS })) };
}

/**
 * The whole graph's nodes, then its edges: asked one after the other, as the edges' query (the big
 * one) would slow the nodes' down on a busy server, and the nodes make the first picture.
 */
function wholeGraphRequests() {
  const nodes = api('/api/graph-nodes');
  // The edges' JSON is parsed off the page's thread (tens of megabytes: a long task here).
  return { nodes, edges: nodes.then(() => loadColumns('/api/graph')) };
}

async function main() {
  const saved = App.readViewFromUrl();
  // The whole graph's requests go out with the first one: the server works on them meanwhile.
  const early = !saved && /[#&]all\b/.test(location.hash) ? wholeGraphRequests() : null;
  if (early) early.nodes.catch(() => undefined);
  // So do the start view's: meta and the most active actors are asked side by side.
  const top = !saved && !early ? topRequests() : null;
  if (top) top.nodes.catch(() => undefined);
  const meta = await api('/api/meta');
  const app = new App(meta);
  const loading = saved ? app.restore(saved) : early ? app.loadAll(early) : app.loadTop(top);
  // The corpus histogram and the query pack come once the start view's edges are in (the whole
  // graph's: once its first picture is drawn), or the loading failed: on a busy server their
  // queries would slow down the ones the view waits for.
  await Promise.race([early ? app.view.firstPicture : new Promise(() => undefined), loading.catch(() => undefined)]);
  api('/api/timeline')
    .then((timeline) => {
      app.timeline.setCorpus(timeline, (type) => app.view.isClaimType(type));
      app.timeline.setView(app.view);
    })
    .catch((err) => app.status(`Time axis unavailable: ${err.message}`, true));
  app.results.setUp().catch((err) => app.status(`Query pack unavailable: ${err.message}`, true));
  await loading;
}

main().catch((err) => {
  const line = document.getElementById('status');
  line.textContent = `Could not start: ${err.message}`;
  line.classList.add('error');
});
