// The route timeline of one pair and topic: when each candidate route was permitted or blocked, with which
// conditions and warnings, computed at the days the dataset says something changes (never by sampling days).
import { addDays, compareDays, type Day, LiaisonError, type Model } from "../model";
import { DEFAULT_ROUTE_OPTIONS, type Route, type RouteOptions, routeKey } from "../routing";
import {
  blockedOnEveryDate,
  type Candidate,
  candidates,
  checkedOptions,
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

function checkExplain(explain: unknown): "all" | number {
  if (explain === "all" || (typeof explain === "number" && Number.isInteger(explain) && explain >= 0)) {
    return explain;
  }
  throw new LiaisonError(SCOPE, `explain must be "all" or a whole number of at least 0, not ${explain}`);
}

/**
 * The route timeline from `from` to `to` on `topic`: intervals covering `since`..`until` without gaps, split exactly
 * at the days where any candidate's status, conditions or warnings change, adjacent intervals with the same content
 * merged. Change days come from the agreements and policies of each candidate's hops (events, effective dates,
 * accessions, the day after a policy ends; a month-only date read as the engine reads it), and each candidate is
 * judged by the route engine on those days only. `since` defaults to the dataset's first date, `until` to none (the
 * last interval is open, `to: null`). Options merge over the engine's defaults; `explain` bounds, as for findRoutes,
 * how many candidates blocked on every day of the range each interval lists (the first in findRoutes order); every
 * candidate permitted on some day is always listed. No candidate (or from = to) gives one interval, best "none".
 * Throws LiaisonError as findRoutes does for an unknown party or topic or a bad option, and "usage" for a date that
 * is not YYYY-MM-DD or `until` before `since`.
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
  const start = since ?? datasetSpan(model).first ?? EARLIEST;
  checkDay(SCOPE, "since", start);
  if (until !== undefined) {
    checkDay(SCOPE, "until", until);
    if (compareDays(until, start) < 0) checkDay(SCOPE, "until", until, `not before since (${start})`);
  }
  const explain = checkExplain(options.explain ?? DEFAULT_ROUTE_OPTIONS.explain);
  const resolved = checkedOptions(model, topic, start, options);
  const query = { from, to, topic, at: start };
  const contexts = new Map<Day, QueryContext>();
  const contextOn = (day: Day) => {
    let ctx = contexts.get(day);
    if (!ctx) {
      ctx = routeContext(model, { ...query, at: day }, resolved);
      contexts.set(day, ctx);
    }
    return ctx;
  };
  const lanes = candidates(model, query, resolved).map((c) => laneOf(c, start, until, contextOn));
  // Candidates come in findRoutes order, and the order of blocked routes does not depend on the date.
  const neverPermitted = lanes.filter((lane) => !lane.everPermitted);
  const listed = [
    ...lanes.filter((lane) => lane.everPermitted),
    ...(explain === "all" ? neverPermitted : neverPermitted.slice(0, explain)),
  ];
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
  return {
    query: { from, to, topic, since: start, until: until ?? null, ...echoOptions(resolved) },
    intervals,
  };
}
