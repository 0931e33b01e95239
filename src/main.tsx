// The explorer's entry point: mount the app into the page.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { restoreDataset } from "./view/dataset/restoreDataset";
import { graphViewSettled } from "./view/graph/GraphArea";
import { App } from "./view/shell/App";
import "./view/shell/styles.css";

/** The longest the first render waits for the graph chunk before showing the panels without it. */
const GRAPH_WAIT_MS = 500;

const root = document.getElementById("root");
if (!root) throw new Error("main: the page has no #root element");
// The graph chunk is preloaded with this one and is usually in by now: waiting a moment for it lets the whole
// screen, graph included, render and lay out once instead of twice. A dataset imported on an earlier visit is read
// from this browser's storage meanwhile.
void Promise.all([restoreDataset(), graphViewSettled(GRAPH_WAIT_MS)]).then(([opening]) =>
  createRoot(root).render(
    <StrictMode>
      <App opening={opening} />
    </StrictMode>,
  ),
);
