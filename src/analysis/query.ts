// What the analyses share: checking their dates and parties, echoing resolved options, a pair's best kind, and
// the span of days a dataset speaks of.
import { compareDays, type Day, isIsoDay, LiaisonError, type Model, toDay } from "../model";
import type { Route, RouteOptions } from "../routing";
import type { AnalysisOptions, BestKind } from "./types";

/** The start of a timeline over a dataset that dates nothing (every day then looks the same). */
export const EARLIEST: Day = "1900-01-01";

/** Throws LiaisonError "usage" unless `value` is a calendar day YYYY-MM-DD; `problem` overrides the message. */
export function checkDay(
  scope: string,
  name: string,
  value: unknown,
  problem?: string,
): asserts value is Day {
  const ok = typeof value === "string" && isIsoDay(value);
  if (!ok || problem !== undefined) {
    throw new LiaisonError(
      scope,
      `${name} must be a calendar day YYYY-MM-DD${problem ? ` ${problem}` : ""}, not ${JSON.stringify(value)}`,
    );
  }
}

/** Throws LiaisonError "not-found" for an id that is not a party of the model. */
export function checkParty(scope: string, model: Model, id: string): void {
  if (!model.parties.has(id)) throw new LiaisonError(scope, `unknown party "${id}"`, "not-found");
}

/** The options an analysis reports it ran with. */
export function echoOptions(options: RouteOptions): AnalysisOptions {
  return {
    maxHops: options.maxHops,
    allowConsentRelay: options.allowConsentRelay,
    disable: [...options.disable],
  };
}

/** The kind of the best of a pair's permitted routes, given in findRoutes order. */
export function bestKind(permitted: readonly Pick<Route, "kind">[]): BestKind {
  return permitted[0]?.kind ?? "none";
}

/**
 * The first and last days the dataset's agreement events, termination dates, policies and incidents stand for (a
 * month-only date as its first day, as the route engine reads it); null for a dataset that dates nothing. Kept per
 * model, which never changes: a route timeline asks for it every time, and at 30,000 agreements it takes a while.
 */
export function datasetSpan(model: Model): Readonly<{ first: Day | null; last: Day | null }> {
  let span = spans.get(model);
  if (!span) {
    span = Object.freeze(spanOf(model));
    spans.set(model, span);
  }
  return span;
}

const spans = new WeakMap<Model, Readonly<{ first: Day | null; last: Day | null }>>();

function spanOf(model: Model): { first: Day | null; last: Day | null } {
  let first: Day | null = null;
  let last: Day | null = null;
  const see = (date: string | undefined) => {
    if (date === undefined) return;
    const day = toDay(date);
    if (first === null || compareDays(day, first) < 0) first = day;
    if (last === null || compareDays(day, last) > 0) last = day;
  };
  for (const agreement of model.agreements.values()) {
    for (const event of agreement.timeline) {
      see(event.date);
      see(event.effective);
    }
  }
  for (const policy of model.dataset.policies) {
    see(policy.from);
    see(policy.to);
  }
  for (const incident of model.incidents) see(incident.date);
  return { first, last };
}
