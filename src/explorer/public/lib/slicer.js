// Long work in slices: the page's thread is given back every few milliseconds (the browser draws a
// frame, answers the mouse), so no task holds it for long even where the CPU is shared with much
// else. A loop asks spent(i) every so often and awaits pause() when it says so.

/** Milliseconds of work per slice: a slice stretches several-fold on a busy machine. */
export const SLICE_MS = 12;
const CHECK_EVERY = 256; // items between two looks at the clock

export class Slicer {
  constructor(budget = SLICE_MS) {
    this.budget = budget;
    this.began = performance.now();
  }

  /** Whether the loop at item `i` should pause now (looks at the clock every CHECK_EVERY items). */
  spent(i) {
    return i % CHECK_EVERY === 0 && performance.now() - this.began > this.budget;
  }

  /** The next task; the slice after it starts then. */
  async pause() {
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.began = performance.now();
  }
}
