// The only module that touches the Cytoscape instance: it shows the elements the app decides on,
// lays them out, filters, highlights and exports them, and reports user gestures through handlers.
/* global cytoscape, cytoscapeFcose, cytoscapeDagre */
import { graphStyle, isKnownLabel, labelStyle } from "./graph-style.js";
import { timelinePositions } from "./timeline-layout.js";

let registered = false;
function registerExtensions() {
  if (registered) return;
  registered = true;
  // cytoscape-svg and cytoscape-navigator register themselves when loaded as plain scripts.
  if (typeof cytoscapeFcose !== "undefined") cytoscape.use(cytoscapeFcose);
  if (typeof cytoscapeDagre !== "undefined") cytoscape.use(cytoscapeDagre);
}

/** Above this many nodes, labels and arrows are drawn only for the selection (see graph-style.js). */
export const LARGE_VIEW = 600;

const LAYOUT_OPTIONS = {
  fcose: { name: "fcose", quality: "default", randomize: true, animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, nodeSeparation: 80, packComponents: true },
  concentric: { name: "concentric", animate: false, minNodeSpacing: 30, concentric: (n) => n.degree(), levelWidth: () => 2 },
  dagre: { name: "dagre", rankDir: "LR", nodeSep: 30, rankSep: 110, animate: false },
  grid: { name: "grid", animate: false, avoidOverlapPadding: 20, condense: true },
  circle: { name: "circle", animate: false },
};

export function createGraphView(container, handlers) {
  registerExtensions();
  const cy = cytoscape({
    container,
    style: graphStyle(),
    elements: [],
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: "single",
  });
  window.cy = cy; // tests and power users inspect the graph from the browser console
  let edgeLabels = false;
  let navigator = null;
  let captionLang = "ja";

  const kindOf = (el) => ({ kind: el.isNode() ? "node" : "edge", id: el.id() });
  cy.on("tap", "node, edge", (event) => {
    if (event.target.hasClass("axis")) return;
    handlers.onSelect?.(kindOf(event.target));
  });
  cy.on("tap", (event) => {
    if (event.target === cy) handlers.onSelect?.(null);
  });
  cy.on("dbltap", "node", (event) => {
    if (!event.target.hasClass("axis")) handlers.onExpand?.(event.target.id());
  });
  cy.on("cxttap", "node, edge", (event) => {
    if (event.target.hasClass("axis")) return;
    handlers.onMenu?.(kindOf(event.target), event.renderedPosition);
  });
  cy.on("dragfree", "node", (event) => {
    const node = event.target;
    if (node.hasClass("pinned")) handlers.onMoved?.(node.id(), node.position());
  });

  const caption = (data) => (captionLang === "en" && data.nameEn ? data.nameEn : data.label ?? data.name ?? data.id);

  function prepare(element) {
    const data = { ...element.data };
    if (element.group === "nodes") {
      data.caption = caption(data);
      if (!isKnownLabel(data.kind)) data.color = labelStyle(data.kind).color;
    }
    return { group: element.group, data };
  }

  return {
    cy: () => cy,

    /** Shows exactly `visible` node keys (and the edges among them) from the `elements` cache. */
    sync({ elements, visible, expanded = new Set(), hasMore = new Set(), pinned = {} }) {
      const added = [];
      cy.batch(() => {
        cy.elements().not(".axis").forEach((el) => {
          if (el.isNode() ? !visible.has(el.id()) : !(visible.has(el.data("source")) && visible.has(el.data("target")) && elements.has(el.id()))) {
            el.remove();
          }
        });
        for (const key of visible) {
          const element = elements.get(key);
          if (element && cy.getElementById(key).empty()) {
            cy.add(prepare(element));
            added.push(key);
          }
        }
        for (const element of elements.values()) {
          if (element.group !== "edges") continue;
          const { id, source, target } = element.data;
          if (visible.has(source) && visible.has(target) && cy.getElementById(id).empty()) cy.add(prepare(element));
        }
        cy.nodes().not(".axis").forEach((node) => {
          node.toggleClass("expanded", expanded.has(node.id()));
          node.toggleClass("has-more", hasMore.has(node.id()));
          const pin = pinned[node.id()];
          node.toggleClass("pinned", Boolean(pin));
          if (pin) {
            node.position({ x: pin[0], y: pin[1] });
            node.lock();
          } else if (node.locked()) {
            node.unlock();
          }
        });
        cy.edges().toggleClass("with-label", edgeLabels);
        const large = cy.nodes().length > LARGE_VIEW;
        cy.elements().not(".axis").toggleClass("large", large);
      });
      return added;
    },

    /** Runs a layout; with `around`, new nodes start next to that node and the rest keep their places. */
    layout(name, { added = [], around = null, pinned = {} } = {}) {
      cy.nodes(".axis").remove();
      cy.nodes(".undated").removeClass("undated");
      cy.edges().toggleClass("timeline-mode", name === "timeline");
      const visible = cy.elements().not(".filtered");
      if (visible.nodes().length === 0) return Promise.resolve();
      if (name === "timeline") {
        const { positions, axis, undated, lanes } = timelinePositions(visible.nodes().map((n) => n.data()));
        cy.batch(() => {
          for (const tick of axis) cy.add({ group: "nodes", data: { id: `axis:${tick.label}`, caption: tick.label }, classes: "axis", position: { x: tick.x, y: tick.y }, locked: true, selectable: false, grabbable: false });
          for (const lane of lanes) cy.add({ group: "nodes", data: { id: `axis:lane:${lane.kind}`, caption: lane.kind }, classes: "axis lane", position: { x: -120, y: lane.y }, locked: true, selectable: false, grabbable: false });
          for (const key of undated) cy.getElementById(key).addClass("undated");
        });
        const layout = cy.layout({ name: "preset", positions: (node) => positions.get(node.id()) ?? node.position(), fit: true, padding: 40, animate: false });
        return run(layout);
      }
      const incremental = name === "fcose" && added.length > 0 && added.length < cy.nodes().length;
      if (incremental) {
        const center = around ? cy.getElementById(around) : null;
        const origin = center?.nonempty() ? center.position() : { x: 0, y: 0 };
        added.forEach((key, i) => {
          const angle = (2 * Math.PI * i) / added.length;
          const r = 80 + 6 * Math.sqrt(added.length);
          cy.getElementById(key).position({ x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) });
        });
      }
      const fixed = Object.entries(pinned)
        .filter(([key]) => cy.getElementById(key).nonempty())
        .map(([nodeId, [x, y]]) => ({ nodeId, position: { x, y } }));
      const options = { ...(LAYOUT_OPTIONS[name] ?? LAYOUT_OPTIONS.fcose), fit: true, padding: 40 };
      if (options.name === "fcose") {
        options.randomize = !incremental;
        // fCoSE's "default" quality costs seconds per thousand nodes; draft keeps big views responsive.
        if (visible.nodes().length > 800) options.quality = "draft";
        if (fixed.length) options.fixedNodeConstraint = fixed;
      }
      if (options.name === "fcose" && typeof cytoscapeFcose === "undefined") options.name = "cose";
      return run(visible.layout(options));
    },

    /** Hides what the filters exclude; returns how many nodes they hide. */
    applyFilters(test) {
      let hidden = 0;
      cy.batch(() => {
        cy.nodes().not(".axis").forEach((node) => {
          const out = !test.node(node.data());
          node.toggleClass("filtered", out);
          if (out) hidden++;
        });
        cy.edges().forEach((edge) => {
          edge.toggleClass("filtered", !test.edge(edge.data()) || edge.source().hasClass("filtered") || edge.target().hasClass("filtered"));
        });
      });
      return hidden;
    },

    select(selection) {
      cy.$(":selected").unselect();
      if (!selection) return false;
      const el = cy.getElementById(selection.id);
      if (el.empty()) return false;
      el.select();
      return true;
    },

    focusNode(key, { center = false } = {}) {
      cy.nodes(".focus").removeClass("focus");
      const node = cy.getElementById(key);
      if (node.empty()) return;
      node.addClass("focus");
      if (center) cy.animate({ center: { eles: node }, duration: 200 });
    },

    highlight(nodeKeys, edgeIds) {
      cy.batch(() => {
        cy.elements().removeClass("hl").addClass("faded");
        for (const id of [...nodeKeys, ...edgeIds]) cy.getElementById(id).removeClass("faded").addClass("hl");
        cy.nodes(".axis").removeClass("faded");
      });
    },

    clearHighlight() {
      cy.elements().removeClass("hl faded");
    },

    hasElement: (id) => cy.getElementById(id).nonempty(),
    nodeData: (id) => cy.getElementById(id).data(),
    visibleNodeKeys: () => cy.nodes().not(".axis").map((n) => n.id()),
    counts: () => ({ nodes: cy.nodes().not(".axis").not(".filtered").length, edges: cy.edges().not(".filtered").length }),
    kindsOnCanvas: () => [...new Set(cy.nodes().not(".axis").map((n) => n.data("kind")))].sort(),
    positionOf: (id) => cy.getElementById(id).position(),
    renderedPositionOf: (id) => cy.getElementById(id).renderedPosition(),

    fit: () => cy.animate({ fit: { eles: cy.elements().not(".filtered"), padding: 40 }, duration: 200 }),
    zoomBy(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },

    setCaptionLanguage(lang) {
      captionLang = lang;
      cy.batch(() => cy.nodes().not(".axis").forEach((n) => n.data("caption", caption(n.data()))));
    },

    setEdgeLabels(on) {
      edgeLabels = on;
      cy.edges().toggleClass("with-label", on);
    },

    setNavigator(on, element) {
      if (on && !navigator && typeof cy.navigator === "function") {
        navigator = cy.navigator({ container: element, viewLiveFramerate: 0, thumbnailEventFramerate: 10, dblClickDelay: 200, removeCustomContainer: false });
      } else if (!on && navigator) {
        navigator.destroy();
        navigator = null;
      }
    },

    /** The nearest node from `id` roughly in `direction` (left/right/up/down), for keyboard moves. */
    neighborInDirection(id, direction) {
      const from = cy.getElementById(id);
      if (from.empty()) return null;
      const p = from.position();
      const [dx, dy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
      let best = null;
      let bestScore = Infinity;
      cy.nodes().not(".axis").not(".filtered").forEach((node) => {
        if (node.same(from)) return;
        const q = node.position();
        const vx = q.x - p.x;
        const vy = q.y - p.y;
        const along = vx * dx + vy * dy;
        if (along <= 0) return;
        const across = Math.abs(vx * dy - vy * dx);
        const score = along + 2 * across;
        if (score < bestScore) {
          bestScore = score;
          best = node.id();
        }
      });
      return best;
    },

    png: () => cy.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" }),
    svg: () => (typeof cy.svg === "function" ? new Blob([cy.svg({ full: true, scale: 1, bg: "#ffffff" })], { type: "image/svg+xml" }) : null),
    json: () => cy.elements().not(".axis").jsons(),
  };
}

/** Runs a layout; a small graph is not blown up to fill the screen (labels stay a readable size). */
function run(layout) {
  return new Promise((resolve) => {
    layout.one("layoutstop", () => {
      const cy = layout.cy();
      if (cy.zoom() > 1.5) {
        cy.zoom(1.5);
        cy.center(cy.elements().not(".filtered"));
      }
      resolve();
    });
    layout.run();
  });
}
