// The answer the explorer shows: its query on the As-of date, with the options and the scenario applied.
import { datasetSpan, type RouteTimeline, routeKeyTimeline } from "../analysis";
import { compareDays, type Day, type Model } from "../model";
import { findRoutes, type NarrowingWords, type RouteAnswer, type RouteKey, TooManyRoutes } from "../routing";
import type { ExplorerState } from "./explorerState";

/**
 * The most blocked candidates the explorer explains, shortest first: every one on datasets like the built-in one,
 * and a bound that keeps the As-of slider fluid on a large imported network.
 */
export const BLOCKED_LIMIT = 500;

/** How the explorer names what narrows a question too large to answer (the route finder's controls). */
export const EXPLORER_NARROWING: NarrowingWords = {
  explain: "fewer blocked routes",
  maxHops: "Max hops",
  disable: "a scenario that switches off",
};

/** Why the engine could not answer, in the explorer's words: a refusal names its controls, not engine options. */
export function answerErrorWords(error: unknown): string {
  if (error instanceof TooManyRoutes) return error.inWords(EXPLORER_NARROWING);
  return error instanceof Error ? error.message : String(error);
}

/** The parts of the state an answer depends on. */
export type AnswerInput = Pick<ExplorerState, "query" | "at" | "maxHops" | "allowConsentRelay" | "disabled">;

/**
 * The route engine's answer to the state's query, or null without a query: every permitted route, the blocked
 * candidates counted and summarised, and the BLOCKED_LIMIT shortest of them listed. Throws what `findRoutes`
 * throws (an unknown party or topic in a query made for another dataset; TooManyRoutes where the permitted routes
 * alone are too many to list).
 */
export function answerOf(model: Model, input: AnswerInput): RouteAnswer | null {
  if (!input.query) return null;
  return findRoutes(
    model,
    { ...input.query, at: input.at },
    {
      maxHops: input.maxHops,
      allowConsentRelay: input.allowConsentRelay,
      disable: input.disabled,
      explain: BLOCKED_LIMIT,
    },
  );
}

/** The parts of the state a route's timeline depends on: the question's topic and the options, not the date. */
export type TimelineInput = Pick<ExplorerState, "query" | "maxHops" | "allowConsentRelay" | "disabled">;

/** The earliest As-of date the explorer takes; a route's timeline starts there, or at the dataset's first date. */
export const EARLIEST_DAY: Day = "1900-01-01";

/**
 * The timeline of the route `key` names, under the state's topic and options, from the earlier of EARLIEST_DAY and
 * the dataset's first date (so that any date the explorer takes falls inside it), or null without a query: what
 * `routeSpan` reads. Throws what `routeKeyTimeline` throws: "not-found" for a key that is no candidate.
 */
export function routeTimelineOf(model: Model, input: TimelineInput, key: RouteKey): RouteTimeline | null {
  if (!input.query) return null;
  const first = datasetSpan(model).first;
  const since = first !== null && compareDays(first, EARLIEST_DAY) < 0 ? first : EARLIEST_DAY;
  return routeKeyTimeline(
    model,
    key,
    input.query.topic,
    { maxHops: input.maxHops, allowConsentRelay: input.allowConsentRelay, disable: input.disabled },
    since,
  );
}
