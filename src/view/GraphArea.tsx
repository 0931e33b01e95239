// The middle of the screen: the graph's toolbar (layout, hide agreements not in force, export) and the graph.
import type { Core } from "cytoscape";
import { type Dispatch, lazy, Suspense, useState } from "react";
import type { Model } from "../model";
import type { Route, RouteAnswer } from "../routing";
import { type Action, type ExplorerState, LAYOUTS, type Layout } from "../state";
import { ErrorBoundary } from "./ErrorBoundary";
import { ExportControls } from "./export/ExportControls";
import { exposeForTests } from "./testHook";

// Cytoscape is most of the page's code: a chunk of its own, so panels and routes show at once. Its download
// starts as this module loads rather than when the graph first renders, so it overlaps the first render.
const graphModule = import("./graph/GraphView");
const GraphView = lazy(() => graphModule.then((m) => ({ default: m.GraphView })));

const LAYOUT_WORDS: Record<Layout, string> = {
  geographic: "Geographic",
  force: "Force-directed",
  concentric: "Concentric",
};

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  answer: RouteAnswer | null;
  selectedRoute: Route | null;
}

export function GraphArea({ model, state, dispatch, answer, selectedRoute }: Props) {
  const [cy, setCy] = useState<Core | null>(null);
  return (
    <section className="graph-area" aria-label="Graph">
      <div className="graph-toolbar">
        <div className="field inline">
          <label htmlFor="graph-layout">Layout</label>
          <select
            id="graph-layout"
            value={state.layout}
            onChange={(e) => dispatch({ type: "set-layout", layout: e.target.value as Layout })}
          >
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {LAYOUT_WORDS[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field check inline">
          <input
            id="graph-hide-inactive"
            type="checkbox"
            checked={state.hideInactive}
            onChange={(e) => dispatch({ type: "set-hide-inactive", hide: e.target.checked })}
          />
          <label htmlFor="graph-hide-inactive">Hide agreements not in force</label>
        </div>
        <ExportControls cy={cy} model={model} answer={answer} query={state.query} at={state.at} />
      </div>
      <div className="graph-canvas">
        <ErrorBoundary what="The graph">
          <Suspense fallback={<p className="graph-loading">Loading the graph…</p>}>
            <GraphView
              model={model}
              at={state.at}
              answer={answer}
              selectedRoute={selectedRoute}
              showBlocked={state.showBlocked}
              hideInactive={state.hideInactive}
              layout={state.layout}
              selection={state.selection}
              disabled={state.disabled}
              onSelect={(selection) => dispatch({ type: "select", selection })}
              onReady={(instance) => {
                exposeForTests(instance);
                setCy(instance);
              }}
            />
          </Suspense>
        </ErrorBoundary>
      </div>
    </section>
  );
}
