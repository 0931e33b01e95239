// Who can reach whom on a topic and date: for every ordered pair of parties, the best route kind, how many routes
// are permitted and whether all of them are qualified; one pass per sender over the channels, not one query per pair.
import type { Day, Model } from "../model";
import type { RouteOptions } from "../routing";
import { checkedOptions, eachPermittedRoute, networkContext } from "../routing/reach";
import { checkParty, echoOptions } from "./query";
import type { Reachability, ReachPair } from "./types";

const SCOPE = "reachability";

export interface ReachabilityOptions extends Partial<RouteOptions> {
  /** The parties whose pairs to report, in this order (routes may still pass through others); default every party. */
  parties?: readonly string[];
}

/** The parties an analysis reports on: the given ones (checked, without repeats) or every party in dataset order. */
function partiesOf(scope: string, model: Model, parties: readonly string[] | undefined): string[] {
  if (parties === undefined) return [...model.parties.keys()];
  for (const id of parties) checkParty(scope, model, id);
  return [...new Set(parties)];
}

/**
 * Reachability on `topic` at `at`: for every ordered pair of distinct parties, the kind of its best permitted
 * route, the number of permitted routes and whether every one carries a condition or a warning (false when there
 * is none), exactly as findRoutes would answer each pair. Options merge over the engine's defaults; `parties`
 * narrows the pairs reported. A model with fewer than two parties gives no pairs.
 * Throws LiaisonError as findRoutes does for an unknown topic or party, a date not YYYY-MM-DD or a bad option.
 */
export function reachability(
  model: Model,
  topic: string,
  at: Day,
  options: ReachabilityOptions = {},
): Reachability {
  const { parties: only, ...routeOptions } = options;
  const resolved = checkedOptions(model, topic, at, routeOptions);
  const parties = partiesOf(SCOPE, model, only);
  const index = new Map(parties.map((id, i) => [id, i]));
  const ctx = networkContext(model, topic, at, resolved);
  const n = parties.length;
  const count = new Uint32Array(n);
  const direct = new Uint8Array(n);
  const clean = new Uint8Array(n);
  const pairs: ReachPair[] = [];
  for (const from of parties) {
    count.fill(0);
    direct.fill(0);
    clean.fill(0);
    eachPermittedRoute(ctx, from, (path, qualified) => {
      const i = index.get(path[path.length - 1]!.to);
      if (i === undefined) return;
      count[i]!++;
      if (path.length === 1) direct[i] = 1;
      if (!qualified) clean[i] = 1;
    });
    parties.forEach((to, i) => {
      if (to === from) return;
      const permitted = count[i]!;
      pairs.push({
        from,
        to,
        best: permitted === 0 ? "none" : direct[i] ? "direct" : "relayed",
        permitted,
        conditional: permitted > 0 && !clean[i],
      });
    });
  }
  return { query: { topic, at, ...echoOptions(resolved) }, parties, pairs };
}
