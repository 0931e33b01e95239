// The route timeline of one pair and topic: when each candidate route was permitted or blocked, with which
// conditions and warnings, computed at the days the dataset says something changes (never by sampling days).
import { addDays, channelKey, compareDays, type Day, LiaisonError, type Model } from "../model";
import {
  DEFAULT_ROUTE_OPTIONS,
  parseRouteKey,
  type Route,
  type RouteKey,
  type RouteOptions,
  type RouteQuery,
  routeKey,
} from "../routing";
import {
  blockedOnEveryDate,
  type Candidate,
  checkedOptions,
  datedCandidates,
  hopChangeDays,
  judgePath,
  type QueryContext,
  routeContext,
  sortRoutes,
} from "../routing/reach";
import { bestKind, checkDay, datasetSpan, EARLIEST, echoOptions } from "./query";
import type { RouteTimeline, TimelineInterval, TimelineRoute } from "./types";

const SCOPE = "routeTimeline";

/** One candidate's states over the range: the day each starts and the route as judged from that day. */
interface Lane {
  states: { from: Day; route: Route; shown: TimelineRoute }[];
  everPermitted: boolean;
}

function shownOf(route: Route): TimelineRoute {
  return {
    key: routeKey(route),
    status: route.status,
    conditions: route.conditions.map((c) => c.code),
    warnings: route.warnings.map((w) => w.code),
  };
}

const same = (a: TimelineRoute, b: TimelineRoute) =>
  a.status === b.status &&
  a.conditions.join() === b.conditions.join() &&
  a.warnings.join() === b.warnings.join();

/**
 * A candidate's states from `start` to `until`: judged on the days its own hops may change (their agreements'
 * events and effective dates, their policies' bounds), a new state only where status, conditions or warnings
 * differ. A candidate that a dateless reason blocks is not judged again.
 */
function laneOf(
  candidate: Candidate,
  start: Day,
  until: Day | undefined,
  contextOn: (day: Day) => QueryContext,
): Lane {
  const lane: Lane = {
    states: [{ from: start, route: candidate.route, shown: shownOf(candidate.route) }],
    everPermitted: candidate.route.status === "permitted",
  };
  if (blockedOnEveryDate(candidate.route)) return lane;
  const ctx = contextOn(start);
  const days = new Set<Day>();
  for (const channel of candidate.path) {
    for (const day of hopChangeDays(ctx, channel)) {
      if (compareDays(day, start) > 0 && (until === undefined || compareDays(day, until) <= 0)) days.add(day);
    }
  }
  for (const day of [...days].sort(compareDays)) {
    const route = judgePath(contextOn(day), candidate.path);
    const shown = shownOf(route);
    if (same(shown, lane.states[lane.states.length - 1]!.shown)) continue;
    lane.states.push({ from: day, route, shown });
    if (route.status === "permitted") lane.everPermitted = true;
  }
  return lane;
}

/** Lanes of candidates never permitted, in the order findRoutes lists blocked candidates. */
function sortLanes(lanes: Lane[]): Lane[] {
  const byRoute = new Map(lanes.map((lane) => [lane.states[0]!.route, lane]));
  return sortRoutes([...byRoute.keys()]).map((route) => byRoute.get(route)!);
}

/** Contexts of the query on each day asked for, built once a day. */
function contextsOf(model: Model, query: RouteQuery, options: RouteOptions): (day: Day) => QueryContext {
  const contexts = new Map<Day, QueryContext>();
  return (day) => {
    let ctx = contexts.get(day);
    if (!ctx) {
      ctx = routeContext(model, { ...query, at: day }, options);
      contexts.set(day, ctx);
    }
    return ctx;
  };
}

/** The first day of the range (`since`, else the dataset's first date), after checking both ends. */
function checkedRange(model: Model, since: Day | undefined, until: Day | undefined): Day {
  const start = since ?? datasetSpan(model).first ?? EARLIEST;
  checkDay(SCOPE, "since", start);
  if (until !== undefined) {
    checkDay(SCOPE, "until", until);
    if (compareDays(until, start) < 0) checkDay(SCOPE, "until", until, `not before since (${start})`);
  }
  return start;
}

function checkExplain(explain: unknown): "all" | number {
  if (explain === "all" || (typeof explain === "number" && Number.isInteger(explain) && explain >= 0)) {
    return explain;
  }
  throw new LiaisonError(SCOPE, `explain must be "all" or a whole number of at least 0, not ${explain}`);
}

/**
 * The intervals of the listed lanes from `start` to `until` (open without it): split at every day a lane changes,
 * each listing every lane's route as judged from its last change, permitted first; adjacent alike intervals merged.
 */
function intervalsOf(listed: readonly Lane[], start: Day, until: Day | undefined): TimelineInterval[] {
  const boundaries = new Set<Day>([start]);
  for (const lane of listed) for (const state of lane.states.slice(1)) boundaries.add(state.from);
  const intervals: TimelineInterval[] = [];
  const position = listed.map(() => 0);
  for (const day of [...boundaries].sort(compareDays)) {
    const current = listed.map((lane, i) => {
      while (
        position[i]! + 1 < lane.states.length &&
        compareDays(lane.states[position[i]! + 1]!.from, day) <= 0
      ) {
        position[i]!++;
      }
      return lane.states[position[i]!]!;
    });
    const shown = new Map(current.map((state) => [state.route, state.shown]));
    const permitted = sortRoutes(current.filter((s) => s.route.status === "permitted").map((s) => s.route));
    const blocked = sortRoutes(current.filter((s) => s.route.status === "blocked").map((s) => s.route));
    const routes = [...permitted, ...blocked].map((r) => shown.get(r)!);
    const last = intervals[intervals.length - 1];
    if (last && last.routes.length === routes.length && last.routes.every((r, i) => r === routes[i]))
      continue;
    if (last) last.to = addDays(day, -1);
    intervals.push({ from: day, to: until ?? null, best: bestKind(permitted), routes });
  }
  return intervals;
}

/**
 * The route timeline from `from` to `to` on `topic`: intervals covering `since`..`until` without gaps, split exactly
 * at the days where any candidate's status, conditions or warnings change, adjacent intervals with the same content
 * merged. Change days come from the agreements and policies of each candidate's hops (events, effective dates,
 * accessions, the day after a policy ends; a month-only date read as the engine reads it), and each candidate is
 * judged by the route engine on those days only. `since` defaults to the dataset's first date, `until` to none (the
 * last interval is open, `to: null`). Options merge over the engine's defaults; `explain` bounds, as for findRoutes,
 * how many candidates blocked on every day of the range each interval lists (fewest hops first, in findRoutes
 * order); every candidate permitted on some day is always listed. Only the candidates that some date may permit are
 * judged day by day; those a dateless reason blocks (scope, scenario, relay rule) are counted, and only the listed
 * ones described. No candidate (or from = to) gives one interval, best "none".
 * Throws LiaisonError as findRoutes does for an unknown party or topic or a bad option, "usage" for a date that is
 * not YYYY-MM-DD or `until` before `since`, and TooManyRoutes when it would list more than MAX_LISTED_ROUTES
 * routes (asking for `explain: "all"`, or ad-hoc consent on a large network).
 */
export function routeTimeline(
  model: Model,
  from: string,
  to: string,
  topic: string,
  options: Partial<RouteOptions> = {},
  since?: Day,
  until?: Day,
): RouteTimeline {
  const start = checkedRange(model, since, until);
  const explain = checkExplain(options.explain ?? DEFAULT_ROUTE_OPTIONS.explain);
  const resolved = checkedOptions(model, topic, start, options);
  const query = { from, to, topic, at: start };
  const contextOn = contextsOf(model, query, resolved);
  const { changing, fixed } = datedCandidates(model, query, resolved, explain, SCOPE);
  const lanes = changing.map((c) => laneOf(c, start, until, contextOn));
  // Blocked candidates are listed fewest hops first, in findRoutes order, which does not depend on the date.
  const neverPermitted = sortLanes([
    ...lanes.filter((lane) => !lane.everPermitted),
    ...fixed.map((c) => laneOf(c, start, until, contextOn)),
  ]);
  const listed = [
    ...lanes.filter((lane) => lane.everPermitted),
    ...(explain === "all" ? neverPermitted : neverPermitted.slice(0, explain)),
  ];
  const intervals = intervalsOf(listed, start, until);
  return {
    query: { from, to, topic, since: start, until: until ?? null, ...echoOptions(resolved) },
    intervals,
  };
}

/**
 * The timeline of one candidate of the question, named by its route key: the intervals routeTimeline would give if
 * that candidate were the only one, each listing it alone, as routeTimeline judges it. It judges the route's own
 * hops on their change days only, so it answers in milliseconds where the whole timeline enumerates thousands of
 * candidates. Throws LiaisonError "not-found" when the key names no candidate of the question (other ends, more
 * hops than maxHops, a hop the model lacks), and otherwise what routeTimeline throws.
 */
export function routeKeyTimeline(
  model: Model,
  key: RouteKey,
  topic: string,
  options: Partial<RouteOptions> = {},
  since?: Day,
  until?: Day,
): RouteTimeline {
  const start = checkedRange(model, since, until);
  const hops = parseRouteKey(key);
  if (!hops) throw new LiaisonError(SCOPE, `not a route key: ${JSON.stringify(key)}`, "usage");
  const from = hops[0]!.from;
  const to = hops[hops.length - 1]!.to;
  const resolved = checkedOptions(model, topic, start, options);
  const missing = hops.find((hop) => !model.graph.hasEdge(channelKey(hop)));
  if (missing || hops.length > resolved.maxHops) {
    throw new LiaisonError(
      SCOPE,
      `${key} is not a candidate route of the dataset with up to ${resolved.maxHops} hops`,
      "not-found",
    );
  }
  const query = { from, to, topic, at: start };
  const contextOn = contextsOf(model, query, resolved);
  const path = hops.map((hop) => model.graph.getEdgeAttributes(channelKey(hop)));
  const lane = laneOf({ path, route: judgePath(contextOn(start), path) }, start, until, contextOn);
  return {
    query: { from, to, topic, since: start, until: until ?? null, ...echoOptions(resolved) },
    intervals: intervalsOf([lane], start, until),
  };
}
