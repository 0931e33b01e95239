// The analysis panels that are open, in a chunk of their own: fetched when the first panel opens.
import type { Dispatch } from "react";
import type { Model } from "../../model";
import type { Action, ExplorerState } from "../../state";
import { BrokersPanel } from "./BrokersPanel";
import { ComparePanel } from "./ComparePanel";
import { MatrixPanel } from "./MatrixPanel";
import { RouteTimelinePanel } from "./RouteTimelinePanel";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

export default function OpenPanels({ model, state, dispatch }: Props) {
  const { analysis } = state;
  return (
    <>
      {analysis.routeTimeline ? <RouteTimelinePanel model={model} state={state} dispatch={dispatch} /> : null}
      {analysis.compareWith !== null ? (
        <ComparePanel model={model} state={state} dispatch={dispatch} />
      ) : null}
      {analysis.matrix !== null ? <MatrixPanel model={model} state={state} dispatch={dispatch} /> : null}
      {analysis.brokers ? <BrokersPanel model={model} state={state} dispatch={dispatch} /> : null}
    </>
  );
}
