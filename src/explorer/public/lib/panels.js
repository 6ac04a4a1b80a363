// The side panel and the article reader: a node (aliases, affiliations, claims), the claims behind
// a merged edge, one claim's evidence (sentence, quote marked or cue underlined, article, date), and
// the article around a sentence with every claim of that article marked.
import { $, api, el, short, typeName } from './dom.js';

/** The edge's targetFrom, said for a reader: whether the sentence names the target or it was inferred. */
const TARGET_FROM = {
  sentence: 'named in the sentence',
  'earlier claim': 'inferred: from an earlier claim in the article',
  'other side': 'inferred: the party the article sets against the speaker',
};

export class Panels {
  /** app: {view, expand(id), hideNode(id), togglePin(id), status(text, error)} */
  constructor(app) {
    this.app = app;
    this.details = $('details');
    this.reader = $('reader');
  }

  badge(type) {
    const b = el('span', { className: 'badge' }, typeName(type));
    b.style.background = this.app.view.typeColour(type);
    return b;
  }

  labelBadge(label) {
    const b = el('span', { className: 'badge' }, label || '?');
    b.style.background = this.app.view.labelColours.get(label) || '#98a2b3';
    return b;
  }

  clear() {
    this.details.replaceChildren();
    this.details.scrollTop = 0;
  }

  link(text, onclick, props) {
    return el('button', { className: 'link', type: 'button', onclick, ...(props || {}) }, text);
  }

  // ---------------------------------------------------------------- node

  async showNode(id) {
    try {
      const data = await api('/api/node', { id });
      this.renderNode(data);
    } catch (err) {
      this.app.status(`Could not load the node: ${err.message}`, true);
    }
  }

  renderNode({ node, edges }) {
    const view = this.app.view;
    this.clear();
    const d = this.details;
    d.append(el('h2', {}, node.name, ' ', this.labelBadge(node.label)));
    const inView = view.graph.hasNode(node.id);
    const pinned = inView && view.graph.getNodeAttribute(node.id, 'fixed');
    d.append(
      el(
        'p',
        { className: 'actions' },
        el('button', { type: 'button', id: 'expand-node', onclick: () => this.app.expand(node.id) }, 'Expand'),
        inView ? el('button', { type: 'button', id: 'hide-node', onclick: () => this.app.hideNode(node.id) }, 'Hide') : null,
        inView ? el('button', { type: 'button', id: 'pin-node', onclick: () => this.app.togglePin(node.id) }, pinned ? 'Unpin' : 'Pin') : null,
      ),
    );
    if (node.label === 'Article') {
      d.append(el('dl', { className: 'facts' }, el('dt', {}, 'Date'), el('dd', {}, node.date || 'unknown'), el('dt', {}, 'File'), el('dd', {}, node.file || '')));
      d.append(el('p', {}, this.link('Read the article', () => this.openArticle(node.id.replace(/^article:/, ''), null))));
    } else {
      d.append(el('p', { className: 'hint' }, `Mentioned ${node.mentions} time${node.mentions === 1 ? '' : 's'} in ${node.articles} article${node.articles === 1 ? '' : 's'}`));
      d.append(el('h3', {}, 'Aliases'));
      d.append(node.aliases.length ? el('ul', { className: 'chips', id: 'aliases' }, node.aliases.map((a) => el('li', {}, a))) : el('p', { className: 'hint' }, 'none'));
    }
    const ties = edges.filter((e) => !view.isClaimType(e.type));
    const claims = edges.filter((e) => view.isClaimType(e.type));
    if (node.label !== 'Article') {
      d.append(el('h3', {}, 'Affiliations'));
      d.append(ties.length ? el('ul', { className: 'edges', id: 'affiliations' }, this.groupTies(ties)) : el('p', { className: 'hint' }, 'none'));
    }
    d.append(el('h3', {}, `Claims (${claims.length}${claims.length >= 300 ? '+' : ''})`));
    d.append(claims.length ? el('ul', { className: 'edges', id: 'node-edges' }, claims.map((e) => this.edgeItem(e, node))) : el('p', { className: 'hint' }, 'none'));
  }

  /** One line per organisation and role (the same affiliation is often stated in many articles). */
  groupTies(edges) {
    const groups = new Map();
    for (const e of edges) {
      const key = `${e.direction}|${e.other.id}|${e.role || ''}`;
      if (!groups.has(key)) groups.set(key, { edge: e, count: 0 });
      groups.get(key).count++;
    }
    return [...groups.values()].map(({ edge, count }) => {
      const text = edge.direction === 'out' ? `${edge.role || 'member'} of ${edge.other.name}` : `${edge.other.name}, ${edge.role || 'member'}`;
      return el('li', { dataset: { edge: edge.id, type: edge.type }, onclick: () => this.showEdge(edge.id) }, this.badge(edge.type), ' ', text, count > 1 ? el('span', { className: 'meta' }, ` · stated in ${count} places`) : null);
    });
  }

  edgeItem(edge, node) {
    const other = edge.other.label === 'Article' ? '(no addressee)' : edge.other.name;
    return el(
      'li',
      { dataset: { edge: edge.id, type: edge.type }, title: edge.evidence || '', onclick: () => this.showEdge(edge.id, node) },
      this.badge(edge.type),
      ' ',
      edge.direction === 'out' ? `→ ${other}` : `← ${other}`,
      el('div', { className: 'meta' }, [edge.cue, edge.date].filter(Boolean).join(' · '), edge.evidence ? ` — ${short(edge.evidence, 90)}` : ''),
    );
  }

  // ---------------------------------------------------------------- merged edge

  /** The claims between two nodes: one group per direction and type, each claim opening its evidence. */
  async showPair(a, b) {
    const view = this.app.view;
    const merged = view.edgesBetween(a, b);
    const name = (id) => (view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, 'label') : id);
    this.clear();
    const d = this.details;
    d.append(el('h2', { id: 'pair-title' }, `${name(a)} ⇄ ${name(b)}`));
    d.append(el('p', { className: 'hint' }, 'Every claim between the two, by direction and type; click one for its evidence.'));
    for (const m of merged) {
      const list = el('ul', { className: 'edges claims', dataset: { merged: m.edge } }, el('li', { className: 'hint' }, 'Loading…'));
      d.append(el('h3', { className: 'merged' }, this.badge(m.rel), ` ${name(m.source)} → ${name(m.target)} · ${m.shown === m.count ? m.count : `${m.shown} of ${m.count}`}`), list);
      api('/api/claims', { source: m.source, target: m.target, type: m.rel })
        .then(({ claims }) => {
          list.replaceChildren(
            ...claims.map((c) =>
              el(
                'li',
                { dataset: { edge: c.id, type: c.type }, title: c.evidence || '', onclick: () => this.showEdge(c.id, null, { a, b }) },
                el('div', { className: 'meta' }, [c.date || 'undated', c.cue, c.article && c.article.title ? short(c.article.title, 60) : ''].filter(Boolean).join(' · ')),
                short(c.evidence, 220),
              ),
            ),
          );
        })
        .catch((err) => list.replaceChildren(el('li', { className: 'hint' }, err.message)));
    }
  }

  // ---------------------------------------------------------------- one claim

  /** The evidence sentence with the quote marked (or the cue underlined when there is no quote). */
  evidenceBlock(edge) {
    const text = edge.evidence || '';
    const block = el('blockquote', { className: 'evidence', id: 'evidence' });
    block.style.borderLeftColor = this.app.view.typeColour(edge.type);
    let start = -1;
    if (edge.quote) {
      start = text.indexOf(edge.quote);
      if (start < 0) start = text.toLowerCase().indexOf(edge.quote.toLowerCase());
    }
    if (start >= 0) {
      const end = start + edge.quote.length;
      block.append(text.slice(0, start), el('mark', { className: 'quote' }, text.slice(start, end)), text.slice(end));
      return [block];
    }
    const cue = edge.cue && edge.cue.length >= 3 ? new RegExp(`\\b${edge.cue.replace(/[^A-Za-z]/g, '')}\\w*`, 'i').exec(text) : null;
    if (cue) block.append(text.slice(0, cue.index), el('span', { className: 'cue' }, cue[0]), text.slice(cue.index + cue[0].length));
    else block.append(text);
    return edge.quote ? [block, el('p', { className: 'quote-apart' }, 'Quote: “', el('mark', { className: 'quote' }, edge.quote), '”')] : [block];
  }

  async showEdge(id, backToNode, backToPair) {
    try {
      const edge = await api('/api/edge', { id });
      this.clear();
      const d = this.details;
      if (backToNode) d.append(el('p', {}, this.link(`← ${backToNode.name}`, () => this.showNode(backToNode.id))));
      if (backToPair) d.append(el('p', {}, this.link('← all claims between the two', () => this.showPair(backToPair.a, backToPair.b))));
      d.append(el('h2', {}, this.badge(edge.type)));
      const target = edge.noAddressee ? el('em', {}, 'no addressee') : this.link(edge.target.name, () => this.showNode(edge.target.id));
      d.append(el('p', { className: 'parties', id: 'edge-parties' }, this.link(edge.source.name, () => this.showNode(edge.source.id)), edge.role ? ` — ${edge.role} of — ` : ' → ', target));
      d.append(...this.evidenceBlock(edge));
      const article = edge.article || {};
      d.append(
        el(
          'dl',
          { className: 'facts' },
          el('dt', {}, 'Article'),
          el('dd', { id: 'edge-article' }, article.title || ''),
          el('dt', {}, 'Date'),
          el('dd', { id: 'edge-date' }, edge.date || article.date || 'unknown'),
          el('dt', {}, 'File'),
          el('dd', {}, article.file || ''),
          edge.cue ? [el('dt', {}, 'Cue'), el('dd', {}, edge.cue)] : null,
          edge.targetFrom ? [el('dt', {}, 'Target'), el('dd', { id: 'edge-target-from' }, TARGET_FROM[edge.targetFrom] || edge.targetFrom)] : null,
          el('dt', {}, 'Edge id'),
          el('dd', {}, el('code', {}, edge.id)),
        ),
      );
      if (article.id) d.append(el('p', {}, this.link('Read the article around this sentence', () => this.openArticle(article.id, edge.id), { id: 'open-article' })));
    } catch (err) {
      this.app.status(`Could not load the edge: ${err.message}`, true);
    }
  }

  // ---------------------------------------------------------------- article reader

  /** The article's text; the chosen claim's sentence highlighted, every other claim marked. */
  async openArticle(articleId, claimId) {
    try {
      const article = await api('/api/article', { id: articleId });
      const text = article.text || '';
      const claims = (article.claims || []).filter((c) => Number.isInteger(c.start) && Number.isInteger(c.end) && c.end <= text.length);
      // Sentences can carry several claims: one mark per distinct span, listing them all.
      const spans = new Map();
      for (const c of claims) {
        const key = `${c.start}:${c.end}`;
        if (!spans.has(key)) spans.set(key, { start: c.start, end: c.end, claims: [] });
        spans.get(key).claims.push(c);
      }
      const body = el('div', { className: 'article-text', id: 'article-text' });
      let at = 0;
      for (const span of [...spans.values()].sort((x, y) => x.start - y.start)) {
        if (span.start < at) continue; // overlapping spans: the first wins
        body.append(text.slice(at, span.start));
        const current = span.claims.some((c) => c.id === claimId);
        const mark = el('mark', { className: current ? 'claim current' : 'claim', title: span.claims.map((c) => `${typeName(c.type)}: ${c.source.name} → ${c.target.name || '(no addressee)'}`).join('\n'), onclick: () => this.showEdge(span.claims[0].id) }, text.slice(span.start, span.end));
        mark.style.borderBottomColor = this.app.view.typeColour(span.claims[0].type);
        body.append(mark);
        at = span.end;
      }
      body.append(text.slice(at));
      const actors = new Map();
      for (const c of claims) for (const p of [c.source, c.target]) if (p && p.id && !p.id.startsWith('article:')) actors.set(p.id, p);
      this.reader.replaceChildren(
        el('div', { className: 'reader-head' }, el('h2', {}, article.title || article.id), el('button', { type: 'button', id: 'close-reader', onclick: () => this.closeArticle() }, 'Back to the graph')),
        el('p', { className: 'hint' }, [article.date || 'undated', article.file].filter(Boolean).join(' · '), ` · ${claims.length} claims and affiliations marked; click one for its evidence`),
        el('p', { className: 'actors' }, 'Actors: ', [...actors.values()].map((p) => [this.link(p.name, () => (this.closeArticle(), this.app.expand(p.id))), ' '])),
        body,
      );
      this.reader.hidden = false;
      const current = body.querySelector('mark.current');
      if (current) current.scrollIntoView({ block: 'center' });
    } catch (err) {
      this.app.status(`Could not load the article: ${err.message}`, true);
    }
  }

  closeArticle() {
    this.reader.hidden = true;
  }
}
