// The view as plain data: what is open, expanded, hidden and pinned, the selection, filters, layout
// and path query. Undo/redo are snapshots of this object, so they always agree with the URL.

export const LAYOUTS = ["fcose", "concentric", "dagre", "grid", "timeline", "circle"];

export function emptyState() {
  return {
    open: [],
    expansions: [],
    hidden: [],
    pinned: {},
    selected: null,
    filters: { labels: [], types: [], from: "", to: "", undated: true },
    layout: "fcose",
    paths: null,
  };
}

export const expansionId = (e) => `${e.key}|${(e.types ?? []).join(",")}|${e.dir ?? "both"}|${e.limit ?? 50}|${e.skip ?? 0}`;

const clone = (value) => JSON.parse(JSON.stringify(value));

export function createStore(initial = emptyState()) {
  let state = clone(initial);
  const past = [];
  const future = [];
  const listeners = new Set();
  const notify = (reason) => {
    for (const listener of listeners) listener(state, reason);
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Applies `mutate` to a copy; `undoable: false` for changes not worth an undo step (selection). */
    update(mutate, { undoable = true, reason = "change" } = {}) {
      const next = clone(state);
      mutate(next);
      if (JSON.stringify(next) === JSON.stringify(state)) return;
      if (undoable) {
        past.push(state);
        if (past.length > 100) past.shift();
        future.length = 0;
      }
      state = next;
      notify(reason);
    },
    replace(next, reason = "load") {
      state = clone(next);
      past.length = 0;
      future.length = 0;
      notify(reason);
    },
    undo() {
      if (past.length === 0) return false;
      future.push(state);
      state = past.pop();
      notify("undo");
      return true;
    },
    redo() {
      if (future.length === 0) return false;
      past.push(state);
      state = future.pop();
      notify("redo");
      return true;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
  };
}
