// The route engine's entry point: check the query, find candidate paths, judge and describe them, and order them.
import { isIsoDay, LiaisonError, type Model } from "../model";
import { type Channel, createContext, type QueryContext } from "./context";
import { MAX_HOPS as MAX_HOPS_LIMIT } from "./limits";
import { describe, judge, sortRoutes } from "./route";
import { eachCandidate, permittedCandidates } from "./search";
import {
  DEFAULT_ROUTE_OPTIONS,
  type Route,
  type RouteAnswer,
  type RouteOptions,
  type RouteQuery,
} from "./types";

const SCOPE = "findRoutes";

function resolveOptions(options: Partial<RouteOptions> | undefined): RouteOptions {
  const resolved: RouteOptions = { ...DEFAULT_ROUTE_OPTIONS };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) (resolved as unknown as Record<string, unknown>)[key] = value;
  }
  const { maxHops, explain } = resolved;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS_LIMIT) {
    throw new LiaisonError(
      SCOPE,
      `maxHops must be a whole number from 1 to ${MAX_HOPS_LIMIT}, not ${maxHops}`,
    );
  }
  if (explain !== "all" && !(Number.isInteger(explain) && explain >= 0)) {
    throw new LiaisonError(SCOPE, `explain must be "all" or a whole number of at least 0, not ${explain}`);
  }
  if (!Array.isArray(resolved.disable)) throw new LiaisonError(SCOPE, "disable must be a list of ids");
  return resolved;
}

function checkQuery(model: Model, query: RouteQuery) {
  for (const end of ["from", "to"] as const) {
    if (!model.parties.has(query[end]))
      throw new LiaisonError(SCOPE, `unknown party "${query[end]}"`, "not-found");
  }
  if (!model.topics.has(query.topic))
    throw new LiaisonError(SCOPE, `unknown topic "${query.topic}"`, "not-found");
  if (typeof query.at !== "string" || !isIsoDay(query.at)) {
    throw new LiaisonError(SCOPE, `date must be a calendar day YYYY-MM-DD, not ${JSON.stringify(query.at)}`);
  }
}

/** The blocked candidates to explain: all of them, or up to `limit`, shortest first. */
function blockedCandidates(ctx: QueryContext, limit: number): Route[] {
  const out: Route[] = [];
  for (let hops = 1; hops <= ctx.options.maxHops && out.length < limit; hops++) {
    eachCandidate(ctx, hops, hops, (path) => {
      const judgement = judge(ctx, path);
      if (!judgement.permitted) out.push(describe(ctx, path, judgement));
      return out.length < limit;
    });
  }
  return out;
}

/**
 * Find the routes by which information on `query.topic` can travel from `query.from` to `query.to` on `query.at`
 * (DESIGN.md "Route semantics"). Options merge over DEFAULT_ROUTE_OPTIONS.
 * Result: permitted routes in DESIGN.md order, each with conditions, warnings, validity window and sources; blocked
 * candidates with their reasons (every one by default; `explain: n` bounds the list to n, shortest first). Blocked
 * routes carry reasons only: their conditions and warnings are empty. No route at all (also from = to) is a normal
 * answer with empty lists.
 * Throws LiaisonError "not-found" for an unknown party or topic, "usage" for a date that is not YYYY-MM-DD, maxHops
 * outside 1..6 or a malformed option. Unknown ids in `disable` switch nothing off.
 */
export function findRoutes(model: Model, query: RouteQuery, options?: Partial<RouteOptions>): RouteAnswer {
  checkQuery(model, query);
  const resolved = resolveOptions(options);
  const ctx = createContext(
    model,
    { from: query.from, to: query.to, topic: query.topic, at: query.at },
    resolved,
  );
  let routes: Route[] = [];
  let blocked: Route[] = [];
  if (resolved.explain === "all") {
    eachCandidate(ctx, 1, resolved.maxHops, (path) => {
      const judgement = judge(ctx, path);
      (judgement.permitted ? routes : blocked).push(describe(ctx, path, judgement));
      return true;
    });
  } else {
    routes = permittedCandidates(ctx).map((path: Channel[]) => describe(ctx, path, judge(ctx, path)));
    blocked = resolved.explain > 0 ? blockedCandidates(ctx, resolved.explain) : [];
  }
  return {
    query: {
      ...ctx.query,
      maxHops: resolved.maxHops,
      allowConsentRelay: resolved.allowConsentRelay,
      disable: [...resolved.disable],
    },
    routes: sortRoutes(routes),
    blocked: sortRoutes(blocked),
  };
}
