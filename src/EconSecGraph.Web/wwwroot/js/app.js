// Composition root: wires the API to the graph view.
import { api } from "./api.js";
import { createGraphView } from "./graph-view.js";

const statusEl = document.getElementById("status");
const view = createGraphView(document.getElementById("cy"));

async function start() {
  statusEl.textContent = "読み込み中… / Loading…";
  try {
    const overview = await api.overview();
    view.show(overview.elements);
    statusEl.textContent = `${overview.nodeCount} nodes · ${overview.edgeCount} relationships`;
    document.body.dataset.graphReady = String(overview.nodeCount);
  } catch (error) {
    statusEl.textContent = `エラー / Error: ${error.message}`;
    document.body.dataset.graphError = "true";
  }
}

start();
