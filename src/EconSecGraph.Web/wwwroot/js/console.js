// The Cypher console: an editor with line numbers, history and saved examples; results as a table,
// on the canvas, as a plan and a summary; errors placed at their line and column.
import { api } from "./api.js";
import { h, render } from "./dom.js";
import { getLang, t } from "./i18n.js";
import { EXAMPLES } from "./examples.js";
import { formatValue } from "./details.js";

const HISTORY_KEY = "econsecgraph.console.history";

export function createConsole(root, { onGraph, onError }) {
  const gutter = h("pre", { class: "gutter", "aria-hidden": "true" }, "1");
  const editor = h("textarea", { id: "cypher-input", class: "editor", spellcheck: "false", rows: 5, "aria-label": "Cypher", "aria-describedby": "cypher-error" });
  editor.value = "MATCH (o:Organization)-[r:ADMINISTERS]->(p)\nRETURN o, r, p";
  const runButton = h("button", { type: "button", class: "primary", id: "cypher-run", title: t("runHint") }, t("run"));
  const history = h("select", { id: "cypher-history", "aria-label": t("history") });
  const examples = h("select", { id: "cypher-examples", "aria-label": t("examples") });
  const mode = h("span", { class: "badge", id: "cypher-mode" });
  const errorBox = h("div", { id: "cypher-error", class: "cypher-error", role: "alert", hidden: true });
  const meta = h("p", { class: "result-meta", id: "cypher-meta", "aria-live": "polite" });
  const tabs = h("div", { class: "tabs small", role: "tablist" });
  const output = h("div", { class: "result-output", id: "cypher-output" });
  let last = null;
  let view = "table";

  const updateGutter = () => {
    const lines = editor.value.split("\n").length;
    gutter.textContent = Array.from({ length: lines }, (_, i) => i + 1).join("\n");
    gutter.scrollTop = editor.scrollTop;
  };
  editor.addEventListener("input", () => {
    updateGutter();
    clearError();
  });
  editor.addEventListener("scroll", () => (gutter.scrollTop = editor.scrollTop));
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  runButton.addEventListener("click", () => run());
  history.addEventListener("change", () => {
    if (history.value) editor.value = history.value;
    history.value = "";
    updateGutter();
    editor.focus();
  });
  examples.addEventListener("change", () => {
    const example = EXAMPLES[+examples.value];
    if (example) editor.value = example.query;
    examples.value = "";
    updateGutter();
    editor.focus();
  });

  function drawMenus() {
    render(history, h("option", { value: "" }, `${t("history")}…`), ...loadHistory().map((q) => h("option", { value: q }, q.replace(/\s+/g, " ").slice(0, 80))));
    render(examples, h("option", { value: "" }, `${t("examples")}…`), ...EXAMPLES.map((e, i) => h("option", { value: String(i) }, getLang() === "en" ? e.en : e.ja)));
  }

  function clearError() {
    errorBox.hidden = true;
    render(errorBox);
    gutter.querySelectorAll(".error-line").forEach((x) => x.classList.remove("error-line"));
    editor.removeAttribute("aria-invalid");
  }

  /** Shows the error with the offending line and a caret under the column, and moves the cursor there. */
  function showError(error) {
    const p = error.problem ?? {};
    const children = [h("strong", {}, p.title || t("error")), h("p", { class: "cypher-message" }, error.message)];
    if (p.line) {
      const lineText = editor.value.split("\n")[p.line - 1] ?? "";
      children.push(
        h("p", { class: "cypher-position", id: "cypher-position" }, t("syntaxErrorAt", { line: p.line, column: p.column })),
        h("pre", { class: "cypher-excerpt" }, `${lineText}\n${" ".repeat(Math.max(0, (p.column ?? 1) - 1))}^`),
      );
      const lines = gutter.textContent.split("\n");
      render(gutter, ...lines.map((n, i) => (i === p.line - 1 ? h("span", { class: "error-line", id: "cypher-error-line" }, n) : n)).flatMap((x, i) => (i ? ["\n", x] : [x])));
      const offset = p.offset ?? editor.value.split("\n").slice(0, p.line - 1).join("\n").length + (p.line > 1 ? 1 : 0) + (p.column - 1);
      editor.focus();
      editor.setSelectionRange(offset, Math.min(offset + 1, editor.value.length));
      editor.setAttribute("aria-invalid", "true");
    }
    if (p.code) children.push(h("code", {}, p.code));
    render(errorBox, ...children);
    errorBox.hidden = false;
  }

  async function run(query = editor.value) {
    if (!query.trim()) return;
    clearError();
    runButton.disabled = true;
    render(meta, t("loading"));
    try {
      const result = await api.cypher(query);
      saveHistory(query);
      drawMenus();
      last = result;
      mode.textContent = result.readOnly ? t("readOnly") : "read/write";
      render(meta, [t("rows", { n: result.rowCount }), t("elapsed", { ms: result.elapsedMs }), result.truncated ? t("truncatedRows", { max: result.maxRows }) : null].filter(Boolean).join(" · "));
      if (result.truncated) meta.classList.add("warn");
      else meta.classList.remove("warn");
      view = result.plan && result.rowCount === 0 ? "plan" : "table";
      drawResult();
    } catch (error) {
      render(meta);
      last = null;
      render(output);
      showError(error);
      if (!error.problem?.line) onError?.(error);
    } finally {
      runButton.disabled = false;
    }
  }

  function drawResult() {
    const names = ["table", "graph", "plan", "summary"];
    render(
      tabs,
      ...names.map((name) =>
        h("button", { role: "tab", type: "button", "aria-selected": String(view === name), id: `cypher-tab-${name}`, onclick: () => ((view = name), drawResult()) }, t(name)),
      ),
    );
    if (!last) return render(output);
    if (view === "table") return render(output, table(last));
    if (view === "graph") {
      const nodes = last.elements.filter((e) => e.group === "nodes").length;
      return render(output, h("p", {}, `${nodes} nodes · ${last.elements.length - nodes} relationships`), h("button", { type: "button", class: "primary", id: "cypher-to-canvas", disabled: nodes === 0, onclick: () => onGraph(last.elements) }, t("addResultToCanvas")));
    }
    if (view === "plan") return render(output, last.plan ? planTree(last.plan) : h("p", { class: "muted" }, "EXPLAIN / PROFILE"));
    return render(output, h("pre", { class: "summary" }, JSON.stringify({ queryType: last.queryType, counters: last.counters, notifications: last.notifications, resultAvailableAfterMs: last.resultAvailableAfterMs, elapsedMs: last.elapsedMs }, null, 2)));
  }

  render(
    root,
    h("h2", { class: "console-title" }, t("console"), " ", mode),
    h("div", { class: "console-bar" }, runButton, examples, history, h("span", { class: "muted" }, t("runHint"))),
    h("div", { class: "editor-wrap" }, gutter, editor),
    errorBox,
    meta,
    tabs,
    output,
  );
  drawMenus();
  updateGutter();
  return { run, redraw: () => (drawMenus(), drawResult()), editor };
}

function table(result) {
  if (result.rows.length === 0) return h("p", { class: "muted" }, t("noRows"));
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "result-table", id: "cypher-table" },
      h("thead", {}, h("tr", {}, ...result.columns.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, ...result.rows.map((row) => h("tr", {}, ...row.map((cell) => h("td", { title: cell.type }, cellText(cell)))))),
    ),
  );
}

function cellText(cell) {
  const v = cell.value;
  if (cell.type === "NODE") return `(:${v.labels.filter((l) => l !== "Entity").join(":")} ${v.properties.name ?? v.properties.id ?? v.elementId})`;
  if (cell.type === "RELATIONSHIP") return `[:${v.type}]`;
  if (cell.type === "PATH") return `path (${v.relationships.length})`;
  return formatValue(v);
}

function planTree(plan) {
  const node = (p) =>
    h(
      "li",
      {},
      h("strong", {}, p.operatorType),
      p.identifiers?.length ? h("span", { class: "muted" }, ` ${p.identifiers.join(", ")}`) : null,
      p.rows !== undefined ? h("span", { class: "badge" }, `rows ${p.rows}`) : null,
      p.dbHits !== undefined ? h("span", { class: "badge" }, `db hits ${p.dbHits}`) : null,
      Object.keys(p.arguments ?? {}).length ? h("span", { class: "muted plan-args" }, ` ${Object.entries(p.arguments).filter(([k]) => k !== "planner-impl").map(([k, v]) => `${k}: ${formatValue(v)}`).join("; ")}`) : null,
      p.children?.length ? h("ul", {}, ...p.children.map(node)) : null,
    );
  return h("ul", { class: "plan-tree", id: "cypher-plan" }, node(plan));
}

function loadHistory() {
  try {
    return JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
  } catch {
    return [];
  }
}

function saveHistory(query) {
  const list = [query, ...loadHistory().filter((q) => q !== query)].slice(0, 50);
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(list));
  } catch {
    // storage full or disabled: history just is not kept
  }
}
