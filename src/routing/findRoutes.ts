// The route engine's entry points: check the query, count the candidates, and find, judge, describe and order the
// routes an answer lists; `searchRoutes` describes them one at a time, `findRoutes` returns them in lists.
import { isIsoDay, LiaisonError, type Model } from "../model";
import { createContext, type QueryContext } from "./context";
import { PathCounter } from "./count";
import { MAX_HOPS, MIN_HOPS } from "./limits";
import { countWhere } from "./outcomes";
import { TooManyRoutes } from "./refusal";
import { compareOrderKeys, describe, judge, pathOrderKey } from "./route";
import { channelsOfPath, pathsWhere, permittedPaths } from "./search";
import { summariseBlocked } from "./summary";
import {
  type AnsweredQuery,
  DEFAULT_ROUTE_OPTIONS,
  MAX_LISTED_ROUTES,
  type ReasonSummary,
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
  if (!Number.isInteger(maxHops) || maxHops < MIN_HOPS || maxHops > MAX_HOPS) {
    throw new LiaisonError(
      SCOPE,
      `maxHops must be a whole number from ${MIN_HOPS} to ${MAX_HOPS}, not ${maxHops}`,
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

/** A query answered in counts, whose listed routes are found and described on demand, one at a time. */
export interface RouteSearch {
  query: AnsweredQuery;
  /** How many routes are permitted: `routes()` yields every one. */
  permittedTotal: number;
  blockedTotal: number;
  blockedSummary: ReasonSummary[];
  /** How many blocked candidates `blocked()` yields: `query.explain`, or fewer when fewer are blocked. */
  explained: number;
  /** The permitted routes in DESIGN.md order. */
  routes(): Iterable<Route>;
  /** The blocked candidates to list, fewest hops first, in DESIGN.md order. */
  blocked(): Iterable<Route>;
}

/** Permitted candidates (as channel numbers) judged and put in order, then described one by one as they are read. */
function* permittedInOrder(ctx: QueryContext, found: number[][]): Generator<Route> {
  const keyed = found.map((path) => {
    const channels = channelsOfPath(ctx, path);
    const judgement = judge(ctx, channels);
    return { channels, judgement, key: pathOrderKey(ctx, channels, judgement) };
  });
  keyed.sort((a, b) => compareOrderKeys(a.key, b.key));
  for (const { channels, judgement } of keyed) yield describe(ctx, channels, judgement);
}

/**
 * Blocked candidates put in order, then judged and described one by one as they are read: a blocked route has no
 * conditions or warnings to order by, so nothing but its hops is kept for the whole list.
 */
function* blockedInOrder(ctx: QueryContext, found: number[][]): Generator<Route> {
  const keyed = found.map((path) => {
    const channels = channelsOfPath(ctx, path);
    return { path, key: pathOrderKey(ctx, channels, BLOCKED) };
  });
  keyed.sort((a, b) => compareOrderKeys(a.key, b.key));
  for (const { path } of keyed) {
    const channels = channelsOfPath(ctx, path);
    yield describe(ctx, channels, judge(ctx, channels));
  }
}

const isBlocked = (outcome: number) => outcome !== 0;

/** What ordering needs to know of any blocked candidate's judgement. */
const BLOCKED = { permitted: false, reasons: [], conditions: [] };

/**
 * Count the candidates of a query and summarise the blocked ones, without listing any; the routes themselves are
 * found and described when `routes()` and `blocked()` are read. Checks and options as for `findRoutes`; this never
 * refuses a large answer, the reader decides how much to read.
 */
export function searchRoutes(model: Model, query: RouteQuery, options?: Partial<RouteOptions>): RouteSearch {
  checkQuery(model, query);
  const resolved = resolveOptions(options);
  const ctx = createContext(
    model,
    { from: query.from, to: query.to, topic: query.topic, at: query.at },
    resolved,
  );
  const answered: AnsweredQuery = {
    ...ctx.query,
    maxHops: resolved.maxHops,
    allowConsentRelay: resolved.allowConsentRelay,
    disable: [...resolved.disable],
    explain: resolved.explain,
  };
  if (query.from === query.to) {
    return {
      query: answered,
      permittedTotal: 0,
      blockedTotal: 0,
      blockedSummary: [],
      explained: 0,
      routes: () => [],
      blocked: () => [],
    };
  }
  const counter = new PathCounter(ctx);
  const counts = counter.countAll();
  const blockedByLength = countWhere(counts, isBlocked);
  const blockedTotal = blockedByLength.reduce((a, b) => a + b, 0);
  const explained = resolved.explain === "all" ? blockedTotal : Math.min(resolved.explain, blockedTotal);
  return {
    query: answered,
    permittedTotal: countWhere(counts, (outcome) => outcome === 0).reduce((a, b) => a + b, 0),
    blockedTotal,
    blockedSummary: summariseBlocked(counter, counts),
    explained,
    routes: () => permittedInOrder(ctx, permittedPaths(counter)),
    blocked: () => blockedInOrder(ctx, pathsWhere(counter, blockedByLength, isBlocked, explained)),
  };
}

/**
 * Find the routes by which information on `query.topic` can travel from `query.from` to `query.to` on `query.at`
 * (DESIGN.md "Route semantics"). Options merge over DEFAULT_ROUTE_OPTIONS.
 * Result: every permitted route in DESIGN.md order, each with conditions, warnings, validity window and sources;
 * the number of blocked candidates and their summary by reason; and the first `explain` blocked candidates (10 by
 * default; "all" for every one), fewest hops first, with their reasons. Blocked routes carry reasons only: their
 * conditions and warnings are empty. No route at all (also from = to) is a normal answer with empty lists.
 * Throws LiaisonError "not-found" for an unknown party or topic; "usage" for a date that is not YYYY-MM-DD, maxHops
 * outside 1..6, a malformed option, or (TooManyRoutes) an answer that would list more than MAX_LISTED_ROUTES routes
 * (the message names how many). Unknown ids in `disable` switch nothing off.
 */
export function findRoutes(model: Model, query: RouteQuery, options?: Partial<RouteOptions>): RouteAnswer {
  const search = searchRoutes(model, query, options);
  const listed = search.permittedTotal + search.explained;
  if (listed > MAX_LISTED_ROUTES) throw new TooManyRoutes(SCOPE, search);
  return answerOf(search);
}

/** Read a search to the end: every route it lists, described, in lists. */
export function answerOf(search: RouteSearch): RouteAnswer {
  return {
    query: search.query,
    routes: [...search.routes()],
    blockedTotal: search.blockedTotal,
    blockedSummary: search.blockedSummary,
    blocked: [...search.blocked()],
  };
}
