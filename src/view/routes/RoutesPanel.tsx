// The answer as text: permitted routes in order; "no route" in the words the dataset's coverage allows; the blocked
// candidates grouped by shape and reasons (on demand while some route is permitted); what became of the selection.
import { type Dispatch, useMemo } from "react";
import { type Model, noRouteCoverage, partyName, topicName } from "../../model";
import type { Route, RouteAnswer, RouteKey } from "../../routing";
import type { Action, ExplorerState, FollowedRoute } from "../../state";
import { codeWords } from "../labels";
import { BlockedGroups } from "./BlockedGroups";
import { FollowNotice } from "./FollowNotice";
import { RouteList } from "./RouteList";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  answer: RouteAnswer | null;
  followed?: FollowedRoute | null;
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * The heading of the blocked routes: how many candidates are blocked, and when the answer lists only the shortest of
 * them, how many of those the groups below hold.
 */
function blockedHeading(answer: RouteAnswer): string {
  const total = answer.blockedTotal;
  const listed = answer.blocked.length;
  const routes = `${count(total)} route${total === 1 ? "" : "s"}`;
  if (listed >= total) return `Blocked: ${routes}, by reason`;
  return listed === 0
    ? `Blocked: ${routes}, none listed`
    : `Blocked: ${routes}; the ${count(listed)} shortest grouped by reason below`;
}

/** Every blocked candidate counted by reason, for when the groups hold only the shortest of them. */
function BlockedSummary({ answer }: { answer: RouteAnswer }) {
  if (answer.blocked.length >= answer.blockedTotal) return null;
  const parts = answer.blockedSummary.map((s) => `${codeWords(s.code).toLowerCase()} ${count(s.count)}`);
  return (
    <p className="hint">
      All {count(answer.blockedTotal)} by reason (a route blocked for several reasons counts under each):{" "}
      {parts.join(", ")}.
    </p>
  );
}

/** "No route" as the dataset's coverage allows it (its first sentence stands out), and where to read why. */
function NoRoute({ message, blocked }: { message: string; blocked: number }) {
  const cut = message.indexOf(". ") + 1;
  const [head, rest] = cut > 0 ? [message.slice(0, cut), message.slice(cut)] : [message, ""];
  return (
    <p className="no-route" role="status">
      <strong>{head}</strong>
      {rest}
      {blocked > 0 ? " Every candidate is blocked; the groups below say why." : " No candidate path either."}
    </p>
  );
}

export function RoutesPanel({ model, state, dispatch, answer, followed = null }: Props) {
  const numbers = useMemo(() => {
    const all = [...(answer?.routes ?? []), ...(answer?.blocked ?? [])];
    return new Map<Route, number>(all.map((route, i) => [route, i + 1]));
  }, [answer]);
  if (!answer || !state.query) {
    const { from, to, topic } = state.draft;
    return (
      <section className="routes-panel" aria-labelledby="routes-heading">
        <h2 id="routes-heading">Routes</h2>
        <p className="hint">
          {from && to && from !== to
            ? `Find routes answers: ${partyName(model, from)} to ${partyName(model, to)}, ${topicName(model, topic)}.`
            : "Choose two different parties in From and To, then Find routes."}
        </p>
      </section>
    );
  }
  const { query } = state;
  const numberOf = (route: Route) => numbers.get(route) ?? 0;
  const onSelect = (route: RouteKey | null) => dispatch({ type: "select-route", route });
  const { routes, blocked, blockedTotal } = answer;
  const showBlocked = state.showBlocked || routes.length === 0;
  return (
    <section className="routes-panel" aria-labelledby="routes-heading">
      <h2 id="routes-heading">Routes</h2>
      <p className="query-summary">
        {partyName(model, query.from)} → {partyName(model, query.to)}, {topicName(model, query.topic)}, on{" "}
        {state.at}
      </p>
      <FollowNotice model={model} followed={followed} query={query} at={state.at} dispatch={dispatch} />
      {routes.length === 0 ? (
        <NoRoute
          message={noRouteCoverage(model, query.from, query.to, state.at).message}
          blocked={blockedTotal}
        />
      ) : (
        <RouteList
          label="Permitted routes"
          model={model}
          routes={routes}
          numberOf={numberOf}
          selected={state.route}
          onSelect={onSelect}
        />
      )}
      {blockedTotal > 0 && routes.length > 0 && (
        <button
          type="button"
          className="link-button"
          aria-expanded={state.showBlocked}
          aria-controls="blocked-routes"
          onClick={() => dispatch({ type: "set-show-blocked", show: !state.showBlocked })}
        >
          {state.showBlocked ? "Hide" : "Show"} blocked routes ({count(blockedTotal)})
        </button>
      )}
      {showBlocked && blockedTotal > 0 && (
        <section id="blocked-routes" className="blocked" aria-labelledby="blocked-heading">
          <h3 id="blocked-heading">{blockedHeading(answer)}</h3>
          <BlockedSummary answer={answer} />
          <BlockedGroups
            model={model}
            blocked={blocked}
            focus={state.blockedFocus}
            selected={state.route}
            numberOf={numberOf}
            dispatch={dispatch}
          />
        </section>
      )}
    </section>
  );
}
