// The explorer: one screen wiring the store to the route finder, routes, graph, details, timeline and scenario.
// Three columns on a wide screen (finder and routes, graph and time, details); one column on a phone.
import { useEffect, useMemo, useState } from "react";
import type { DatasetSource, Model } from "../../model";
import { canAnswer, defaultDraft, openingQuestion } from "../../state";
import { AnalysisPanels } from "../analysis/AnalysisPanels";
import { useComparisonOverlay } from "../analysis/useComparison";
import { loadBuiltIn } from "../dataset/dataset";
import type { OpeningDataset } from "../dataset/restoreDataset";
import { forgetStoredDataset, storeDataset } from "../dataset/storedDataset";
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
import { SelectionSheet } from "./SelectionSheet";
import { useExplorer } from "./useExplorer";

const builtIn = loadBuiltIn();

export function App({ opening }: { opening?: OpeningDataset }) {
  const [dataset, setDataset] = useState(() => ({
    model: opening?.model ?? builtIn,
    files: opening?.files ?? null,
  }));
  const { model } = dataset;
  const { state, dispatch, answer, followed, selectedRoute, selectedNumber } = useExplorer(model);
  const notice = opening?.notice;
  useEffect(() => {
    if (notice) dispatch({ type: "notify", messages: [notice] });
  }, [notice, dispatch]);
  const changes = useComparisonOverlay(model, state);

  // A new dataset keeps the question where it can answer it (the route stays selected by its key), else opens on
  // its own opening question.
  const replace = (next: Model, files: string[] | null) => {
    setDataset({ model: next, files });
    const query = canAnswer(next, state.query) ? state.query : (openingQuestion(next)?.query ?? null);
    dispatch({ type: "replace-dataset", draft: query ?? defaultDraft(next), query });
  };
  const onImported = (next: Model, files: string[], sources: DatasetSource[]) => {
    replace(next, files);
    storeDataset(sources).catch(() =>
      dispatch({
        type: "notify",
        messages: ["This browser would not keep the imported dataset: a reload opens the built-in one."],
      }),
    );
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
        imported={dataset.files}
        onImported={onImported}
        onReset={() => {
          replace(builtIn, null);
          void forgetStoredDataset();
        }}
      />
      <Notices notices={state.notices} dispatch={dispatch} />
      <main className="workspace">
        <div className="left-column">
          <RouteFinder model={model} state={state} dispatch={dispatch} />
          <ScenarioBar model={model} disabled={state.disabled} dispatch={dispatch} />
          <RoutesPanel model={model} state={state} dispatch={dispatch} answer={answer} followed={followed} />
          <details className="legend-panel">
            <summary>Legend of the graph</summary>
            <Legend model={model} />
          </details>
        </div>
        <DetailsPanel
          model={model}
          state={state}
          dispatch={dispatch}
          selectedRoute={selectedRoute}
          selectedNumber={selectedNumber}
        />
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
          {answer ? (
            <RouteComparison model={model} routes={answer.routes} selected={state.route} input={state} />
          ) : null}
          <AnalysisPanels model={model} state={state} dispatch={dispatch} />
        </div>
      </main>
      <SelectionSheet model={model} route={selectedRoute} number={selectedNumber} dispatch={dispatch} />
    </div>
  );
}
