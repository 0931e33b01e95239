// The explorer: one screen wiring the store to the route finder, routes, graph, details, timeline and scenario.
import { useMemo, useState } from "react";
import type { Model } from "../../model";
import { defaultDraft } from "../../state";
import { AnalysisPanels } from "../analysis/AnalysisPanels";
import { useComparisonOverlay } from "../analysis/useComparison";
import { loadBuiltIn } from "../dataset/dataset";
import { DetailsPanel } from "../details/DetailsPanel";
import { GraphArea } from "../graph/GraphArea";
import { Legend } from "../graph/Legend";
import { RouteFinder } from "../query/RouteFinder";
import { ScenarioBar } from "../query/ScenarioBar";
import { RouteComparison } from "../routes/RouteComparison";
import { RoutesPanel } from "../routes/RoutesPanel";
import { Timeline } from "../timeline/Timeline";
import { Header } from "./Header";
import { Notices } from "./Notices";
import { useExplorer } from "./useExplorer";

const builtIn = loadBuiltIn();

export function App() {
  const [model, setModel] = useState<Model>(builtIn);
  const [imported, setImported] = useState<string[] | null>(null);
  const { state, dispatch, answer, selectedRoute, selectedNumber } = useExplorer(model);
  const changes = useComparisonOverlay(model, state);

  const replace = (next: Model, files: string[] | null) => {
    setModel(next);
    setImported(files);
    dispatch({ type: "replace-dataset", draft: defaultDraft(next) });
  };

  // With a query answered, the timeline follows the agreements its routes use; otherwise it shows them all.
  // It depends on the route lists alone, which an As-of step that changes no route leaves as they were.
  const permitted = answer?.routes;
  const blocked = answer?.blocked;
  const focus = useMemo(() => {
    const ids = new Set<string>();
    for (const route of [...(permitted ?? []), ...(blocked ?? [])])
      for (const hop of route.hops) ids.add(hop.agreement);
    return [...ids];
  }, [permitted, blocked]);

  return (
    <div className="app">
      <Header
        model={model}
        imported={imported}
        onImported={(next, files) => replace(next, files)}
        onReset={() => replace(builtIn, null)}
      />
      <Notices notices={state.notices} dispatch={dispatch} />
      <main className="workspace">
        <div className="left-column">
          <RouteFinder model={model} state={state} dispatch={dispatch} />
          <ScenarioBar model={model} disabled={state.disabled} dispatch={dispatch} />
          <RoutesPanel model={model} state={state} dispatch={dispatch} answer={answer} />
        </div>
        <div className="center-column">
          <GraphArea
            model={model}
            state={state}
            dispatch={dispatch}
            answer={answer}
            selectedRoute={selectedRoute}
            changes={changes}
          />
          <Timeline model={model} at={state.at} focus={focus} dispatch={dispatch} />
          <AnalysisPanels model={model} state={state} dispatch={dispatch} />
          {answer ? <RouteComparison model={model} routes={answer.routes} selected={state.route} /> : null}
          <div className="legend-panel">
            <Legend />
          </div>
        </div>
        <DetailsPanel
          model={model}
          state={state}
          dispatch={dispatch}
          selectedRoute={selectedRoute}
          selectedNumber={selectedNumber}
        />
      </main>
    </div>
  );
}
