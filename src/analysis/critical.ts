// What is critical for one route question: the agreements and intermediaries whose loss alone leaves no permitted
// route (single points of failure), and the pairs of agreements whose joint loss does (double points of failure).
import type { Model } from "../model";
import { findRoutes, type RouteOptions, type RouteQuery } from "../routing";
import { checkedOptions } from "../routing/reach";
import { echoOptions } from "./query";
import type { CriticalLinks } from "./types";

/** The ids present in every set, in the order of the first. */
function common(sets: readonly ReadonlySet<string>[]): string[] {
  const [first, ...rest] = sets;
  return first ? [...first].filter((id) => rest.every((s) => s.has(id))) : [];
}

/**
 * The critical links of a route question. Switching off an agreement (or a party) blocks exactly the routes that
 * use it and leaves the others as they are, so the answer is read from the permitted routes: an agreement or
 * intermediary on every one of them is critical alone; a pair {a, b} of agreements, neither critical alone, is
 * critical together when every route uses a or b. Every such pair contains an agreement of the first route, so the
 * search is over at most maxHops × (agreements) pairs. Lists are sorted by id; no permitted route means nothing to
 * lose (empty lists). Options merge over the engine's defaults.
 * Throws LiaisonError as findRoutes does for an unknown party or topic, a date not YYYY-MM-DD or a bad option.
 */
export function criticalLinks(
  model: Model,
  query: RouteQuery,
  options: Partial<RouteOptions> = {},
): CriticalLinks {
  const resolved = checkedOptions(model, query.topic, query.at, options);
  const { routes } = findRoutes(model, query, { ...resolved, explain: 0 });
  const agreementSets = routes.map((r) => new Set(r.hops.map((h) => h.agreement)));
  const agreements = common(agreementSets).sort();
  const parties = common(routes.map((r) => new Set(r.intermediaries))).sort();
  const single = new Set(agreements);
  const pairs = new Map<string, [string, string]>();
  for (const a of agreementSets[0] ?? []) {
    if (single.has(a)) continue;
    const without = agreementSets.filter((s) => !s.has(a));
    for (const b of common(without)) {
      if (b === a || single.has(b)) continue;
      const pair: [string, string] = a < b ? [a, b] : [b, a];
      pairs.set(pair.join(" "), pair);
    }
  }
  return {
    query: { from: query.from, to: query.to, topic: query.topic, at: query.at, ...echoOptions(resolved) },
    permitted: routes.length,
    agreements,
    parties,
    pairs: [...pairs.values()].sort((x, y) => (x[0] === y[0] ? cmp(x[1], y[1]) : cmp(x[0], y[0]))),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
