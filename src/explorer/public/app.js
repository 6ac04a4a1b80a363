// The explorer page: draws the graph with Cytoscape.js and talks only to this server's fixed
// JSON endpoints (/api/...). Text from the graph is always inserted as text (textContent), never
// as HTML.
'use strict';

(function () {
  const LABEL_COLOURS = {
    Person: '#4c8eda',
    State: '#da7194',
    Organization: '#f79767',
    Location: '#57c7e3',
    Article: '#a5abb6',
  };
  const TYPE_COLOURS = {
    STATEMENT: '#6b7b8c',
    THREAT: '#d62728',
    PROPOSAL: '#2ca02c',
    AFFILIATED_WITH: '#9467bd',
    MENTIONS: '#c8ccd2',
  };
  const TYPE_NAMES = {
    STATEMENT: 'Statement',
    THREAT: 'Threat',
    PROPOSAL: 'Proposal',
    AFFILIATED_WITH: 'Affiliated with',
    MENTIONS: 'Mentions',
  };

  const $ = (id) => document.getElementById(id);
  const statusLine = $('status');
  const details = $('details');

  // ------------------------------------------------------------------ helpers

  /** el('li', {className: 'x', onclick}, 'text', childNode, ...) */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null) continue;
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key in node) node[key] = value;
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle('error', !!isError);
  }

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value === undefined || value === null || value === '') continue;
      query.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
    const url = query.toString() ? `${path}?${query}` : path;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
    if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
    return body;
  }

  function short(text, max) {
    if (!text) return '';
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }

  function typeBadge(type) {
    return el('span', { className: `badge rel-${type}` }, TYPE_NAMES[type] || type);
  }

  function labelBadge(label) {
    return el('span', { className: `badge label-${label}` }, label || '?');
  }

  function clearDetails() {
    details.replaceChildren();
    details.scrollTop = 0;
  }

  // ------------------------------------------------------------------ graph

  const cy = cytoscape({
    container: $('graph'),
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n) => LABEL_COLOURS[n.data('label')] || '#999',
          label: 'data(caption)',
          'font-size': 10,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': 110,
          color: '#1d2939',
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          width: 'data(size)',
          height: 'data(size)',
          'border-width': 1,
          'border-color': '#fff',
        },
      },
      { selector: 'node[label = "Article"]', style: { shape: 'round-rectangle', 'font-size': 8, color: '#667085' } },
      { selector: 'node[label = "State"]', style: { shape: 'round-hexagon' } },
      { selector: 'node[label = "Organization"]', style: { shape: 'round-diamond' } },
      {
        selector: 'edge',
        style: {
          width: 1.6,
          'curve-style': 'bezier',
          'line-color': (e) => TYPE_COLOURS[e.data('type')] || '#999',
          'target-arrow-color': (e) => TYPE_COLOURS[e.data('type')] || '#999',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          opacity: 0.75,
        },
      },
      { selector: 'edge[type = "THREAT"]', style: { width: 2.6, opacity: 0.95 } },
      { selector: 'edge[type = "AFFILIATED_WITH"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[type = "MENTIONS"]', style: { width: 1, opacity: 0.4, 'target-arrow-shape': 'none' } },
      {
        selector: 'edge:selected',
        style: {
          width: 4,
          opacity: 1,
          label: 'data(type)',
          'font-size': 9,
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 1,
          'text-background-padding': 2,
        },
      },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1d4ed8' } },
      { selector: '.faded', style: { opacity: 0.12 } },
    ],
  });
  window.explorer = { cy };

  function nodeElement(node) {
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        name: node.name,
        caption: node.label === 'Article' ? short(node.name, 40) : node.name,
        size: 18,
      },
    };
  }

  function edgeElement(edge) {
    return {
      group: 'edges',
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, date: edge.date, cue: edge.cue },
    };
  }

  /** Bigger nodes for more connected actors. */
  function sizeNodes() {
    cy.nodes().forEach((n) => {
      const degree = n.degree(false);
      n.data('size', n.data('label') === 'Article' ? 14 : Math.min(56, 16 + 4 * Math.sqrt(degree) * 2));
    });
  }

  /** fit: zoom to the whole graph; randomize false keeps the nodes already placed where they are. */
  function runLayout(fit, randomize) {
    cy.layout({
      name: 'cose',
      animate: false,
      fit: fit !== false,
      padding: 30,
      // Strong repulsion and weak springs: parallel claims between two actors would otherwise
      // pull them on top of each other.
      nodeRepulsion: () => 60000,
      nodeOverlap: 40,
      idealEdgeLength: () => 110,
      edgeElasticity: () => 300,
      componentSpacing: 60,
      gravity: 0.5,
      numIter: 1500,
      randomize: randomize !== false,
    }).run();
  }

  function filterValues() {
    const form = $('filter-form');
    const checked = (name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
    return {
      types: checked('types'),
      labels: checked('labels'),
      from: form.elements.from.value,
      to: form.elements.to.value,
      undated: form.elements.undated.checked ? 'yes' : 'no',
    };
  }

  async function loadGraph() {
    const filters = filterValues();
    if (filters.types.length === 0 || filters.labels.length === 0) {
      cy.elements().remove();
      setStatus('Nothing to draw: pick at least one relation and one entity type.');
      return;
    }
    setStatus('Loading…');
    try {
      const graph = await api('/api/graph', filters);
      cy.batch(() => {
        cy.elements().remove();
        cy.add(graph.nodes.map(nodeElement));
        cy.add(graph.edges.map(edgeElement));
        sizeNodes();
      });
      runLayout();
      setStatus(`${graph.nodes.length} nodes, ${graph.edges.length} edges`);
    } catch (err) {
      setStatus(`Could not load the graph: ${err.message}`, true);
    }
  }

  /** Adds a node and its edges (from /api/node) to the drawing when the filters left it out. */
  function addNeighbourhood(data) {
    const added = [];
    cy.batch(() => {
      const ensure = (node) => {
        if (cy.getElementById(node.id).empty()) added.push(cy.add(nodeElement(node)));
      };
      ensure({ id: data.node.id, label: data.node.label, name: data.node.name });
      for (const edge of data.edges) {
        ensure(edge.other);
        if (cy.getElementById(edge.id).empty()) {
          const out = edge.direction === 'out';
          added.push(cy.add(edgeElement({ id: edge.id, type: edge.type, source: out ? data.node.id : edge.other.id, target: out ? edge.other.id : data.node.id })));
        }
      }
      sizeNodes();
    });
    if (added.length > 0) runLayout(false, false);
  }

  function focusNode(id) {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    cy.elements().unselect();
    node.select();
    const hood = node.closedNeighborhood();
    cy.elements().addClass('faded');
    hood.removeClass('faded');
    cy.animate({ fit: { eles: hood, padding: 60 }, duration: 350 });
  }

  function focusEdge(id) {
    const edge = cy.getElementById(id);
    if (edge.empty()) return;
    cy.elements().unselect();
    edge.select();
    cy.elements().addClass('faded');
    edge.union(edge.connectedNodes()).removeClass('faded');
    cy.animate({ center: { eles: edge.connectedNodes() }, duration: 300 });
  }

  cy.on('tap', 'node', (event) => showNode(event.target.id(), false));
  cy.on('tap', 'edge', (event) => {
    const edge = event.target;
    if (edge.data('type') === 'MENTIONS') showMentions(edge);
    else showEdge(edge.id(), false);
  });
  cy.on('tap', (event) => {
    if (event.target === cy) cy.elements().removeClass('faded');
  });

  // ------------------------------------------------------------------ details: node

  async function showNode(id, focus) {
    try {
      const data = await api('/api/node', { id });
      if (focus !== false) {
        if (cy.getElementById(id).empty() || data.edges.some((e) => cy.getElementById(e.id).empty())) addNeighbourhood(data);
        focusNode(id);
      } else {
        focusNode(id);
      }
      renderNode(data);
    } catch (err) {
      setStatus(`Could not load the node: ${err.message}`, true);
    }
  }

  function renderNode({ node, edges }) {
    clearDetails();
    details.append(el('h2', {}, node.name, ' ', labelBadge(node.label)));
    if (node.label === 'Article') {
      details.append(
        el('dl', { className: 'facts' }, el('dt', {}, 'Date'), el('dd', {}, node.date || 'unknown'), el('dt', {}, 'File'), el('dd', {}, node.file || '')),
      );
    } else {
      details.append(el('p', { className: 'hint' }, `Mentioned ${node.mentions} time${node.mentions === 1 ? '' : 's'} in ${node.articles} article${node.articles === 1 ? '' : 's'}`));
      details.append(el('h3', {}, 'Aliases'));
      details.append(
        node.aliases.length ? el('ul', { className: 'chips', id: 'aliases' }, node.aliases.map((a) => el('li', {}, a))) : el('p', { className: 'hint' }, 'none'),
      );
    }

    const affiliations = edges.filter((e) => e.type === 'AFFILIATED_WITH');
    const claims = edges.filter((e) => e.type !== 'AFFILIATED_WITH');
    if (node.label !== 'Article') {
      details.append(el('h3', {}, 'Affiliations'));
      if (affiliations.length === 0) details.append(el('p', { className: 'hint' }, 'none'));
      else details.append(el('ul', { className: 'edges', id: 'affiliations' }, groupAffiliations(affiliations)));
    }
    details.append(el('h3', {}, `Claims (${claims.length})`));
    if (claims.length === 0) details.append(el('p', { className: 'hint' }, 'none'));
    else details.append(el('ul', { className: 'edges', id: 'node-edges' }, claims.map((e) => edgeItem(e, node))));
  }

  /** One line per organisation and role (the same affiliation is often stated in many articles). */
  function groupAffiliations(edges) {
    const groups = new Map();
    for (const e of edges) {
      const key = `${e.direction}|${e.other.id}|${e.role || ''}`;
      if (!groups.has(key)) groups.set(key, { edge: e, count: 0 });
      groups.get(key).count++;
    }
    return [...groups.values()].map(({ edge, count }) => {
      const text = edge.direction === 'out' ? `${edge.role || 'member'} of ${edge.other.name}` : `${edge.other.name}, ${edge.role || 'member'}`;
      return el(
        'li',
        { dataset: { edge: edge.id, type: edge.type }, onclick: () => showEdge(edge.id, true) },
        typeBadge(edge.type),
        ' ',
        text,
        count > 1 ? el('span', { className: 'meta' }, ` · stated in ${count} places`) : null,
      );
    });
  }

  function edgeItem(edge, node) {
    const other = edge.other.label === 'Article' ? '(no addressee)' : edge.other.name;
    const arrow = edge.direction === 'out' ? `→ ${other}` : `← ${other}`;
    return el(
      'li',
      { dataset: { edge: edge.id, type: edge.type }, title: edge.evidence || '', onclick: () => showEdge(edge.id, true, node) },
      typeBadge(edge.type),
      ' ',
      arrow,
      el('div', { className: 'meta' }, [edge.cue, edge.date].filter(Boolean).join(' · '), edge.evidence ? ` — ${short(edge.evidence, 90)}` : ''),
    );
  }

  // ------------------------------------------------------------------ details: edge

  /** The evidence sentence with the quote marked (or the cue underlined when there is no quote). */
  function evidenceBlock(edge) {
    const text = edge.evidence || '';
    const block = el('blockquote', { className: `evidence ${edge.type}`, id: 'evidence' });
    let start = -1;
    let length = 0;
    if (edge.quote) {
      start = text.indexOf(edge.quote);
      if (start < 0) start = text.toLowerCase().indexOf(edge.quote.toLowerCase());
      length = edge.quote.length;
    }
    if (start >= 0) {
      block.append(text.slice(0, start), el('mark', { className: 'quote' }, text.slice(start, start + length)), text.slice(start + length));
      return [block];
    }
    const cue = edge.cue && edge.cue.length >= 3 ? new RegExp(`\\b${edge.cue.replace(/[^A-Za-z]/g, '')}\\w*`, 'i').exec(text) : null;
    if (cue) block.append(text.slice(0, cue.index), el('span', { className: 'cue' }, cue[0]), text.slice(cue.index + cue[0].length));
    else block.append(text);
    const parts = [block];
    if (edge.quote) parts.push(el('p', { className: 'quote-apart' }, 'Quote: “', el('mark', { className: 'quote' }, edge.quote), '”'));
    return parts;
  }

  async function showEdge(id, focus, backTo) {
    try {
      const edge = await api('/api/edge', { id });
      if (focus) focusEdge(id);
      clearDetails();
      if (backTo) details.append(el('p', {}, el('button', { className: 'link', type: 'button', onclick: () => showNode(backTo.id, false) }, `← ${backTo.name}`)));
      details.append(el('h2', {}, typeBadge(edge.type)));
      const target = edge.noAddressee ? el('em', {}, 'no addressee') : el('button', { className: 'link', type: 'button', onclick: () => showNode(edge.target.id) }, edge.target.name);
      details.append(
        el(
          'p',
          { className: 'parties', id: 'edge-parties' },
          el('button', { className: 'link', type: 'button', onclick: () => showNode(edge.source.id) }, edge.source.name),
          edge.type === 'AFFILIATED_WITH' ? ` — ${edge.role || 'member'} of — ` : ' → ',
          target,
        ),
      );
      details.append(...evidenceBlock(edge));
      const article = edge.article || {};
      details.append(
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
          edge.role ? [el('dt', {}, 'Role'), el('dd', {}, edge.role)] : null,
          el('dt', {}, 'Edge id'),
          el('dd', {}, el('code', {}, edge.id)),
        ),
      );
    } catch (err) {
      setStatus(`Could not load the edge: ${err.message}`, true);
    }
  }

  function showMentions(edge) {
    clearDetails();
    const source = edge.source();
    const target = edge.target();
    details.append(el('h2', {}, typeBadge('MENTIONS')));
    details.append(el('p', { className: 'parties' }, `“${source.data('name')}” mentions ${target.data('name')}`));
    details.append(el('p', {}, el('button', { className: 'link', type: 'button', onclick: () => showNode(target.id()) }, `Open ${target.data('name')}`)));
  }

  // ------------------------------------------------------------------ search

  const searchInput = $('search');
  const resultsList = $('search-results');
  let searchTimer = null;
  let searchSeq = 0;

  function hideResults() {
    resultsList.hidden = true;
    resultsList.replaceChildren();
  }

  function pick(result) {
    hideResults();
    searchInput.value = result.name;
    showNode(result.id, true);
  }

  async function search() {
    const q = searchInput.value.trim();
    const seq = ++searchSeq;
    if (q.length === 0) return hideResults();
    try {
      const { results } = await api('/api/search', { q: q.slice(0, 100) });
      if (seq !== searchSeq) return;
      resultsList.replaceChildren(
        ...(results.length
          ? results.map((r, i) =>
              el(
                'li',
                { role: 'option', className: i === 0 ? 'active' : '', dataset: { id: r.id }, onmousedown: (e) => (e.preventDefault(), pick(r)) },
                labelBadge(r.label),
                el('span', {}, r.name),
                r.alias ? el('span', { className: 'alias' }, `“${r.alias}”`) : null,
              ),
            )
          : [el('li', { className: 'hint' }, 'No actor by that name or alias')]),
      );
      resultsList.hidden = false;
      resultsList.results = results;
    } catch (err) {
      setStatus(`Search failed: ${err.message}`, true);
    }
  }

  searchInput.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 150);
  });
  searchInput.addEventListener('keydown', (event) => {
    const items = [...resultsList.querySelectorAll('li[data-id]')];
    const current = items.findIndex((li) => li.classList.contains('active'));
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const next = (current + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach((li, i) => li.classList.toggle('active', i === next));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const results = resultsList.results || [];
      if (!resultsList.hidden && results[Math.max(0, current)]) pick(results[Math.max(0, current)]);
    } else if (event.key === 'Escape') {
      hideResults();
    }
  });
  searchInput.addEventListener('blur', () => setTimeout(hideResults, 150));

  // ------------------------------------------------------------------ query pack

  async function setUpQueryPack() {
    const { queries } = await api('/api/queries');
    const select = $('query-name');
    select.replaceChildren(...queries.map((q) => el('option', { value: q.name }, q.name)));
    const showParams = () => {
      const query = queries.find((q) => q.name === select.value);
      $('query-description').textContent = query ? query.description : '';
      $('query-params').replaceChildren(
        ...(query ? query.params : []).map((p) =>
          el(
            'label',
            {},
            `${p.name}${p.required ? '' : ' (optional)'}`,
            p.type === 'enum'
              ? el('select', { name: p.name }, el('option', { value: '' }, ''), p.values.map((v) => el('option', { value: v }, v)))
              : el('input', {
                  name: p.name,
                  type: p.type === 'integer' ? 'number' : p.type === 'date' ? 'date' : 'text',
                  placeholder: p.example,
                  required: p.required,
                  maxLength: 200,
                  min: p.min,
                  max: p.max,
                }),
          ),
        ),
      );
    };
    select.addEventListener('change', showParams);
    showParams();
    $('query-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const params = {};
      for (const input of $('query-params').querySelectorAll('input, select')) if (input.value !== '') params[input.name] = input.value;
      try {
        const result = await api(`/api/query/${encodeURIComponent(select.value)}`, params);
        renderResults(select.value, result);
      } catch (err) {
        clearDetails();
        details.append(el('h2', {}, select.value), el('p', { className: 'hint' }, err.message));
      }
    });
  }

  function renderResults(name, { columns, rows }) {
    clearDetails();
    details.append(el('h2', {}, name), el('p', { className: 'hint' }, `${rows.length} row${rows.length === 1 ? '' : 's'}; click an edge id for its evidence`));
    const cellValue = (column, value) => {
      if (value === null || value === undefined) return '';
      if ((column === 'edge' || column === 'id') && typeof value === 'string' && value.startsWith('rel_')) {
        return el('button', { className: 'link', type: 'button', onclick: () => showEdge(value, true) }, value);
      }
      if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.startsWith('rel_'))) {
        return value.map((v) => el('button', { className: 'link', type: 'button', onclick: () => showEdge(v, true) }, v, ' '));
      }
      return typeof value === 'string' ? value : JSON.stringify(value);
    };
    details.append(
      el(
        'table',
        { className: 'results' },
        el('thead', {}, el('tr', {}, columns.map((c) => el('th', {}, c)))),
        el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => el('td', {}, cellValue(c, row[c])))))),
      ),
    );
  }

  // ------------------------------------------------------------------ start

  $('filter-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadGraph();
  });
  for (const input of $('filter-form').querySelectorAll('input[type=checkbox]')) input.addEventListener('change', loadGraph);
  $('fit').addEventListener('click', () => {
    cy.elements().removeClass('faded');
    cy.animate({ fit: { eles: cy.elements(), padding: 30 }, duration: 300 });
  });

  api('/api/meta')
    .then((meta) => {
      if (meta.firstDate) $('date-range').textContent = `Articles dated ${meta.firstDate} to ${meta.lastDate}`;
    })
    .catch(() => undefined);
  setUpQueryPack().catch((err) => setStatus(`Query pack unavailable: ${err.message}`, true));
  loadGraph();
})();
