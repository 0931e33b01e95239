// The details panel: the selected party or agreement, else the selected route, else the dataset and a hint.
import type { Dispatch, ReactNode } from "react";
import type { Model } from "../../model";
import type { Route } from "../../routing";
import type { Action, ExplorerState } from "../../state";
import { DependsOn } from "../analysis/DependsOn";
import { nearestPermitted, spanOf } from "../routes/routeSpans";
import { spanWords } from "../routes/spanWords";
import { AgreementDetails } from "./AgreementDetails";
import { PartyDetails } from "./PartyDetails";
import { RouteDetails } from "./RouteDetails";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  /** The selected route as it stands on the date, listed or not. */
  selectedRoute: Route | null;
  /** The selected route's number in the routes list, or null when the list does not show it. */
  selectedNumber: number | null;
}

export function DetailsPanel({ model, state, dispatch, selectedRoute, selectedNumber }: Props) {
  const { selection } = state;
  const party = selection?.type === "party" ? model.parties.get(selection.id) : undefined;
  const agreement = selection?.type === "agreement" ? model.agreements.get(selection.id) : undefined;
  const close = () => {
    if (selection) dispatch({ type: "select", selection: null });
    else dispatch({ type: "select-route", route: null });
  };
  let body: ReactNode;
  if (party) {
    body = (
      <PartyDetails model={model} party={party} at={state.at} disabled={state.disabled} dispatch={dispatch} />
    );
  } else if (agreement) {
    body = (
      <AgreementDetails
        model={model}
        agreement={agreement}
        at={state.at}
        disabled={state.disabled}
        dispatch={dispatch}
      />
    );
  } else if (selectedRoute) {
    const span = spanOf(model, state, selectedRoute);
    body = (
      <RouteDetails
        model={model}
        route={selectedRoute}
        number={selectedNumber}
        spanText={span ? spanWords(span).join("\n") : ""}
        go={span && selectedRoute.status === "blocked" ? nearestPermitted(span, state.at) : null}
        dispatch={dispatch}
      />
    );
  }
  return (
    <aside className="details-panel" aria-label="Details">
      {body ? (
        <>
          <button type="button" className="close" onClick={close} aria-label="Close details">
            ×
          </button>
          {body}
          <DependsOn model={model} state={state} dispatch={dispatch} />
        </>
      ) : (
        <>
          <h2>{model.dataset.title}</h2>
          <p className="muted">
            {model.parties.size} parties, {model.agreements.size} agreements, {model.sources.size} sources.
          </p>
          <p className="hint">Select a route, a country or an agreement to see its details and sources.</p>
          {model.dataset.description ? (
            <details className="about">
              <summary>About this dataset</summary>
              <p>{model.dataset.description}</p>
            </details>
          ) : null}
        </>
      )}
    </aside>
  );
}
