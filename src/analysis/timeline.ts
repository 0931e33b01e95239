// The route timeline of one pair and topic: when each candidate route was permitted or blocked, with which
// conditions and warnings, computed at the days the dataset says something changes (never by sampling days).
import { addDays, compareDays, type Day, type Model } from "../model";
import { type Route, type RouteOptions, routeKey } from "../routing";
import { candidatePaths, checkedOptions, hopChangeDays, judgePaths, networkContext } from "../routing/reach";
import { bestKind, checkDay, datasetSpan, EARLIEST, echoOptions } from "./query";
import type { RouteTimeline, TimelineInterval, TimelineRoute } from "./types";

const SCOPE = "routeTimeline";

function timelineRoute(route: Route): TimelineRoute {
  return {
    key: routeKey(route),
    status: route.status,
    conditions: route.conditions.map((c) => c.code),
    warnings: route.warnings.map((w) => w.code),
  };
}

/**
 * The route timeline from `from` to `to` on `topic`: intervals covering `since`..`until` without gaps, split exactly
 * at the days where any candidate's status, conditions or warnings change, adjacent intervals with the same content
 * merged. Change days come from the agreements and policies of the candidates' hops (events, effective dates,
 * accessions, the day after a policy ends; a month-only date read as the engine reads it), and each interval is
 * judged by the route engine on its first day. `since` defaults to the dataset's first date, `until` to none (the
 * last interval is open, `to: null`). Options merge over the engine's defaults. No candidate at all (or from = to)
 * gives one interval with best "none" and no routes.
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
  const resolved = checkedOptions(model, topic, start, options);
  const query = { from, to, topic, at: start };
  const paths = candidatePaths(model, query, resolved);
  const ctx = networkContext(model, topic, start, resolved);
  const days = new Set<Day>();
  for (const path of paths) {
    for (const channel of path) {
      for (const day of hopChangeDays(ctx, channel)) {
        if (compareDays(day, start) > 0 && (until === undefined || compareDays(day, until) <= 0))
          days.add(day);
      }
    }
  }
  const intervals: TimelineInterval[] = [];
  let previous = "";
  for (const day of [start, ...[...days].sort(compareDays)]) {
    const { routes, blocked } = judgePaths(model, { ...query, at: day }, resolved, paths);
    const content = [...routes, ...blocked].map(timelineRoute);
    const signature = JSON.stringify(content);
    if (signature === previous) continue;
    previous = signature;
    const last = intervals[intervals.length - 1];
    if (last) last.to = addDays(day, -1);
    intervals.push({ from: day, to: until ?? null, best: bestKind(routes), routes: content });
  }
  return {
    query: { from, to, topic, since: start, until: until ?? null, ...echoOptions(resolved) },
    intervals,
  };
}
