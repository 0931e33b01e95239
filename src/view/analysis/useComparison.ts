// The two-date comparison the panel lists and the graph draws: asked once per (model, pair, topic, dates, options)
// while "Compare with date…" is open with a query answered; the earlier date is "before".
import { useMemo } from "react";
import type { DateComparison } from "../../analysis/types";
import type { Model } from "../../model";
import type { ExplorerState } from "../../state";
import type { EdgeChanges } from "../graph/elements";
import { comparisonOverlay } from "./comparisonOverlay";
import type { Job } from "./job";
import { jobOptions } from "./question";
import { type JobState, useJob } from "./useJob";

/** The comparison job for the state, or null when no comparison is open or no query is answered. */
export function comparisonJob(state: ExplorerState): Extract<Job, { kind: "compare" }> | null {
  const vs = state.analysis.compareWith;
  if (vs === null || !state.query) return null;
  const [before, after] = vs < state.at ? [vs, state.at] : [state.at, vs];
  return { kind: "compare", ...state.query, before, after, options: jobOptions(state) };
}

/** The comparison for the state's query and dates. */
export function useComparison(model: Model, state: ExplorerState): JobState<DateComparison> {
  return useJob(model, comparisonJob(state));
}

/** The edges the comparison marks on the graph, or null when there is no comparison to draw. */
export function useComparisonOverlay(model: Model, state: ExplorerState): EdgeChanges | null {
  const { result } = useComparison(model, state);
  return useMemo(() => (result ? comparisonOverlay(result) : null), [result]);
}
