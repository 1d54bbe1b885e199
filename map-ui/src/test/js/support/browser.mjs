// A stand-in for the few browser globals the pure modules use: window.location, window.history.replaceState,
// window.addEventListener, requestIdleCallback and requestAnimationFrame. Frames and idle callbacks run only when a
// test says so, so it can check what happens before and after each.

/**
 * installBrowser({ url }) sets globalThis.window and globalThis.requestAnimationFrame and returns
 * { window, replaced, runFrame(), runIdle(), dispatch(type), uninstall() }.
 *   replaced: the URLs given to history.replaceState, in order.
 */
export function installBrowser({ url = 'http://localhost:8080/', idle = true } = {}) {
  let here = new URL(url);
  const replaced = [];
  const listeners = new Map();
  let frames = [];
  let idles = [];
  const location = {
    get pathname() { return here.pathname; },
    get search() { return here.search; },
    get hash() { return here.hash; },
    get href() { return here.href; },
  };
  const window = {
    location,
    history: {
      replaceState(state, title, next) {
        replaced.push(next);
        here = new URL(next, here);
      },
    },
    addEventListener(type, listener) {
      if (!listeners.has(type)) listeners.set(type, []);
      listeners.get(type).push(listener);
    },
    ...(idle ? { requestIdleCallback: (fn, options) => { idles.push({ fn, options }); } } : {}),
  };
  const before = { window: globalThis.window, requestAnimationFrame: globalThis.requestAnimationFrame };
  globalThis.window = window;
  globalThis.requestAnimationFrame = (fn) => { frames.push(fn); };
  return {
    window,
    replaced,
    /** Runs the animation frame callbacks asked for so far; returns how many ran. */
    runFrame() {
      const due = frames;
      frames = [];
      due.forEach((fn) => fn(0));
      return due.length;
    },
    /** Runs the idle callbacks asked for so far, returning the options each was asked with. */
    runIdle() {
      const due = idles;
      idles = [];
      due.forEach(({ fn }) => fn());
      return due.map(({ options }) => options);
    },
    dispatch(type) {
      for (const listener of listeners.get(type) ?? []) listener({ type });
    },
    uninstall() {
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete globalThis[name];
        else globalThis[name] = value;
      }
    },
  };
}

/** Resolves once the tasks queued so far (setTimeout 0) have run. */
export const nextTask = () => new Promise((resolve) => { setTimeout(resolve, 0); });
