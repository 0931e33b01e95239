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

/** While only the As-of date changes, the URL is rewritten at most this often (ms). */
const DATE_URL_INTERVAL = 250;

interface UrlWrites {
  /** The previous state's permalink without its date: equal to the next one's when only the date moved. */
  rest: string | null;
  /** When a date-only change was last written, or -Infinity when the last write was another change. */
  lastDateWrite: number;
  /** The date-only write waiting for its turn. */
  pending: { timer: number; write: () => void } | null;
}

/**
 * Structural equality of plain data (what a route answer is made of): primitives by value, arrays item by item,
 * objects key by key. Anything else (maps, dates) compares by identity.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype) return false;
  if (Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((k) => Object.hasOwn(y, k) && sameValue(x[k], y[k]));
}

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

function open(model: Model, search: string, at: string): ExplorerState {
  const defaults = defaultPermalink(at);
  const parsed = parsePermalink(search, knownIds(model), defaults);
  let state = applyPermalink(initialState(at, defaultDraft(model)), parsed.permalink);
  state = { ...state, draft: { ...state.draft, ...parsed.draft } };
  return addNotices(state, parsed.problems);
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
 * history.replaceState on every change; invalid permalink values become notices. Answers the active query on the
 * As-of date with the scenario applied.
 */
export function useExplorer(model: Model): Explorer {
  const startDay = useMemo(today, []);
  const [state, dispatch] = useReducer(update, undefined, () =>
    open(model, window.location.search, startDay),
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

  // Each URL change costs the page a history update and, in Chromium, a fresh download and decode of the icon: more
  // than an As-of step's own work. So while only the date moves (the slider dragged), the URL follows at a few
  // writes a second, always ending on the last date; any other change is written at once.
  const urlWrites = useRef<UrlWrites>({ rest: null, lastDateWrite: Number.NEGATIVE_INFINITY, pending: null });
  useEffect(() => {
    const defaults = defaultPermalink(startDay);
    const query = serialisePermalink(toPermalink(state), defaults);
    const rest = serialisePermalink(toPermalink({ ...state, at: startDay }), defaults);
    const w = urlWrites.current;
    const dateOnly = w.rest === rest;
    w.rest = rest;
    if (w.pending) window.clearTimeout(w.pending.timer);
    w.pending = null;
    const write = () => {
      w.pending = null;
      w.lastDateWrite = dateOnly ? performance.now() : Number.NEGATIVE_INFINITY;
      const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.replaceState(window.history.state, "", url);
      }
    };
    const wait = w.lastDateWrite + DATE_URL_INTERVAL - performance.now();
    if (dateOnly && wait > 0) w.pending = { timer: window.setTimeout(write, wait), write };
    else write();
  }, [state, startDay]);
  // A page left before the last date was written still leaves it in its history entry.
  useEffect(() => {
    const flush = () => urlWrites.current.pending?.write();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, []);

  // Most As-of steps leave the routes as they were: keeping the previous lists then lets the views of routes
  // (comparison table, details) skip rendering, and keeps the selected route the same object.
  const previous = useRef<RouteAnswer | null>(null);
  const answer = useMemo(() => {
    const next = answered.answer;
    const last = previous.current;
    if (!next || !last) return next;
    const routes = sameValue(last.routes, next.routes) ? last.routes : next.routes;
    const blocked = sameValue(last.blocked, next.blocked) ? last.blocked : next.blocked;
    return routes === next.routes && blocked === next.blocked ? next : { ...next, routes, blocked };
  }, [answered.answer]);
  useEffect(() => {
    previous.current = answer;
  }, [answer]);

  const routes = useMemo(() => (answer ? [...answer.routes, ...answer.blocked] : []), [answer]);
  // A permalink's route number is checked against the first answer only: later, dates move routes in and out.
  const routeChecked = useRef(false);
  useEffect(() => {
    if (routeChecked.current || !answer) return;
    routeChecked.current = true;
    if (state.route !== null && state.route >= routes.length) {
      dispatch({
        type: "notify",
        messages: [`Ignored route=${state.route + 1}: the answer lists ${routes.length} routes.`],
      });
      dispatch({ type: "select-route", route: null });
    }
  }, [answer, routes.length, state.route]);

  const selectedRoute = state.route === null ? null : (routes[state.route] ?? null);
  return { state, dispatch, answer, routes, selectedRoute };
}
