// The explorer's store: the pure state of src/state in a reducer, opened from the permalink, kept in the URL, and
// the answer to its query.
import { type Dispatch, useEffect, useMemo, useReducer, useRef } from "react";
import type { Model } from "../../model";
import { type Route, type RouteAnswer, routeKey } from "../../routing";
import { type Action, type AnswerInput, answerOf, type ExplorerState, openState, update } from "../../state";
import { stableAnswer } from "./stableAnswer";
import { today } from "./today";
import { useUrlSync } from "./useUrlSync";

export interface Explorer {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  answer: RouteAnswer | null;
  /** Permitted routes, then blocked ones, as the routes list numbers them. */
  routes: Route[];
  /** The route `state.route` names, when the answer lists it. */
  selectedRoute: Route | null;
  /** Its number in the routes list (from 1), or null. */
  selectedNumber: number | null;
}

/** The answer to the state's query, or the reason it has none; the same object while its inputs stay the same. */
function useAnswer(model: Model, input: AnswerInput): { answer: RouteAnswer | null; error: string | null } {
  const { query, at, maxHops, allowConsentRelay, disabled } = input;
  return useMemo(() => {
    try {
      return { answer: answerOf(model, { query, at, maxHops, allowConsentRelay, disabled }), error: null };
    } catch (error) {
      return { answer: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [model, query, at, maxHops, allowConsentRelay, disabled]);
}

/** `next`, reusing the previous answer's route lists where they are unchanged (see stableAnswer). */
function useStableAnswer(next: RouteAnswer | null): RouteAnswer | null {
  const previous = useRef<RouteAnswer | null>(null);
  const answer = useMemo(() => stableAnswer(previous.current, next), [next]);
  useEffect(() => {
    previous.current = answer;
  }, [answer]);
  return answer;
}

/**
 * Hold the explorer's state for `model`: opened from the page's permalink once (invalid values become notices),
 * written back to the URL on every change. Answers the active query on the As-of date with the scenario applied.
 */
export function useExplorer(model: Model): Explorer {
  const startDay = useMemo(today, []);
  const [state, dispatch] = useReducer(update, undefined, () =>
    openState(model, window.location.search, startDay),
  );
  const answered = useAnswer(model, state);
  useEffect(() => {
    if (answered.error)
      dispatch({ type: "notify", messages: [`The query could not be answered: ${answered.error}`] });
  }, [answered.error]);
  useUrlSync(state, startDay);

  const answer = useStableAnswer(answered.answer);
  const routes = useMemo(() => (answer ? [...answer.routes, ...answer.blocked] : []), [answer]);
  const keys = useMemo(() => routes.map((r) => routeKey(r)), [routes]);
  const index = state.route === null ? -1 : keys.indexOf(state.route);
  const selectedRoute = routes[index] ?? null;
  return { state, dispatch, answer, routes, selectedRoute, selectedNumber: selectedRoute ? index + 1 : null };
}
