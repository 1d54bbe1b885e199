// Timing helpers for work that should wait until the page has shown what it just changed.

/** fn after the next frame has been painted (two animation frames, then a task of its own). */
export function afterNextPaint(fn) {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(fn, 0)));
}
