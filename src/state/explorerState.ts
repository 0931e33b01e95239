// The explorer's state as plain data and the pure updates a person's actions make to it (no React, no DOM).
import type { Day } from "../model";
import { DEFAULT_ROUTE_OPTIONS, MAX_HOPS, MIN_HOPS, type RouteKey } from "../routing";
import {
  type AnalysisAction,
  type AnalysisState,
  dependsKept,
  INITIAL_ANALYSIS,
  updateAnalysis,
} from "./analysis";

export const LAYOUTS = ["geographic", "force", "concentric"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The three fields that make a query; the date, hops, consent and scenario apply to it live. */
export interface RouteRequest {
  from: string;
  to: string;
  topic: string;
}

/** What is selected in the graph or a panel: a party or an agreement, or nothing. */
export type Selection = { type: "party"; id: string } | { type: "agreement"; id: string } | null;

/** A message shown in the page until dismissed, e.g. an invalid permalink value. */
export interface Notice {
  id: number;
  message: string;
}

export interface ExplorerState {
  /** What the route finder shows; becomes the query on "Find routes". */
  draft: RouteRequest;
  /** The query being answered; null before the first "Find routes". */
  query: RouteRequest | null;
  /** The As-of date. */
  at: Day;
  maxHops: number;
  allowConsentRelay: boolean;
  /** Agreement and party ids switched off by the what-if scenario, in the order they were switched off. */
  disabled: string[];
  layout: Layout;
  /**
   * The key of the selected route (its hops, DESIGN.md rule 9), permitted or blocked; never a position in a list.
   * It stays selected across dates, scenarios, options and datasets, even where the answer has no such route: the
   * explorer then says so rather than select another.
   */
  route: RouteKey | null;
  selection: Selection;
  hideInactive: boolean;
  showBlocked: boolean;
  /**
   * The group of blocked candidates in focus (a `blockedGroups` id such as `3:not-in-force+third-party-rule`): the
   * routes panel shows it open and the graph draws only its routes. Null when no group is open.
   */
  blockedFocus: string | null;
  notices: Notice[];
  nextNoticeId: number;
  /** The analysis panels (src/state/analysis.ts). */
  analysis: AnalysisState;
}

export type Action =
  | { type: "set-draft"; field: keyof RouteRequest; value: string }
  | { type: "find-routes" }
  | { type: "set-date"; at: Day }
  | { type: "set-max-hops"; maxHops: number }
  | { type: "set-consent-relay"; allow: boolean }
  | { type: "set-layout"; layout: Layout }
  | { type: "select-route"; route: RouteKey | null }
  | { type: "select"; selection: Selection }
  | { type: "toggle-disabled"; id: string }
  | { type: "clear-scenario" }
  | { type: "set-hide-inactive"; hide: boolean }
  | { type: "set-show-blocked"; show: boolean }
  | { type: "set-blocked-focus"; group: string | null }
  | { type: "notify"; messages: readonly string[] }
  | { type: "dismiss-notice"; id: number }
  | { type: "replace-dataset"; draft: RouteRequest; query: RouteRequest | null }
  | AnalysisAction;

/**
 * The state a fresh explorer starts in: no query, the given date and draft, default options.
 * `at` must be an ISO day; the caller chooses it (today, or the permalink's) so this stays free of the clock.
 */
export function initialState(at: Day, draft: RouteRequest): ExplorerState {
  return {
    draft,
    query: null,
    at,
    maxHops: DEFAULT_ROUTE_OPTIONS.maxHops,
    allowConsentRelay: false,
    disabled: [],
    layout: "geographic",
    route: null,
    selection: null,
    hideInactive: false,
    showBlocked: false,
    blockedFocus: null,
    notices: [],
    nextNoticeId: 1,
    analysis: INITIAL_ANALYSIS,
  };
}

/** Add one notice per message; an empty list leaves the state as it is. */
export function addNotices(state: ExplorerState, messages: readonly string[]): ExplorerState {
  if (messages.length === 0) return state;
  const notices = messages.map((message, i) => ({ id: state.nextNoticeId + i, message }));
  return {
    ...state,
    notices: [...state.notices, ...notices],
    nextNoticeId: state.nextNoticeId + messages.length,
  };
}

/** True when two requests ask the same question. */
export function sameRequest(a: RouteRequest | null, b: RouteRequest | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to && a.topic === b.topic);
}

/**
 * Apply one action and return the new state; the old one is never changed. Out-of-range hops are clamped,
 * and an unknown action returns the state unchanged. The selected route is kept by its key through every change
 * but a new question (DESIGN.md rule 9): a date, an option, a scenario or a dataset leaves it selected.
 */
export function update(state: ExplorerState, action: Action): ExplorerState {
  switch (action.type) {
    case "set-draft":
      return { ...state, draft: { ...state.draft, [action.field]: action.value } };
    case "find-routes":
      return sameRequest(state.query, state.draft)
        ? state
        : { ...state, query: { ...state.draft }, route: null, blockedFocus: null };
    case "set-date":
      return action.at === state.at ? state : { ...state, at: action.at };
    case "set-max-hops": {
      if (!Number.isFinite(action.maxHops)) return state;
      const maxHops = Math.min(MAX_HOPS, Math.max(MIN_HOPS, Math.round(action.maxHops)));
      return maxHops === state.maxHops ? state : { ...state, maxHops };
    }
    case "set-consent-relay":
      return { ...state, allowConsentRelay: action.allow };
    case "set-layout":
      return { ...state, layout: action.layout };
    case "select-route":
      return { ...state, route: action.route, selection: action.route === null ? state.selection : null };
    case "select":
      return dependsKept({ ...state, selection: action.selection });
    case "toggle-disabled": {
      const disabled = state.disabled.includes(action.id)
        ? state.disabled.filter((id) => id !== action.id)
        : [...state.disabled, action.id];
      return { ...state, disabled };
    }
    case "clear-scenario":
      return state.disabled.length === 0 ? state : { ...state, disabled: [] };
    case "set-hide-inactive":
      return { ...state, hideInactive: action.hide };
    case "set-show-blocked":
      return { ...state, showBlocked: action.show };
    case "set-blocked-focus":
      return { ...state, blockedFocus: action.group };
    case "notify":
      return addNotices(state, action.messages);
    case "dismiss-notice":
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
    case "replace-dataset":
      // The caller keeps the question where the new dataset can answer it; the route stays selected by its key.
      return dependsKept({
        ...state,
        draft: action.draft,
        query: action.query,
        route: sameRequest(action.query, state.query) ? state.route : null,
        selection: null,
        disabled: [],
        blockedFocus: null,
      });
    default:
      return updateAnalysis(state, action);
  }
}
