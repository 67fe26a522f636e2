// The graph's look: one colour and one shape per label (shape too, so colour is never the only cue),
// edge labels on demand, and classes for highlight, fading, pinning and expansion.

const LABEL_STYLES = {
  Organization: ["#2563eb", "round-rectangle"],
  Publisher: ["#64748b", "tag"],
  Person: ["#db2777", "ellipse"],
  Group: ["#e11d48", "barrel"],
  Country: ["#16a34a", "hexagon"],
  InternationalBody: ["#0d9488", "octagon"],
  Event: ["#ea580c", "diamond"],
  Decision: ["#7c3aed", "pentagon"],
  Measure: ["#a855f7", "round-pentagon"],
  Law: ["#b91c1c", "rectangle"],
  Bill: ["#ef4444", "cut-rectangle"],
  Fund: ["#d97706", "round-triangle"],
  Program: ["#a16207", "round-hexagon"],
  Technology: ["#0891b2", "round-diamond"],
  Topic: ["#65a30d", "round-octagon"],
  Figure: ["#ca8a04", "star"],
  Article: ["#6b7280", "round-rectangle"],
  Book: ["#92400e", "rectangle"],
  Series: ["#78716c", "rectangle"],
  Chronicle: ["#111827", "vee"],
};

const FALLBACK = ["#0f766e", "#9333ea", "#be123c", "#1d4ed8", "#4d7c0f", "#c2410c", "#0369a1", "#a21caf"];

export const isKnownLabel = (label) => Object.hasOwn(LABEL_STYLES, label);

export function labelStyle(label) {
  if (LABEL_STYLES[label]) return { color: LABEL_STYLES[label][0], shape: LABEL_STYLES[label][1] };
  let hash = 0;
  for (const ch of label ?? "") hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return { color: FALLBACK[hash % FALLBACK.length], shape: "ellipse" };
}

export function graphStyle() {
  const style = [
    {
      selector: "node",
      style: {
        label: "data(caption)",
        "font-size": 11,
        "font-family": 'system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif',
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "ellipsis",
        "text-max-width": 140,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.75,
        "text-background-padding": 1,
        "min-zoomed-font-size": 7,
        "background-color": "#8a8a8f",
        width: 26,
        height: 26,
        "border-width": 1,
        "border-color": "#ffffff",
      },
    },
    {
      selector: "edge",
      style: {
        width: 1.4,
        "line-color": "#b8bcc6",
        "target-arrow-shape": "triangle",
        "target-arrow-color": "#b8bcc6",
        "arrow-scale": 0.9,
        "curve-style": "bezier",
        "font-size": 8,
        color: "#555",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "min-zoomed-font-size": 6,
      },
    },
    { selector: "node[color]", style: { "background-color": "data(color)" } },
    { selector: "edge.with-label", style: { label: "data(type)" } },
    { selector: "node[kind = 'Article'], node[kind = 'Publisher'], node[kind = 'Series']", style: { width: 18, height: 18, "font-size": 9 } },
    { selector: "node.expanded", style: { "border-width": 3, "border-style": "double", "border-color": "#334155" } },
    { selector: "node.has-more", style: { "border-width": 3, "border-style": "dashed", "border-color": "#f59e0b" } },
    { selector: "node.pinned", style: { "outline-width": 2, "outline-color": "#0f172a", "outline-offset": 2 } },
    // Large views: labels and arrows are what costs most to draw; keep them for what the user points at.
    { selector: "node.large", style: { label: "", "border-width": 0 } },
    { selector: "edge.large", style: { "target-arrow-shape": "none", "curve-style": "haystack", width: 1 } },
    { selector: "node.large:selected, node.large.hl", style: { label: "data(caption)" } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#facc15", "z-index": 20 } },
    { selector: "edge:selected", style: { width: 3, "line-color": "#f59e0b", "target-arrow-color": "#f59e0b", label: "data(type)", "z-index": 20 } },
    { selector: ".faded", style: { opacity: 0.18 } },
    { selector: "node.hl", style: { "border-width": 4, "border-color": "#f97316", opacity: 1, "z-index": 15 } },
    { selector: "edge.hl", style: { width: 4, "line-color": "#f97316", "target-arrow-color": "#f97316", label: "data(type)", opacity: 1, "z-index": 15 } },
    { selector: ".filtered", style: { display: "none" } },
    { selector: "node.axis", style: { shape: "rectangle", width: 1, height: 1, "background-opacity": 0, "border-width": 0, label: "data(caption)", color: "#334155", "font-size": 16, "font-weight": "bold", "min-zoomed-font-size": 0, "text-valign": "top", events: "no", "text-background-opacity": 0 } },
    { selector: "node.axis.lane", style: { "text-valign": "center", "text-halign": "left", "font-size": 11, color: "#475569" } },
    { selector: ".undated", style: { opacity: 0.35 } },
    { selector: "edge.timeline-mode", style: { opacity: 0.2 } },
    { selector: "node.focus", style: { "overlay-color": "#2563eb", "overlay-opacity": 0.2, "overlay-padding": 6 } },
  ];
  for (const [label, [color, shape]] of Object.entries(LABEL_STYLES)) {
    style.push({ selector: `node[kind = '${label}']`, style: { "background-color": color, shape } });
  }
  return style;
}
