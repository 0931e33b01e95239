// Routes as a list of buttons: number, path, kind and agreements; a permitted route's conditions and warnings as
// tags in plain words, a blocked route's reasons as sentences. The selected route is pressed.
import { type Model, partyLabel } from "../../model";
import { type Route, type RouteKey, routeKey } from "../../routing";
import { CodedMessages, CodeTag } from "./CodedMessages";
import { routePath, routeVia } from "./routeWords";

function RouteItem(props: {
  model: Model;
  route: Route;
  /** The route's number in the routes list, from 1. */
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
        title={route.parties.map((id) => partyLabel(model, id)).join(" → ")}
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
            <li key={c.code}>
              <CodeTag code={c.code} kind="condition" title={c.message} />
            </li>
          ))}
          {route.warnings.map((w) => (
            <li key={w.code}>
              <CodeTag code={w.code} kind="warning" title={w.message} />
            </li>
          ))}
        </ul>
      )}
      {blocked && <CodedMessages items={route.reasons} kind="reason" className="reasons" />}
    </li>
  );
}

/** A list of routes, each numbered as `numberOf` says, the one whose key is `selected` marked. */
export function RouteList(props: {
  label: string;
  model: Model;
  routes: readonly Route[];
  numberOf(route: Route): number;
  selected: RouteKey | null;
  onSelect(route: RouteKey | null): void;
  id?: string;
}) {
  return (
    <ul className="route-list" aria-label={props.label} id={props.id}>
      {props.routes.map((route) => (
        <RouteItem
          key={routeKey(route)}
          model={props.model}
          route={route}
          number={props.numberOf(route)}
          selected={props.selected === routeKey(route)}
          onSelect={props.onSelect}
        />
      ))}
    </ul>
  );
}
