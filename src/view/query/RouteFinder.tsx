// The route finder: From, To, Topic, As of, Max hops, Allow ad-hoc consent and Find routes, all labelled controls.
import { type Dispatch, useMemo } from "react";
import type { Model } from "../../model";
import { MAX_HOPS, MIN_HOPS } from "../../routing";
import type { Action, ExplorerState } from "../../state";
import { partyOptions, topicTree } from "../labels";
import { DateField } from "./DateField";

const FIELD_LABELS = { from: "From", to: "To" } as const;

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

export function RouteFinder({ model, state, dispatch }: Props) {
  // Sorting by name is slow the first time (the collator starts up), and neither list depends on the date.
  // The option elements are kept too, so React has nothing to compare in them when only the date moves.
  const partyItems = useMemo(
    () =>
      partyOptions(model).map((p) => (
        <option key={p.id} value={p.id}>
          {p.label}
        </option>
      )),
    [model],
  );
  const topicItems = useMemo(
    () =>
      topicTree(model).map((t) => (
        <option key={t.id} value={t.id}>
          {`${"\u00a0\u00a0\u00a0".repeat(t.depth)}${t.name}`}
        </option>
      )),
    [model],
  );
  const { draft } = state;
  const ready = model.parties.has(draft.from) && model.parties.has(draft.to) && model.topics.has(draft.topic);
  return (
    <form
      className="route-finder"
      aria-label="Route finder"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) dispatch({ type: "find-routes" });
      }}
    >
      <h2>Route finder</h2>
      {(["from", "to"] as const).map((field) => (
        <div className="field" key={field}>
          <label htmlFor={`rf-${field}`}>{FIELD_LABELS[field]}</label>
          <select
            id={`rf-${field}`}
            value={draft[field]}
            onChange={(e) => dispatch({ type: "set-draft", field, value: e.target.value })}
          >
            {partyItems}
          </select>
        </div>
      ))}
      <div className="field">
        <label htmlFor="rf-topic">Topic</label>
        <select
          id="rf-topic"
          value={draft.topic}
          onChange={(e) => dispatch({ type: "set-draft", field: "topic", value: e.target.value })}
        >
          {topicItems}
        </select>
      </div>
      <div className="field">
        <label htmlFor="rf-at">As of</label>
        <DateField id="rf-at" value={state.at} onChange={(at) => dispatch({ type: "set-date", at })} />
      </div>
      <div className="field-row">
        <div className="field narrow">
          <label htmlFor="rf-hops">Max hops</label>
          <input
            id="rf-hops"
            type="number"
            min={MIN_HOPS}
            max={MAX_HOPS}
            step={1}
            value={state.maxHops}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (e.target.value !== "" && n >= MIN_HOPS && n <= MAX_HOPS) {
                dispatch({ type: "set-max-hops", maxHops: n });
              }
            }}
          />
        </div>
        <div className="field check">
          <input
            id="rf-consent"
            type="checkbox"
            checked={state.allowConsentRelay}
            onChange={(e) => dispatch({ type: "set-consent-relay", allow: e.target.checked })}
          />
          <label htmlFor="rf-consent">Allow ad-hoc consent</label>
        </div>
      </div>
      <button id="rf-find" type="submit" className="primary" disabled={!ready}>
        Find routes
      </button>
    </form>
  );
}
