// The details panel: both names, aliases, description, dates, amounts, relationships by type, all
// properties, and the evidence — the source articles, each a link that opens in a new tab.
import { api, isAbort } from "./api.js";
import { externalLink, h, render } from "./dom.js";
import { getLang, t } from "./i18n.js";
import { labelStyle } from "./graph-style.js";

export function createDetails(panel, { onExpandType, onError }) {
  let current = null;

  const empty = () => render(panel, h("h2", {}, t("details")), h("p", { class: "muted" }, t("nothingSelected")));

  async function showNode(key) {
    current = { kind: "node", id: key };
    render(panel, h("h2", {}, t("details")), h("p", { class: "muted" }, t("loading")));
    try {
      const details = await api.node(key);
      if (current?.id !== key) return;
      renderNode(details);
    } catch (error) {
      if (isAbort(error)) return;
      render(panel, h("h2", {}, t("details")), h("p", { class: "error-text" }, error.message));
      onError?.(error);
    }
  }

  function renderNode(d) {
    const p = d.properties ?? {};
    const kind = d.element.data.kind;
    const description = getLang() === "en" ? d.descriptionEn ?? d.description : d.description ?? d.descriptionEn;
    const otherDescription = getLang() === "en" ? d.description : d.descriptionEn;
    render(
      panel,
      h("p", { class: "kind-chip", style: `--chip:${labelStyle(kind).color}` }, d.labels.filter((l) => l !== "Entity").join(" · ")),
      h("h2", { class: "entity-name", lang: "ja" }, d.name),
      d.nameEn ? h("p", { class: "entity-name-en", lang: "en" }, d.nameEn) : null,
      d.aliases.length ? section(t("aliases"), h("ul", { class: "chips" }, ...d.aliases.map((a) => h("li", {}, a)))) : null,
      description ? section(t("description"), h("p", {}, description), otherDescription ? h("p", { class: "muted" }, otherDescription) : null) : null,
      datesBlock(p),
      amountBlock(p),
      p.status || p.hedge ? section(t("status_"), h("p", {}, [p.status, p.hedge].filter(Boolean).join(" — "))) : null,
      evidenceBlock(d.sources, t("evidence"), p.evidence),
      d.reportedIn.length ? evidenceBlock(d.reportedIn, t("reportedIn")) : null,
      degreeBlock(d),
      propertiesBlock(p),
    );
  }

  function degreeBlock(d) {
    if (!d.degree.byType.length) return null;
    return section(
      `${t("relationships")} (${d.degree.total})`,
      h(
        "ul",
        { class: "degree-list" },
        ...d.degree.byType.map((c) =>
          h(
            "li",
            {},
            h("button", { type: "button", class: "link-button", onclick: () => onExpandType(d.key, c.type, c.direction) }, `${c.type} ${c.direction === "out" ? "→" : "←"} ${c.count}`),
          ),
        ),
      ),
    );
  }

  async function showEdge(data) {
    current = { kind: "edge", id: data.id };
    const p = data.properties ?? {};
    const sourceIds = Array.isArray(p.sources) ? p.sources : [];
    const body = h("div", { class: "evidence-slot" }, sourceIds.length ? h("p", { class: "muted" }, t("loading")) : h("p", { class: "muted" }, t("noSources")));
    render(
      panel,
      h("p", { class: "kind-chip" }, t("relationships")),
      h("h2", { class: "entity-name" }, data.type),
      h("p", { class: "edge-ends" }, `${data.sourceName ?? data.source} → ${data.targetName ?? data.target}`),
      p.evidence || p.evidenceEn ? section(t("quote"), p.evidence ? h("blockquote", { lang: "ja" }, p.evidence) : null, p.evidenceEn ? h("blockquote", { lang: "en", class: "muted" }, p.evidenceEn) : null) : null,
      datesBlock(p),
      p.status || p.hedge ? section(t("status_"), h("p", {}, [p.status, p.hedge].filter(Boolean).join(" — "))) : null,
      section(t("evidence"), body),
      propertiesBlock(p),
    );
    if (!sourceIds.length) return;
    try {
      const sources = await api.sources(sourceIds);
      if (current?.id !== data.id) return;
      render(body, sourceList(sources));
    } catch (error) {
      if (isAbort(error)) return;
      render(body, h("p", { class: "error-text" }, error.message));
      onError?.(error);
    }
  }

  empty();
  return {
    clear: () => ((current = null), empty()),
    showNode,
    showEdge,
    refresh: () => (current?.kind === "node" ? showNode(current.id) : current ? empty() : empty()),
  };
}

function section(title, ...content) {
  return h("section", { class: "detail-section" }, h("h3", {}, title), ...content);
}

function datesBlock(p) {
  if (!p.date && !p.endDate && !p.fiscalYear) return null;
  const parts = [];
  if (p.date) parts.push(p.endDate ? `${p.date} – ${p.endDate}` : p.date);
  if (p.approximate) parts.push("≈");
  if (p.dateBasis) parts.push(`(${p.dateBasis})`);
  if (p.fiscalYear) parts.push(`FY${p.fiscalYear}`);
  return section(t("dates"), h("p", {}, parts.join(" ")));
}

function amountBlock(p) {
  if (p.value === undefined && !p.text) return null;
  const value = typeof p.value === "number" ? p.value.toLocaleString(getLang() === "en" ? "en-US" : "ja-JP") : p.value;
  return section(t("amount"), h("p", {}, [p.text, value !== undefined ? `(${value} ${p.unit ?? ""})` : ""].filter(Boolean).join(" ")), p.counted ? h("p", { class: "muted" }, getLang() === "en" ? p.countedEn ?? p.counted : p.counted) : null);
}

function evidenceBlock(sources, title, quote) {
  return section(title, quote ? h("blockquote", { lang: "ja" }, quote) : null, sources.length ? sourceList(sources) : h("p", { class: "muted" }, t("noSources")));
}

function sourceList(sources) {
  return h(
    "ol",
    { class: "evidence-list" },
    ...sources.map((s) =>
      h(
        "li",
        { dataset: { key: s.key } },
        s.url ? externalLink(s.url, getLang() === "en" && s.titleEn ? s.titleEn : s.title) : h("span", {}, getLang() === "en" && s.titleEn ? s.titleEn : s.title),
        s.url ? h("span", { class: "visually-hidden" }, t("openInNewTab")) : null,
        h("span", { class: "source-meta" }, [getLang() === "en" ? s.publisherEn ?? s.publisher : s.publisher, s.date, s.access ? t(`access_${s.access}`) : null, s.relation].filter(Boolean).join(" · ")),
      ),
    ),
  );
}

function propertiesBlock(p) {
  const keys = Object.keys(p).sort();
  if (!keys.length) return null;
  return h(
    "details",
    { class: "detail-section" },
    h("summary", {}, t("properties")),
    h("dl", { class: "props" }, ...keys.flatMap((k) => [h("dt", {}, k), h("dd", {}, formatValue(p[k]))])),
  );
}

export function formatValue(value) {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
