// The explorer's store: the pure state of src/state in a reducer, opened from the permalink, kept in the URL, and
// the answer to its query.
import { type Dispatch, useEffect, useMemo, useReducer, useRef } from "react";
import type { Model } from "../../model";
import type { Route, RouteAnswer } from "../../routing";
import {
  type Action,
  type AnswerInput,
  answerErrorWords,
  answerOf,
  type ExplorerState,
  type FollowedRoute,
  followRoute,
  openState,
  update,
} from "../../state";
import { stableAnswer } from "./stableAnswer";
import { today } from "./today";
import { useUrlSync } from "./useUrlSync";

export interface Explorer {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  answer: RouteAnswer | null;
  /** Permitted routes, then blocked ones, as the routes list numbers them. */
  routes: Route[];
  /** The route `state.route` names, followed into the answer: listed, judged past the list, or absent and why. */
  followed: FollowedRoute | null;
  /** The selected route as it stands on the date, listed or not; null when it is no candidate. */
  selectedRoute: Route | null;
  /** Its number in the routes list (from 1), or null when the list does not show it. */
  selectedNumber: number | null;
}

/** The selected route followed into the answer by its key; null without a selection or an answer. */
function useFollowed(model: Model, state: ExplorerState, answer: RouteAnswer | null): FollowedRoute | null {
  const { route, query, at, maxHops, allowConsentRelay, disabled } = state;
  return useMemo(() => {
    if (route === null || !answer) return null;
    try {
      return followRoute(model, { query, at, maxHops, allowConsentRelay, disabled }, answer, route);
    } catch {
      return null;
    }
  }, [model, answer, route, query, at, maxHops, allowConsentRelay, disabled]);
}

/** The answer to the state's query, or the reason it has none; the same object while its inputs stay the same. */
function useAnswer(model: Model, input: AnswerInput): { answer: RouteAnswer | null; error: string | null } {
  const { query, at, maxHops, allowConsentRelay, disabled } = input;
  return useMemo(() => {
    try {
      return { answer: answerOf(model, { query, at, maxHops, allowConsentRelay, disabled }), error: null };
    } catch (error) {
      return { answer: null, error: answerErrorWords(error) };
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
  const followed = useFollowed(model, state, answer);
  const selectedRoute = followed && followed.kind !== "absent" ? followed.route : null;
  const selectedNumber = followed?.kind === "listed" ? followed.number : null;
  return { state, dispatch, answer, routes, followed, selectedRoute, selectedNumber };
}
