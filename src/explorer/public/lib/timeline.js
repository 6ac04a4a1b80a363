// The time axis: a histogram of claims by article date (light: the whole corpus; dark: what the view
// holds) with a brush. Dragging across it picks a date range; the range filters what is drawn.
// Undated claims have no place on an axis: they are counted apart, and a checkbox keeps or drops them.
import { dayToIso, plural } from './dom.js';
import { Slicer } from './slicer.js';

const HEIGHT = 64;
const AXIS = 14;
const SLICED_FROM = 20_000; // edges from which the view's claims are counted in slices
const STEP = 2000; // edges between two looks at the clock

export class Timeline {
  /** onBrush({from, to}) with day numbers or nulls. */
  constructor(canvas, info, onBrush) {
    this.canvas = canvas;
    this.info = info;
    this.onBrush = onBrush;
    this.first = null;
    this.last = null;
    this.corpus = new Map(); // bin -> claims in the corpus
    this.view = new Map(); // bin -> claims in the view
    this.undated = { corpus: 0, view: 0 };
    this.range = { from: null, to: null };
    this.dragFrom = null;
    this.bindMouse();
    new ResizeObserver(() => this.draw()).observe(canvas);
  }

  binOf(day) {
    return Math.floor((day - this.first) / this.binDays);
  }

  /** /api/timeline: {types, days: [[day, typeAt, count]], undated: {type: count}}. */
  setCorpus(timeline, isClaimType) {
    const claimAt = new Set(timeline.types.map((t, i) => (isClaimType(t) ? i : -1)).filter((i) => i >= 0));
    const days = timeline.days.filter(([, t]) => claimAt.has(t));
    if (days.length) {
      this.first = days[0][0];
      this.last = days[days.length - 1][0];
      this.binDays = Math.max(1, Math.ceil((this.last - this.first + 1) / 160));
    }
    this.corpus.clear();
    for (const [day, , count] of days) {
      const bin = this.binOf(day);
      this.corpus.set(bin, (this.corpus.get(bin) || 0) + count);
    }
    this.undated.corpus = Object.entries(timeline.undated)
      .filter(([type]) => isClaimType(type))
      .reduce((sum, [, n]) => sum + n, 0);
    this.draw();
  }

  /**
   * The claims of the drawn graph (every claim edge's days, filter aside). Counted in slices across
   * frames on big graphs (140,000 edges made a long task); a later call supersedes a running count.
   */
  setView(graphView) {
    const steps = this.viewSteps(graphView);
    if (graphView.graph.size < SLICED_FROM) {
      while (!steps.next().done);
      return;
    }
    const slice = new Slicer();
    const run = async () => {
      while (!steps.next().done) if (slice.spent(0)) await slice.pause();
    };
    run();
  }

  *viewSteps(graphView) {
    const version = (this.viewVersion = (this.viewVersion || 0) + 1);
    const view = new Map();
    let undated = 0;
    let n = 0;
    if (this.first !== null) {
      for (const { attributes: attr, source, target } of graphView.graph.edgeEntries()) {
        if (++n % STEP === 0) {
          yield;
          if (version !== this.viewVersion) return;
        }
        if (!graphView.isClaimType(attr.rel) || graphView.hiddenNodes.has(source) || graphView.hiddenNodes.has(target)) continue;
        undated += attr.undated;
        for (const day of attr.days) {
          const bin = this.binOf(day);
          view.set(bin, (view.get(bin) || 0) + 1);
        }
      }
    }
    this.view = view;
    this.undated.view = undated;
    this.draw();
  }

  setRange(from, to, silent) {
    this.range = { from, to };
    this.draw();
    if (!silent) this.onBrush({ ...this.range });
  }

  dayAt(x) {
    const width = this.canvas.clientWidth;
    const bins = this.binOf(this.last) + 1;
    const bin = Math.max(0, Math.min(bins - 1, Math.floor((x / width) * bins)));
    return this.first + bin * this.binDays;
  }

  bindMouse() {
    const c = this.canvas;
    const x = (e) => e.clientX - c.getBoundingClientRect().left;
    c.addEventListener('mousedown', (e) => {
      if (this.first === null) return;
      this.dragFrom = this.dayAt(x(e));
      this.range = { from: this.dragFrom, to: this.dragFrom + this.binDays - 1 };
      this.draw();
    });
    window.addEventListener('mousemove', (e) => {
      if (this.dragFrom === null) return;
      const day = this.dayAt(x(e));
      this.range = { from: Math.min(day, this.dragFrom), to: Math.max(day, this.dragFrom) + this.binDays - 1 };
      this.draw();
    });
    window.addEventListener('mouseup', () => {
      if (this.dragFrom === null) return;
      this.dragFrom = null;
      this.onBrush({ ...this.range });
    });
    c.addEventListener('dblclick', () => this.setRange(null, null));
  }

  draw() {
    const c = this.canvas;
    const ratio = window.devicePixelRatio || 1;
    const width = c.clientWidth;
    c.width = Math.round(width * ratio);
    c.height = Math.round(HEIGHT * ratio);
    const ctx = c.getContext('2d');
    ctx.scale(ratio, ratio);
    ctx.clearRect(0, 0, width, HEIGHT);
    if (this.first === null) {
      this.info.textContent = 'No dated claims';
      return;
    }
    const bins = this.binOf(this.last) + 1;
    const barWidth = width / bins;
    const max = Math.max(1, ...this.corpus.values());
    const plot = HEIGHT - AXIS;
    const bar = (counts, colour) => {
      ctx.fillStyle = colour;
      for (const [bin, n] of counts) {
        const h = Math.max(1, (n / max) * (plot - 2));
        ctx.fillRect(bin * barWidth, plot - h, Math.max(1, barWidth - 0.5), h);
      }
    };
    bar(this.corpus, '#d0d5dd');
    bar(this.view, '#475467');
    const { from, to } = this.range;
    if (from !== null) {
      const x0 = ((from - this.first) / this.binDays) * barWidth;
      const x1 = ((to - this.first + 1) / this.binDays) * barWidth;
      ctx.fillStyle = 'rgba(29, 78, 216, 0.15)';
      ctx.fillRect(x0, 0, x1 - x0, plot);
      ctx.strokeStyle = '#1d4ed8';
      ctx.strokeRect(x0 + 0.5, 0.5, x1 - x0 - 1, plot - 1);
    }
    ctx.fillStyle = '#667085';
    ctx.font = '10px system-ui, sans-serif';
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'left';
    ctx.fillText(dayToIso(this.first), 2, HEIGHT);
    ctx.textAlign = 'right';
    ctx.fillText(dayToIso(this.last), width - 2, HEIGHT);
    const shown = from === null ? 'all dates' : `${dayToIso(from)} to ${dayToIso(Math.min(to, this.last))}`;
    this.info.textContent = `${shown} · undated: ${plural(this.undated.view, 'claim')} in view (${this.undated.corpus.toLocaleString('en')} in the corpus)`;
  }
}
