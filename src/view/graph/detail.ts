// What the graph view keeps per model and agreement so that a redraw stays cheap: each agreement's pairs of parties
// and their statuses between two change days, and the id of the network's edge for a pair. (The level of detail
// itself is the core's: graphDetail in export/pure/detail.ts.)
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

interface ModelFacts {
  /** Each agreement's pairs of parties (lower id first), the parties the model lacks left out. */
  pairs: Map<Agreement, [string, string][]>;
}

const facts = new WeakMap<Model, ModelFacts>();

/** The agreements' pairs, computed once per model: every redraw walks them. */
function factsOf(model: Model): ModelFacts {
  let known = facts.get(model);
  if (!known) {
    const pairs = new Map<Agreement, [string, string][]>();
    for (const agreement of model.dataset.agreements) {
      pairs.set(
        agreement,
        pairsOf(agreement).filter(([a, b]) => model.parties.has(a) && model.parties.has(b)),
      );
    }
    known = { pairs };
    facts.set(model, known);
  }
  return known;
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
