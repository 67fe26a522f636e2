// The timeline panel: dated events and facts in a period, oldest first; any of them can be put on
// the canvas. The canvas's own timeline layout is in timeline-layout.js.
import { api, isAbort } from "./api.js";
import { h, render } from "./dom.js";
import { getLang, t } from "./i18n.js";
import { labelStyle } from "./graph-style.js";

export function createTimelinePanel(panel, { onOpen, onError }) {
  const from = h("input", { type: "text", id: "timeline-from", placeholder: "2020", inputmode: "numeric" });
  const to = h("input", { type: "text", id: "timeline-to", placeholder: "2022-12", inputmode: "numeric" });
  const list = h("div", { id: "timeline-list", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "stack", onsubmit: (event) => {
      event.preventDefault();
      load();
    } },
    h("div", { class: "field row" }, h("label", { for: "timeline-from" }, t("dateFrom")), from, h("label", { for: "timeline-to" }, t("dateTo")), to),
    h("button", { type: "submit", class: "primary" }, t("timelineLoad")),
  );

  async function load() {
    render(list, h("p", { class: "muted" }, t("loading")));
    try {
      const response = await api.timeline({ from: from.value.trim(), to: to.value.trim() });
      if (!response.items.length) {
        render(list, h("p", { class: "muted" }, t("timelineEmpty")));
        return;
      }
      render(
        list,
        h(
          "ol",
          { class: "timeline-list" },
          ...response.items.map((item) =>
            h(
              "li",
              { class: `tl-${item.group}` },
              h("time", {}, item.endDate ? `${item.date} – ${item.endDate}` : item.date),
              h("span", { class: "swatch", style: `background:${labelStyle(item.kind).color}`, "aria-hidden": "true" }),
              h("button", { type: "button", class: "link-button", onclick: () => onOpen(item.group === "edge" ? [item.source, item.target] : [item.key], item) }, getLang() === "en" && item.nameEn ? item.nameEn : item.name),
              h("span", { class: "muted" }, ` ${item.kind}${item.status ? ` · ${item.status}` : ""}`),
            ),
          ),
        ),
      );
    } catch (error) {
      if (isAbort(error)) return;
      render(list, h("p", { class: "error-text" }, error.message));
      onError?.(error);
    }
  }

  render(panel, form, list);
  return { load };
}
