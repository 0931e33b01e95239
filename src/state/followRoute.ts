// The selected route followed by its key (DESIGN.md rule 9): found in the answer, judged on the date when it is a
// candidate the answer's bounded blocked list leaves out, or said to be no candidate at all, and why.
import { channelKey, type Model } from "../model";
import { parseRouteKey, type Route, type RouteAnswer, type RouteKey, routeKey } from "../routing";
import { checkedOptions, judgePath, routeContext } from "../routing/reach";
import type { AnswerInput } from "./answer";

/** Why a selected route is not a candidate of the current question. */
export type AbsentWhy =
  /** It runs between other parties than the question's. */
  | { code: "other-ends" }
  /** It has more hops than the question allows. */
  | { code: "too-long"; hops: number; maxHops: number }
  /** The dataset lacks some of its parties or agreements, or an agreement does not link two of its parties. */
  | { code: "not-in-dataset"; missing: string[] };

export type FollowedRoute =
  /** The answer lists it: `number` is its place in the routes list (permitted first), from 1. */
  | { kind: "listed"; route: Route; number: number }
  /** A candidate beyond the blocked routes the answer explains, judged on the question's date. */
  | { kind: "judged"; route: Route }
  | { kind: "absent"; key: RouteKey; why: AbsentWhy };

/** Why the route named by `key` is no candidate of `input`'s question on `model`, or null when it is one. */
export function absence(model: Model, input: AnswerInput, key: RouteKey): AbsentWhy | null {
  const hops = parseRouteKey(key);
  if (!hops || !input.query) return { code: "other-ends" };
  const missing = new Set<string>();
  for (const hop of hops) {
    for (const party of [hop.from, hop.to]) if (!model.parties.has(party)) missing.add(party);
    if (!model.agreements.has(hop.agreement)) missing.add(hop.agreement);
  }
  if (missing.size === 0) {
    for (const hop of hops) if (!model.graph.hasEdge(channelKey(hop))) missing.add(hop.agreement);
  }
  if (missing.size > 0) return { code: "not-in-dataset", missing: [...missing] };
  if (hops[0]!.from !== input.query.from || hops[hops.length - 1]!.to !== input.query.to) {
    return { code: "other-ends" };
  }
  if (hops.length > input.maxHops) return { code: "too-long", hops: hops.length, maxHops: input.maxHops };
  return null;
}

/**
 * The route `key` names, followed into `answer` (the answer to `input` on `model`): listed with its number, or
 * judged on the date when it is a candidate the answer does not list (past the bound on explained blocked routes),
 * or absent with the reason. Candidates do not depend on the date, so a route that is absent is absent on every
 * date of the same question and options. Throws what findRoutes throws for a question `model` cannot answer.
 */
export function followRoute(
  model: Model,
  input: AnswerInput,
  answer: RouteAnswer,
  key: RouteKey,
): FollowedRoute {
  const listed = [...answer.routes, ...answer.blocked];
  const index = listed.findIndex((route) => routeKey(route) === key);
  if (index >= 0) return { kind: "listed", route: listed[index]!, number: index + 1 };
  const why = absence(model, input, key);
  if (why) return { kind: "absent", key, why };
  const query = { ...input.query!, at: input.at };
  const options = checkedOptions(model, query.topic, query.at, {
    maxHops: input.maxHops,
    allowConsentRelay: input.allowConsentRelay,
    disable: input.disabled,
  });
  const path = parseRouteKey(key)!.map((hop) => model.graph.getEdgeAttributes(channelKey(hop)));
  return { kind: "judged", route: judgePath(routeContext(model, query, options), path) };
}
