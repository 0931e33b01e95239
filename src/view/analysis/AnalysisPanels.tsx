// The analysis panels under the graph: a bar of toggles (route timeline, compare with a date, reachability matrix,
// brokers) and each open panel. Nothing is computed for a closed panel, and the panels' code is fetched when the
// first one opens.
import { type Dispatch, lazy, Suspense, useEffect } from "react";
import type { Model } from "../../model";
import type { Action, ExplorerState } from "../../state";
import "./analysis.css";

const OpenPanels = lazy(() => import("./OpenPanels"));

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

export function AnalysisPanels({ model, state, dispatch }: Props) {
  const { analysis } = state;
  // A permalink that asks "What depends on this?" opens with its party or agreement in the details.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the state the page opened in
  useEffect(() => {
    const id = analysis.dependsOn;
    if (id === null || state.selection !== null) return;
    const type = model.parties.has(id) ? "party" : "agreement";
    dispatch({ type: "select", selection: { type, id } });
  }, []);
  return (
    <section className="analysis" aria-labelledby="analysis-heading">
      <div className="analysis-bar">
        <h2 id="analysis-heading">Analysis</h2>
        <button
          type="button"
          aria-pressed={analysis.routeTimeline}
          onClick={() => dispatch({ type: "show-route-timeline", show: !analysis.routeTimeline })}
        >
          Route timeline
        </button>
        <button
          type="button"
          aria-pressed={analysis.compareWith !== null}
          onClick={() =>
            dispatch({ type: "compare-with", at: analysis.compareWith === null ? state.at : null })
          }
        >
          Compare with date…
        </button>
        <button
          type="button"
          aria-pressed={analysis.matrix !== null}
          onClick={() => dispatch({ type: "show-matrix", sort: analysis.matrix === null ? "name" : null })}
        >
          Reachability matrix
        </button>
        <button
          type="button"
          aria-pressed={analysis.brokers}
          onClick={() => dispatch({ type: "show-brokers", show: !analysis.brokers })}
        >
          Brokers
        </button>
      </div>
      {analysis.routeTimeline ||
      analysis.compareWith !== null ||
      analysis.matrix !== null ||
      analysis.brokers ? (
        <Suspense fallback={<p className="muted">Loading the analysis panels…</p>}>
          <OpenPanels model={model} state={state} dispatch={dispatch} />
        </Suspense>
      ) : null}
    </section>
  );
}
