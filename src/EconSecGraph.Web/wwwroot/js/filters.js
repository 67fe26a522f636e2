// Filters by label, relationship type and date ("as of" a date, or a range) — no query needed —
// and the legend, whose entries toggle their label.
import { h, render } from "./dom.js";
import { t } from "./i18n.js";
import { labelStyle } from "./graph-style.js";

function periodOf(data) {
  const start = bound(data.date, false);
  if (start === null) return null;
  const end = bound(data.endDate ?? data.date, true) ?? start;
  return [start, end];
}

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as the first or last day it covers, as a number yyyymmdd. */
export function bound(date, last) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? "");
  if (!m) return null;
  const month = m[2] ? +m[2] : last ? 12 : 1;
  const day = m[3] ? +m[3] : last ? new Date(Date.UTC(+m[1], month, 0)).getUTCDate() : 1;
  return +m[1] * 10000 + month * 100 + day;
}

/** The predicates graph-view applies to node and edge data. */
export function filterTest(filters) {
  const labels = new Set(filters.labels);
  const types = new Set(filters.types);
  const from = bound(filters.from, false);
  const to = bound(filters.to, true);
  const inTime = (data) => {
    if (from === null && to === null) return true;
    const period = periodOf(data);
    if (!period) return filters.undated;
    return (from === null || period[1] >= from) && (to === null || period[0] <= to);
  };
  return {
    node: (data) => !labels.has(data.kind) && inTime(data),
    edge: (data) => !types.has(data.type) && inTime(data),
  };
}

export function createFiltersPanel(panel, legendEl, { onChange }) {
  let schema = { labels: [], relationshipTypes: [] };
  let filters = { labels: [], types: [], from: "", to: "", undated: true };

  const labelBox = h("fieldset", { class: "checks", id: "filter-labels" });
  const typeBox = h("fieldset", { class: "checks", id: "filter-types" });
  const from = h("input", { type: "text", id: "filter-from", placeholder: "YYYY-MM-DD", inputmode: "numeric", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" });
  const to = h("input", { type: "text", id: "filter-to", placeholder: "YYYY-MM-DD", inputmode: "numeric", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" });
  const undated = h("input", { type: "checkbox", id: "filter-undated" });
  const emit = (mutate) => {
    const next = structuredClone(filters);
    mutate(next);
    onChange(next);
  };
  const dateChanged = () => {
    const ok = (v) => v === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v);
    from.setAttribute("aria-invalid", String(!ok(from.value.trim())));
    to.setAttribute("aria-invalid", String(!ok(to.value.trim())));
    if (ok(from.value.trim()) && ok(to.value.trim())) emit((f) => ((f.from = from.value.trim()), (f.to = to.value.trim())));
  };
  from.addEventListener("change", dateChanged);
  to.addEventListener("change", dateChanged);
  undated.addEventListener("change", () => emit((f) => (f.undated = !undated.checked)));

  function draw() {
    render(
      panel,
      h("h2", { class: "visually-hidden" }, t("filters")),
      h("div", { class: "field" }, h("span", { class: "field-title" }, t("dateFilter")),
        h("label", { for: "filter-from" }, t("dateFrom")), from,
        h("label", { for: "filter-to" }, t("dateTo"), " / ", t("asOf")), to,
        h("label", { class: "check" }, undated, " ", t("hideUndated"))),
      h("details", { open: true, class: "field" }, h("summary", {}, t("labelsFilter")), labelBox),
      h("details", { class: "field" }, h("summary", {}, t("typesFilter")), typeBox),
      h("button", { type: "button", class: "ghost", id: "filter-reset", onclick: () => onChange({ labels: [], types: [], from: "", to: "", undated: true }) }, t("resetFilters")),
    );
    sync();
  }

  function sync() {
    render(labelBox, h("legend", { class: "visually-hidden" }, t("labelsFilter")), ...schema.labels.map((l) => checkbox("label", l, !filters.labels.includes(l.name), (on) => emit((f) => (f.labels = on ? f.labels.filter((x) => x !== l.name) : [...f.labels, l.name])))));
    render(typeBox, h("legend", { class: "visually-hidden" }, t("typesFilter")), ...schema.relationshipTypes.map((r) => checkbox("type", r, !filters.types.includes(r.name), (on) => emit((f) => (f.types = on ? f.types.filter((x) => x !== r.name) : [...f.types, r.name])))));
    from.value = filters.from;
    to.value = filters.to;
    undated.checked = !filters.undated;
  }

  function checkbox(kind, entry, checked, onToggle) {
    const box = h("input", { type: "checkbox", value: entry.name, checked });
    box.addEventListener("change", () => onToggle(box.checked));
    return h("label", { class: "check" }, box, kind === "label" ? h("span", { class: "swatch", style: `background:${labelStyle(entry.name).color}`, "aria-hidden": "true" }) : null, ` ${entry.name} `, h("span", { class: "muted" }, `(${entry.count})`));
  }

  function drawLegend(kinds) {
    render(
      legendEl,
      ...kinds.map((kind) =>
        h(
          "button",
          { type: "button", class: filters.labels.includes(kind) ? "legend-item off" : "legend-item", "aria-pressed": String(!filters.labels.includes(kind)), title: kind, onclick: () => emit((f) => (f.labels = f.labels.includes(kind) ? f.labels.filter((x) => x !== kind) : [...f.labels, kind])) },
          h("span", { class: "swatch", style: `background:${labelStyle(kind).color}`, "aria-hidden": "true" }),
          kind,
        ),
      ),
    );
  }

  draw();
  return {
    setSchema(next) {
      // Entity is on every node (graph-seed's common label); filtering by it would hide everything.
      schema = { ...next, labels: next.labels.filter((l) => l.name !== "Entity") };
      sync();
    },
    set(next) {
      filters = next;
      sync();
    },
    drawLegend,
    redraw: draw,
  };
}
