// The explorer's store: the pure state of src/state in a reducer, opened from the permalink and kept in the URL.
import { type Dispatch, useEffect, useMemo, useReducer, useRef } from "react";
import type { Model } from "../model";
import { findRoutes, type Route, type RouteAnswer } from "../routing";
import {
  type Action,
  addNotices,
  applyPermalink,
  defaultPermalink,
  type ExplorerState,
  initialState,
  type KnownIds,
  parsePermalink,
  type RouteRequest,
  serialisePermalink,
  toPermalink,
  update,
} from "../state";

/**
 * The most blocked candidates the explorer explains, shortest first: every one on datasets like the built-in one,
 * and a bound that keeps the As-of slider fluid on a large imported network.
 */
export const BLOCKED_LIMIT = 500;

/** Today as a local ISO day: the As-of date of a fresh explorer. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function knownIds(model: Model): KnownIds {
  return {
    parties: new Set(model.parties.keys()),
    topics: new Set(model.topics.keys()),
    agreements: new Set(model.agreements.keys()),
  };
}

/** The route finder's starting values: the story's Seoul → Tokyo when the dataset has them. */
export function defaultDraft(model: Model): RouteRequest {
  const ids = [...model.parties.keys()];
  const pick = (preferred: string, fallback: number) =>
    model.parties.has(preferred) ? preferred : (ids[fallback] ?? "");
  return { from: pick("KOR", 0), to: pick("JPN", 1), topic: "any" };
}

function open(model: Model, search: string, at: string, notices: readonly string[]): ExplorerState {
  const defaults = defaultPermalink(at);
  const parsed = parsePermalink(search, knownIds(model), defaults);
  let state = applyPermalink(initialState(at, defaultDraft(model)), parsed.permalink);
  state = { ...state, draft: { ...state.draft, ...parsed.draft } };
  return addNotices(state, [...notices, ...parsed.problems]);
}

export interface Explorer {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  answer: RouteAnswer | null;
  /** Permitted routes, then blocked ones: what `state.route` indexes. */
  routes: Route[];
  selectedRoute: Route | null;
}

/**
 * Hold the explorer's state for `model`: read from the page's permalink once, written back to the URL with
 * history.replaceState on every change; `startupNotices` are shown first. Answers the active query on the As-of date with the scenario applied.
 */
export function useExplorer(model: Model, startupNotices: readonly string[] = []): Explorer {
  const startDay = useMemo(today, []);
  const [state, dispatch] = useReducer(update, undefined, () =>
    open(model, window.location.search, startDay, startupNotices),
  );

  const answered = useMemo(() => {
    if (!state.query) return { answer: null, error: null };
    try {
      const answer = findRoutes(
        model,
        { ...state.query, at: state.at },
        {
          maxHops: state.maxHops,
          allowConsentRelay: state.allowConsentRelay,
          disable: state.disabled,
          explain: BLOCKED_LIMIT,
        },
      );
      return { answer, error: null };
    } catch (error) {
      return { answer: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [model, state.query, state.at, state.maxHops, state.allowConsentRelay, state.disabled]);

  useEffect(() => {
    if (answered.error)
      dispatch({ type: "notify", messages: [`The query could not be answered: ${answered.error}`] });
  }, [answered.error]);

  useEffect(() => {
    const query = serialisePermalink(toPermalink(state), defaultPermalink(startDay));
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, "", url);
    }
  }, [state, startDay]);

  const routes = useMemo(
    () => (answered.answer ? [...answered.answer.routes, ...answered.answer.blocked] : []),
    [answered.answer],
  );
  // A permalink's route number is checked against the first answer only: later, dates move routes in and out.
  const routeChecked = useRef(false);
  useEffect(() => {
    if (routeChecked.current || !answered.answer) return;
    routeChecked.current = true;
    if (state.route !== null && state.route >= routes.length) {
      dispatch({
        type: "notify",
        messages: [`Ignored route=${state.route + 1}: the answer lists ${routes.length} routes.`],
      });
      dispatch({ type: "select-route", route: null });
    }
  }, [answered.answer, routes.length, state.route]);

  const selectedRoute = state.route === null ? null : (routes[state.route] ?? null);
  return { state, dispatch, answer: answered.answer, routes, selectedRoute };
}
