// Timing helpers for work that should wait until the page has shown what it just changed.

/** fn once the next frame has been painted (two animation frames): the moment a change is on screen. */
export function onNextPaint(fn) {
  requestAnimationFrame(() => requestAnimationFrame(fn));
}

/** fn after the next frame has been painted, in a task of its own (so it never holds up that frame). */
export function afterNextPaint(fn) {
  onNextPaint(() => setTimeout(fn, 0));
}
