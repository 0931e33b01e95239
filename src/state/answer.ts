// The answer the explorer shows: its query on the As-of date, with the options and the scenario applied.
import type { Model } from "../model";
import { findRoutes, type RouteAnswer } from "../routing";
import type { ExplorerState } from "./explorerState";

/**
 * The most blocked candidates the explorer explains, shortest first: every one on datasets like the built-in one,
 * and a bound that keeps the As-of slider fluid on a large imported network.
 */
export const BLOCKED_LIMIT = 500;

/** The parts of the state an answer depends on. */
export type AnswerInput = Pick<ExplorerState, "query" | "at" | "maxHops" | "allowConsentRelay" | "disabled">;

/**
 * The route engine's answer to the state's query, or null without a query. Throws what `findRoutes` throws (an
 * unknown party or topic in a query made for another dataset).
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
