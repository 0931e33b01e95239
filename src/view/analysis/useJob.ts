// The hook panels ask their analysis through: the answer to the job when it is known, the last answer while a new
// one is computed, and the error in words; nothing is computed while the panel passes no job (it is closed).
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { Model } from "../../model";
import { type Job, jobKey, type ResultOf } from "./job";
import { type AnalysisRunner, Superseded, sharedRunner } from "./runner";

/** The runner panels use; tests put an in-page one here. Null means the page's shared runner. */
export const RunnerContext = createContext<AnalysisRunner | null>(null);

export interface JobState<R> {
  /** The answer to the current job, or null while it is computed (or after an error). */
  result: R | null;
  /** The most recent answer to any job of this panel: shown, marked as out of date, while the new one comes. */
  last: R | null;
  pending: boolean;
  error: string | null;
}

/** Ask `job` on `model` (null asks nothing). Each distinct (model, job) is computed once by the runner. */
export function useJob<J extends Job>(model: Model, job: J | null): JobState<ResultOf<J>> {
  const runner = useContext(RunnerContext) ?? sharedRunner();
  const key = job ? jobKey(job) : null;
  // The job object changes on every render; its key says when the question does.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by jobKey
  const asked = useMemo(() => job, [key]);
  const [state, setState] = useState<{
    model: Model;
    key: string;
    result: ResultOf<J> | null;
    error: string | null;
  } | null>(null);
  useEffect(() => {
    if (!asked || key === null) return;
    let live = true;
    runner.run(model, asked).then(
      (result) => {
        if (live) setState({ model, key, result, error: null });
      },
      (error: unknown) => {
        if (!live || error instanceof Superseded) return;
        setState({ model, key, result: null, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [runner, model, asked, key]);
  if (!asked) return { result: null, last: null, pending: false, error: null };
  const current = state && state.model === model && state.key === key ? state : null;
  const result = current?.result ?? runner.known(model, asked) ?? null;
  return {
    result,
    last: result ?? (state?.model === model ? state.result : null),
    pending: result === null && current?.error == null,
    error: current?.error ?? null,
  };
}
