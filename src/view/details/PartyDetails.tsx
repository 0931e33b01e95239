// Details of one party: who it is, the agreements it belongs to and their status on the date, its sources.
import type { Dispatch } from "react";
import { type Model, type Party, partyLabel, statusOn } from "../../model";
import type { Action } from "../../state";
import { statusWords } from "../labels";
import { ScenarioSwitch } from "./ScenarioSwitch";
import { SourceList } from "./Sources";

interface Props {
  model: Model;
  party: Party;
  at: string;
  disabled: readonly string[];
  dispatch: Dispatch<Action>;
}

export function PartyDetails({ model, party, at, disabled, dispatch }: Props) {
  const agreements = model.dataset.agreements.filter((a) => a.parties.includes(party.id));
  const incidents = model.incidents.filter((i) => i.parties.includes(party.id));
  return (
    <article className="details" aria-labelledby="details-heading">
      <h2 id="details-heading">{party.name}</h2>
      <dl className="facts">
        <dt>Code</dt>
        <dd>{party.id}</dd>
        <dt>Kind</dt>
        <dd>{party.kind === "state" ? "State" : "Organisation"}</dd>
        {party.seat ? (
          <>
            <dt>Seat</dt>
            <dd>{partyLabel(model, party.seat)}</dd>
          </>
        ) : null}
      </dl>
      {party.note ? <p className="note">{party.note}</p> : null}
      <ScenarioSwitch id={party.id} disabled={disabled} dispatch={dispatch} />
      <h3>Agreements on {at}</h3>
      {agreements.length === 0 ? (
        <p className="muted">None in the dataset.</p>
      ) : (
        <ul className="plain">
          {agreements.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => dispatch({ type: "select", selection: { type: "agreement", id: a.id } })}
              >
                {a.name}
              </button>{" "}
              <span className="muted">{statusWords(statusOn(a, at).status)}</span>
            </li>
          ))}
        </ul>
      )}
      {incidents.length > 0 ? (
        <>
          <h3>Incidents</h3>
          <ul className="plain">
            {incidents.map((i) => (
              <li key={i.id}>
                <time dateTime={i.date}>{i.date}</time> {i.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Sources</h3>
      <SourceList model={model} ids={party.sources} />
    </article>
  );
}
