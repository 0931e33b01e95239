// The route finder: From, To, Topic, As of, Max hops, Allow ad-hoc consent and Find routes, all labelled controls.
import { type Dispatch, useMemo } from "react";
import { type Model, partyName, topicName } from "../../model";
import { MAX_HOPS, MIN_HOPS } from "../../routing";
import { type Action, type ExplorerState, sameRequest } from "../../state";
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
  const { draft, query } = state;
  const ready = model.parties.has(draft.from) && model.parties.has(draft.to) && model.topics.has(draft.topic);
  // The fields and the routes shown never disagree silently: a changed field says the routes are for the old one.
  const pending = query !== null && !sameRequest(query, draft);
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
        <div className="field wide" key={field}>
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
      <div className="field wide">
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
      <div className="field">
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
      <div className="field check wide">
        <input
          id="rf-consent"
          type="checkbox"
          checked={state.allowConsentRelay}
          onChange={(e) => dispatch({ type: "set-consent-relay", allow: e.target.checked })}
        />
        <label htmlFor="rf-consent">Allow ad-hoc consent</label>
      </div>
      {pending ? (
        <p className="pending-note" role="status">
          The routes shown are for {partyName(model, query.from)} → {partyName(model, query.to)},{" "}
          {topicName(model, query.topic)}: Find routes to answer the new choice.
        </p>
      ) : null}
      <button
        id="rf-find"
        type="submit"
        className={pending ? "primary pending" : "primary"}
        disabled={!ready}
      >
        Find routes
      </button>
    </form>
  );
}
