// The middle of the screen: the graph's toolbar (layout, hide agreements not in force, export) and the graph.
import { type Dispatch, useEffect, useMemo, useState } from "react";
import type { GraphHandle } from "../../export/browser/graphHandle";
import { graphDetail } from "../../export/pure";
import type { Model } from "../../model";
import type { Route, RouteAnswer } from "../../routing";
import { type Action, blockedInFocus, type ExplorerState, LAYOUTS, type Layout } from "../../state";
import { ExportControls } from "../export/ExportControls";
import { ErrorBoundary } from "../shell/ErrorBoundary";
import type { EdgeChanges } from "./elements";
import { chooseRenderer } from "./renderer";
import type { GraphViewProps } from "./types";

// Cytoscape is most of the page's code: a chunk of its own, so panels and routes show at once. The page preloads
// it (see vite.config.ts) and this module imports it as it loads, so it is usually there by the first render.
type GraphViewType = typeof import("./GraphView").GraphView;
let loadedGraphView: GraphViewType | null = null;
const graphModule = import("./GraphView").then((m) => {
  loadedGraphView = m.GraphView;
  return m.GraphView;
});

/**
 * Resolves once the graph chunk has loaded (or failed), or after `waitMs` at most: the entry renders the app then,
 * so that panels and graph usually come in one commit and the page is laid out once, while a slow chunk holds the
 * panels back for no longer than `waitMs`. Never rejects.
 */
export function graphViewSettled(waitMs: number): Promise<void> {
  return Promise.race([
    graphModule.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((done) => setTimeout(done, waitMs)),
  ]);
}

/**
 * The graph view once its chunk has arrived, else a placeholder; a chunk that fails to load is thrown to the
 * enclosing error boundary. Not React.lazy with Suspense: React holds back content revealed after a fallback by up
 * to 0.3 s, which would delay the first painted graph for no gain.
 */
function LazyGraphView(props: GraphViewProps) {
  const [view, setView] = useState<{ GraphView: GraphViewType } | { error: unknown } | null>(
    loadedGraphView && { GraphView: loadedGraphView },
  );
  useEffect(() => {
    if (view) return;
    let live = true;
    graphModule.then(
      (GraphView) => {
        if (live) setView({ GraphView });
      },
      (error: unknown) => {
        if (live) setView({ error });
      },
    );
    return () => {
      live = false;
    };
  }, [view]);
  if (!view) return <p className="graph-loading">Loading the graph…</p>;
  if ("error" in view) throw view.error;
  return <view.GraphView {...props} />;
}

const LAYOUT_WORDS: Record<Layout, string> = {
  geographic: "Geographic",
  force: "Force-directed",
  concentric: "Concentric",
};

/** The geographic layout's words when its parties have no place on the map: short, so the toolbar keeps one row. */
const DRAWN_INSTEAD = "Force (no map)";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  answer: RouteAnswer | null;
  selectedRoute: Route | null;
  changes?: EdgeChanges | null;
}

export function GraphArea({ model, state, dispatch, answer, selectedRoute, changes }: Props) {
  const [graph, setGraph] = useState<GraphHandle | null>(null);
  // The layout the view draws: the layout field says so when the map cannot hold the dataset's parties.
  const [drawn, setDrawn] = useState<Layout | null>(null);
  const detail = useMemo(() => graphDetail(model), [model]);
  // The group of blocked candidates open in the routes panel is the one the graph draws.
  const focused = useMemo(
    () => (state.blockedFocus === null ? null : blockedInFocus(answer, state.blockedFocus)),
    [answer, state.blockedFocus],
  );
  const renderer = useMemo(() => chooseRenderer(detail), [detail]);
  // The network hides agreements not in force until asked for them: they are a third of its edges and seldom the
  // question. The choice is kept here, apart from the small dataset's, and starts over with each dataset.
  const [inactiveAtScale, setInactiveAtScale] = useState<{ model: Model; shown: boolean }>({
    model,
    shown: false,
  });
  const showsInactiveAtScale = inactiveAtScale.model === model && inactiveAtScale.shown;
  const hideInactive = detail === "network" ? !showsInactiveAtScale : state.hideInactive;
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
                {l === state.layout && drawn !== null && drawn !== l ? DRAWN_INSTEAD : LAYOUT_WORDS[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field check inline">
          <input
            id="graph-hide-inactive"
            type="checkbox"
            checked={hideInactive}
            onChange={(e) => {
              if (detail === "network") setInactiveAtScale({ model, shown: !e.target.checked });
              else dispatch({ type: "set-hide-inactive", hide: e.target.checked });
            }}
          />
          <label htmlFor="graph-hide-inactive">Hide agreements not in force</label>
        </div>
        {/* The image shows what the graph draws, agreements not in force included or not. */}
        <ExportControls graph={graph} model={model} answer={answer} state={{ ...state, hideInactive }} />
      </div>
      <div className="graph-canvas">
        <ErrorBoundary what="The graph">
          <LazyGraphView
            key={`${detail}-${renderer}`}
            detail={detail}
            renderer={renderer}
            model={model}
            at={state.at}
            answer={answer}
            selectedRoute={selectedRoute}
            showBlocked={state.showBlocked}
            blockedFocus={focused}
            hideInactive={hideInactive}
            layout={state.layout}
            selection={state.selection}
            disabled={state.disabled}
            changes={changes}
            onSelect={(selection) => dispatch({ type: "select", selection })}
            onReady={setGraph}
            onDrawn={setDrawn}
          />
        </ErrorBoundary>
      </div>
    </section>
  );
}
