// How much of the network the graph draws one by one: every agreement as its own edge on a dataset the size of the
// built-in one, or the network as one faint edge per pair of parties at the size of the world's network.
import {
  type Agreement,
  type AgreementStatus,
  changeDays,
  compareDays,
  type Day,
  type Model,
  pairKey,
  pairsOf,
  statusOn,
} from "../../model";

/**
 * `full`: one edge per agreement and pair, each classed by the answer. `network`: one edge per pair of parties for
 * all their agreements together, drawn as a backdrop that no answer restyles, with the answer's edges on top.
 */
export type GraphDetail = "full" | "network";

/** Above this many agreement edges (or parties) the graph draws the network: past it, drawing and restyling every
 * agreement edge costs more than a frame, and parallel edges are noise. The built-in dataset has about 140. */
export const NETWORK_EDGES = 1_000;
export const NETWORK_PARTIES = 300;

interface ModelFacts {
  /** Each agreement's pairs of parties (lower id first), the parties the model lacks left out. */
  pairs: Map<Agreement, [string, string][]>;
  edges: number;
}

const facts = new WeakMap<Model, ModelFacts>();

/** The agreements' pairs, computed once per model: every redraw walks them. */
function factsOf(model: Model): ModelFacts {
  let known = facts.get(model);
  if (!known) {
    const pairs = new Map<Agreement, [string, string][]>();
    let edges = 0;
    for (const agreement of model.dataset.agreements) {
      const list = pairsOf(agreement).filter(([a, b]) => model.parties.has(a) && model.parties.has(b));
      pairs.set(agreement, list);
      edges += list.length;
    }
    known = { pairs, edges };
    facts.set(model, known);
  }
  return known;
}

/** The level of detail for a model, by its size. An empty model draws in full. */
export function graphDetail(model: Model): GraphDetail {
  const { edges } = factsOf(model);
  return edges > NETWORK_EDGES || model.dataset.parties.length > NETWORK_PARTIES ? "network" : "full";
}

/** The pairs of parties an agreement links that the model has, lower id first (cached per model). */
export function modelPairs(model: Model, agreement: Agreement): readonly [string, string][] {
  return factsOf(model).pairs.get(agreement) ?? pairsOf(agreement);
}

/** The id of the one network edge between two parties, whatever order they come in. */
export function networkEdgeId(a: string, b: string): string {
  return pairKey("pair", a, b);
}

/** An agreement's pair statuses, kept for the days between two of its change days, where they cannot differ. */
interface KeptStatuses {
  pairs: readonly (readonly [string, string])[];
  from: Day | null;
  to: Day | null;
  statuses: AgreementStatus[];
}
const kept = new WeakMap<Agreement, KeptStatuses>();
const agreementChanges = new WeakMap<Agreement, Day[]>();

/** The change days around `at`: the last one on or before it and the first one after it (null when none). */
function periodAround(agreement: Agreement, at: Day): { from: Day | null; to: Day | null } {
  let days = agreementChanges.get(agreement);
  if (!days) {
    days = changeDays(agreement);
    agreementChanges.set(agreement, days);
  }
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareDays(days[mid]!, at) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return { from: days[lo - 1] ?? null, to: days[lo] ?? null };
}

/**
 * The status on `at` of each of the agreement's pairs, in `pairs` order: the model's statusOn per pair, computed once
 * for the whole agreement when no party joined it on a day of its own (every pair then shares the agreement's
 * status), and kept until `at` leaves the period between two of the agreement's change days, so that an As-of step
 * recomputes only the agreements with an event in the step.
 */
export function pairStatuses(
  agreement: Agreement,
  at: Day,
  pairs: readonly (readonly [string, string])[],
): AgreementStatus[] {
  const last = kept.get(agreement);
  if (
    last &&
    last.pairs === pairs &&
    (last.from === null || compareDays(last.from, at) <= 0) &&
    (last.to === null || compareDays(at, last.to) < 0)
  )
    return last.statuses;
  const shared =
    agreement.timeline.some((e) => e.type === "in-force" && !e.parties) &&
    !agreement.timeline.some((e) => e.parties !== undefined);
  let statuses: AgreementStatus[];
  if (shared) {
    const status = statusOn(agreement, at).status;
    statuses = pairs.map(() => status);
  } else statuses = pairs.map((pair) => statusOn(agreement, at, pair).status);
  kept.set(agreement, { pairs, ...periodAround(agreement, at), statuses });
  return statuses;
}
