// The query pack: a form per query (from /api/queries), results in a full-width table under the
// graph (sortable by any column, evidence whole), the actors they name highlighted in the graph,
// and the table as CSV.
import { $, api, download, el } from './dom.js';

function cellText(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('; ');
  return JSON.stringify(value);
}

/** RFC 4180: quote every field, double the quotes inside. */
export function toCsv(columns, rows) {
  const field = (v) => `"${cellText(v).replace(/"/g, '""')}"`;
  return [columns.map(field).join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].join('\r\n') + '\r\n';
}

export class Results {
  /** app: {view, panels, status(text, error)} */
  constructor(app) {
    this.app = app;
    this.section = $('results');
    this.current = null;
  }

  async setUp() {
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
              : el('input', { name: p.name, type: p.type === 'integer' ? 'number' : p.type === 'date' ? 'date' : 'text', placeholder: p.example, required: p.required, maxLength: 200, min: p.min, max: p.max }),
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
        this.show(select.value, params, await api(`/api/query/${encodeURIComponent(select.value)}`, params));
      } catch (err) {
        this.app.status(`${select.value}: ${err.message}`, true);
      }
    });
  }

  show(name, params, { columns, rows }) {
    this.current = { name, params, columns, rows, sortBy: null, descending: false };
    this.highlight();
    this.render();
  }

  close() {
    this.current = null;
    this.section.hidden = true;
    this.app.view.setHighlight(null);
  }

  /** Nodes of the view whose name (or id) a cell holds. */
  highlight() {
    const view = this.app.view;
    const byName = new Map();
    view.graph.forEachNode((node, attr) => byName.set(String(attr.label).toLowerCase(), node));
    const found = new Set();
    const visit = (value) => {
      if (typeof value === 'string') {
        const node = view.graph.hasNode(value) ? value : byName.get(value.toLowerCase());
        if (node) found.add(node);
      } else if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    for (const row of this.current.rows) Object.values(row).forEach(visit);
    view.setHighlight(found);
    return found.size;
  }

  sorted() {
    const { rows, sortBy, descending } = this.current;
    if (!sortBy) return rows;
    const key = (r) => r[sortBy];
    const copy = [...rows].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return cellText(x).localeCompare(cellText(y), 'en', { numeric: true });
    });
    return descending ? copy.reverse() : copy;
  }

  cell(column, value) {
    const panels = this.app.panels;
    if (typeof value === 'string' && value.startsWith('rel_')) return el('button', { className: 'link', type: 'button', onclick: () => panels.showEdge(value) }, value);
    if (Array.isArray(value) && value.length && value.every((v) => typeof v === 'string' && v.startsWith('rel_'))) {
      return value.map((v) => [el('button', { className: 'link', type: 'button', onclick: () => panels.showEdge(v) }, v), ' ']);
    }
    return cellText(value);
  }

  render() {
    const { name, params, columns, rows, sortBy, descending } = this.current;
    const shownParams = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ');
    const header = columns.map((c) =>
      el(
        'th',
        {
          scope: 'col',
          className: c === sortBy ? (descending ? 'sorted desc' : 'sorted asc') : '',
          onclick: () => {
            this.current.descending = this.current.sortBy === c ? !this.current.descending : false;
            this.current.sortBy = c;
            this.render();
          },
        },
        c,
      ),
    );
    const highlighted = this.app.view.highlight ? this.app.view.highlight.size : 0;
    this.section.replaceChildren(
      el(
        'div',
        { className: 'results-head' },
        el('h2', {}, name),
        el('span', { className: 'hint' }, `${shownParams ? `${shownParams} · ` : ''}${rows.length} row${rows.length === 1 ? '' : 's'} · ${highlighted} of the actors named are highlighted in the graph · click a column to sort`),
        el('button', { type: 'button', id: 'results-csv', onclick: () => download(new Blob([toCsv(columns, this.sorted())], { type: 'text/csv' }), `${name}.csv`) }, 'CSV'),
        el('button', { type: 'button', id: 'results-close', onclick: () => this.close() }, 'Close'),
      ),
      el('div', { className: 'table-wrap' }, el('table', { className: 'results', id: 'results-table' }, el('thead', {}, el('tr', {}, header)), el('tbody', {}, this.sorted().map((row) => el('tr', {}, columns.map((c) => el('td', { className: `col-${c}` }, this.cell(c, row[c])))))))),
    );
    this.section.hidden = false;
  }
}
