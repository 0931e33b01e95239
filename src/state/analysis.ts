// The analysis panels' part of the explorer state: which panels are open with their own settings, the pure updates
// people's actions make to them, and their permalink parameters (routetimeline, vs, matrix, brokers, depends).
import { type Day, isIsoDay } from "../model";
import type { ExplorerState } from "./explorerState";
import type { KnownIds } from "./permalink";

/** How the reachability matrix orders its parties. */
export const MATRIX_SORTS = ["name", "region", "degree"] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

export interface AnalysisState {
  /** The route timeline strip of the query's pair is open (`routetimeline=show`). */
  routeTimeline: boolean;
  /** The second date the As-of date is compared with, or null when no comparison is shown (`vs=DATE`). */
  compareWith: Day | null;
  /** The reachability matrix's order while it is open, else null (`matrix=name|region|degree`). */
  matrix: MatrixSort | null;
  /** The brokers list is open (`brokers=show`). */
  brokers: boolean;
  /** The party or agreement whose "What depends on this?" was asked, or null (`depends=ID`). */
  dependsOn: string | null;
}

/** Every analysis panel closed: what a URL without their parameters means. */
export const INITIAL_ANALYSIS: AnalysisState = {
  routeTimeline: false,
  compareWith: null,
  matrix: null,
  brokers: false,
  dependsOn: null,
};

export type AnalysisAction =
  | { type: "show-route-timeline"; show: boolean }
  | { type: "compare-with"; at: Day | null }
  | { type: "show-matrix"; sort: MatrixSort | null }
  | { type: "show-brokers"; show: boolean }
  | { type: "ask-depends"; id: string | null }
  | { type: "ask-route"; from: string; to: string; topic: string };

/**
 * `state` with "What depends on this?" kept only while its party or agreement is the one selected, so that a
 * permalink never names an answer the page does not show; the same object when nothing changes.
 */
export function dependsKept(state: ExplorerState): ExplorerState {
  const { analysis, selection } = state;
  return analysis.dependsOn === null || selection?.id === analysis.dependsOn
    ? state
    : { ...state, analysis: { ...analysis, dependsOn: null } };
}

/**
 * Apply one analysis action. `ask-route` fills the route finder with the pair and topic and answers it (a
 * reachability cell's question); the others open, close or set a panel. Bad dates in `compare-with` are the
 * caller's to refuse (the date field only gives days). Unknown actions return the state unchanged.
 */
export function updateAnalysis(state: ExplorerState, action: AnalysisAction): ExplorerState {
  const set = (analysis: Partial<AnalysisState>): ExplorerState => ({
    ...state,
    analysis: { ...state.analysis, ...analysis },
  });
  switch (action.type) {
    case "show-route-timeline":
      return set({ routeTimeline: action.show });
    case "compare-with":
      return set({ compareWith: action.at });
    case "show-matrix":
      return set({ matrix: action.sort });
    case "show-brokers":
      return set({ brokers: action.show });
    case "ask-depends":
      return set({ dependsOn: action.id });
    case "ask-route": {
      const request = { from: action.from, to: action.to, topic: action.topic };
      return { ...state, draft: request, query: { ...request }, route: null };
    }
    default:
      return state;
  }
}

/** What reading the analysis parameters needs from the permalink reader. */
export interface AnalysisReading {
  params: ReadonlyMap<string, string>;
  known: KnownIds;
  problems: string[];
}

const SHOW = "show";
const HIDE = "hide";

/**
 * The analysis panels' URL form: only the parameters that differ from INITIAL_ANALYSIS are written, so a page with
 * every panel closed has none; `read` reports each bad value and keeps that panel closed.
 */
export const ANALYSIS_CODEC = {
  write(a: AnalysisState): [string, string][] {
    const out: [string, string][] = [];
    if (a.routeTimeline) out.push(["routetimeline", SHOW]);
    if (a.compareWith !== null) out.push(["vs", a.compareWith]);
    if (a.matrix !== null) out.push(["matrix", a.matrix]);
    if (a.brokers) out.push(["brokers", SHOW]);
    if (a.dependsOn !== null) out.push(["depends", a.dependsOn]);
    return out;
  },
  read(r: AnalysisReading): AnalysisState | undefined {
    const get = (name: string) => r.params.get(name)?.trim();
    const names = ["routetimeline", "vs", "matrix", "brokers", "depends"];
    if (names.every((name) => get(name) === undefined)) return undefined;
    const flag = (name: string): boolean => {
      const v = get(name);
      if (v === undefined || v === SHOW || v === HIDE) return v === SHOW;
      r.problems.push(`Ignored ${name}=${v}: use ${SHOW} or ${HIDE}.`);
      return false;
    };
    const out: AnalysisState = { ...INITIAL_ANALYSIS };
    out.routeTimeline = flag("routetimeline");
    out.brokers = flag("brokers");
    const vs = get("vs");
    if (vs !== undefined && isIsoDay(vs)) out.compareWith = vs;
    else if (vs !== undefined) r.problems.push(`Ignored vs=${vs}: not a date of the form YYYY-MM-DD.`);
    const matrix = get("matrix");
    if (matrix !== undefined && (MATRIX_SORTS as readonly string[]).includes(matrix))
      out.matrix = matrix as MatrixSort;
    else if (matrix !== undefined)
      r.problems.push(`Ignored matrix=${matrix}: the matrix is sorted by ${MATRIX_SORTS.join(", ")}.`);
    const depends = get("depends");
    if (depends !== undefined && (r.known.parties.has(depends) || r.known.agreements.has(depends)))
      out.dependsOn = depends;
    else if (depends !== undefined)
      r.problems.push(`Ignored depends=${depends}: no such agreement or party in the dataset.`);
    return out;
  },
};
