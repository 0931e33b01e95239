// The answer as text: permitted routes in order, then (on demand) the blocked candidates with their reasons.
import type { Dispatch } from "react";
import { type Model, partyLabel, topicName } from "../../model";
import { type Route, type RouteAnswer, type RouteKey, routeKey } from "../../routing";
import { type Action, BLOCKED_LIMIT, type ExplorerState } from "../../state";
import { CodedMessages } from "./CodedMessages";
import { routePath, routeVia } from "./routeWords";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  answer: RouteAnswer | null;
}

function RouteItem(props: {
  model: Model;
  route: Route;
  /** The route's number in the list, from 1. */
  number: number;
  selected: boolean;
  onSelect(route: RouteKey | null): void;
}) {
  const { model, route, number, selected } = props;
  const blocked = route.status === "blocked";
  return (
    <li className={`route-item${blocked ? " blocked" : ""}${selected ? " selected" : ""}`}>
      <button
        type="button"
        className="route-button"
        aria-pressed={selected}
        onClick={() => props.onSelect(selected ? null : routeKey(route))}
      >
        <span className="route-number">{number}.</span>
        <span className="route-path">{routePath(model, route)}</span>
        <span className="route-meta">
          {route.kind === "direct" ? "Direct" : `Relayed (${route.hops.length} hops)`} {routeVia(route)}
        </span>
      </button>
      {!blocked && (route.conditions.length > 0 || route.warnings.length > 0) && (
        <ul className="tags" aria-label="Conditions and warnings">
          {route.conditions.map((c) => (
            <li key={c.code} className="tag condition" title={c.message}>
              {c.code}
            </li>
          ))}
          {route.warnings.map((w) => (
            <li key={w.code} className="tag warning" title={w.message}>
              {w.code}
            </li>
          ))}
        </ul>
      )}
      {blocked && <CodedMessages items={route.reasons} kind="reason" className="reasons" />}
    </li>
  );
}

/** A list of routes numbered from `first`, the one whose key is `selected` marked. */
function RouteList(props: {
  label: string;
  model: Model;
  routes: readonly Route[];
  first: number;
  selected: RouteKey | null;
  onSelect(route: RouteKey | null): void;
}) {
  return (
    <ul className="route-list" aria-label={props.label}>
      {props.routes.map((route, i) => (
        <RouteItem
          key={routeKey(route)}
          model={props.model}
          route={route}
          number={props.first + i}
          selected={props.selected === routeKey(route)}
          onSelect={props.onSelect}
        />
      ))}
    </ul>
  );
}

export function RoutesPanel({ model, state, dispatch, answer }: Props) {
  if (!answer || !state.query) {
    return (
      <section className="routes-panel" aria-labelledby="routes-heading">
        <h2 id="routes-heading">Routes</h2>
        <p className="hint">Choose From, To and Topic, then Find routes.</p>
      </section>
    );
  }
  const { query } = state;
  const list = {
    model,
    selected: state.route,
    onSelect: (route: RouteKey | null) => dispatch({ type: "select-route", route }),
  };
  return (
    <section className="routes-panel" aria-labelledby="routes-heading">
      <h2 id="routes-heading">Routes</h2>
      <p className="query-summary">
        {partyLabel(model, query.from)} to {partyLabel(model, query.to)}, {topicName(model, query.topic)}, as
        of {state.at}
      </p>
      {answer.routes.length === 0 ? (
        <p className="no-route" role="status">
          No permitted route on {state.at}.
          {answer.blocked.length > 0
            ? " The blocked candidates below say why."
            : " No candidate path either."}
        </p>
      ) : (
        <RouteList label="Permitted routes" routes={answer.routes} first={1} {...list} />
      )}
      {answer.blocked.length > 0 && answer.routes.length > 0 && (
        <button
          type="button"
          className="link-button"
          aria-expanded={state.showBlocked}
          aria-controls="blocked-routes"
          onClick={() => dispatch({ type: "set-show-blocked", show: !state.showBlocked })}
        >
          {state.showBlocked ? "Hide" : "Show"} blocked routes ({answer.blocked.length}
          {answer.blocked.length >= BLOCKED_LIMIT ? "+, shortest first" : ""})
        </button>
      )}
      {(state.showBlocked || answer.routes.length === 0) && answer.blocked.length > 0 && (
        <section id="blocked-routes" className="blocked" aria-labelledby="blocked-heading">
          <h3 id="blocked-heading">Blocked</h3>
          <RouteList
            label="Blocked routes"
            routes={answer.blocked}
            first={answer.routes.length + 1}
            {...list}
          />
        </section>
      )}
    </section>
  );
}
