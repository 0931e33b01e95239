// Computing the analysis panels' jobs on the route engine's analyses: in the worker, or in the page where there is
// no worker.
import {
  BROKERAGE_VS_BETWEENNESS,
  brokers,
  channelBetweenness,
  compareDates,
  type Reachability,
  reachability,
  routeTimeline,
} from "../../analysis";
import type { Day, Model } from "../../model";
import { type Dependants, type Job, type JobOptions, type JobResults, jobKey, type ResultOf } from "./job";

const routeOptions = (options: JobOptions) => ({
  maxHops: options.maxHops,
  allowConsentRelay: options.allowConsentRelay,
  disable: [...options.disable],
});

/**
 * The pairs that lose every route without `id`: reachability with `id` switched off as well, against `baseline`.
 * For a party, the pairs it sends or receives are left out (they lose their routes trivially).
 */
export function dependants(
  model: Model,
  baseline: Reachability,
  id: string,
  options: JobOptions,
): Dependants {
  const without = reachability(model, baseline.query.topic, baseline.query.at, {
    ...routeOptions(options),
    disable: [...options.disable, id],
  });
  const after = new Map(without.pairs.map((p) => [`${p.from} ${p.to}`, p.permitted]));
  const considered = baseline.pairs.filter((p) => p.from !== id && p.to !== id);
  const checked = considered.filter((p) => p.permitted > 0);
  const lost = checked
    .filter((p) => (after.get(`${p.from} ${p.to}`) ?? 0) === 0)
    .map((p) => ({ from: p.from, to: p.to }));
  return { id, pairs: considered.length, checked: checked.length, lost };
}

/** Where runJob keeps answers it reuses within a model (a Map, or a bounded cache). */
export interface Memo {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** Answer a job on the model; `memo` shares the reachability of a date between the matrix and dependants. */
export function runJob<J extends Job>(model: Model, job: J, memo?: Memo): ResultOf<J> {
  const reachOf = (topic: string, at: Day, options: JobOptions): Reachability => {
    const key = jobKey({ kind: "reachability", topic, at, options });
    const hit = memo?.get(key) as Reachability | undefined;
    if (hit) return hit;
    const computed = reachability(model, topic, at, routeOptions(options));
    memo?.set(key, computed);
    return computed;
  };
  const options = routeOptions(job.options);
  let result: JobResults[Job["kind"]];
  switch (job.kind) {
    case "timeline":
      // Candidates blocked on every day are not drawn, so none is judged beyond counting.
      result = routeTimeline(model, job.from, job.to, job.topic, { ...options, explain: 0 });
      break;
    case "compare":
      result = compareDates(model, job, job.before, job.after, options);
      break;
    case "reachability":
      result = reachOf(job.topic, job.at, job.options);
      break;
    case "brokers":
      result = {
        brokerage: brokers(model, job.topic, job.at, options),
        betweenness: channelBetweenness(model, job.at, options),
        explanation: BROKERAGE_VS_BETWEENNESS,
      };
      break;
    case "depends":
      result = dependants(model, reachOf(job.topic, job.at, job.options), job.id, job.options);
      break;
  }
  return result as ResultOf<J>;
}
