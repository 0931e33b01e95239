// How long a route stays as it is on the As-of date, read from the route timeline (exact change days, never
// sampled): "permitted from … to …", the day its warnings change, or since when and until when it is blocked.
import type { RouteTimeline, TimelineRoute } from "../analysis";
import type { Day } from "../model";
import type { Route, RouteKey } from "../routing";

export interface RouteSpan {
  status: Route["status"];
  /** First day of the stretch with this status around the date; null when it reaches back before every dated event. */
  from: Day | null;
  /** Last day of the stretch; null when the dataset gives it no end. */
  to: Day | null;
  /** A permitted route's conditions and warnings as on the date: since when (null with the stretch) and the first
   *  day they change within the stretch (null when they stay to its end). */
  sameSince: Day | null;
  nextChange: Day | null;
  /** The nearest day on which the route is permitted, before and after a blocked stretch; null when none. */
  permittedBefore: Day | null;
  permittedAfter: Day | null;
}

const NEVER_PERMITTED: Omit<RouteSpan, "status"> = {
  from: null,
  to: null,
  sameSince: null,
  nextChange: null,
  permittedBefore: null,
  permittedAfter: null,
};

const same = (a: TimelineRoute, b: TimelineRoute) =>
  a.status === b.status &&
  a.conditions.join() === b.conditions.join() &&
  a.warnings.join() === b.warnings.join();

/**
 * The stretch of `route` around `at` in `timeline` (the route timeline of the route's question and options, with
 * no blocked-throughout candidates listed, i.e. `explain: 0`): a route the timeline does not list is never
 * permitted. Null when the timeline disagrees with the route's status on the date (a timeline of another question).
 */
export function routeSpan(
  timeline: RouteTimeline,
  route: { key: RouteKey; status: Route["status"] },
  at: Day,
): RouteSpan | null {
  const { intervals } = timeline;
  const lane = intervals.map((interval) => interval.routes.find((r) => r.key === route.key));
  if (lane.every((r) => r === undefined)) {
    return route.status === "blocked" ? { status: "blocked", ...NEVER_PERMITTED } : null;
  }
  let i = intervals.findIndex((v) => v.from <= at && (v.to === null || at <= v.to));
  if (i < 0) i = at < (intervals[0]?.from ?? at) ? 0 : intervals.length - 1;
  const here = lane[i];
  if (!here || here.status !== route.status) return null;
  const status = (j: number) => lane[j]?.status;
  let first = i;
  while (first > 0 && status(first - 1) === route.status) first--;
  let last = i;
  while (last < intervals.length - 1 && status(last + 1) === route.status) last++;
  const span: RouteSpan = {
    status: route.status,
    // A blocked stretch from the first interval reaches back before every dated event, where nothing is in force.
    from: first === 0 && route.status === "blocked" ? null : intervals[first]!.from,
    to: intervals[last]!.to,
    sameSince: null,
    nextChange: null,
    permittedBefore: first > 0 ? intervals[first - 1]!.to : null,
    permittedAfter: last < intervals.length - 1 ? intervals[last + 1]!.from : null,
  };
  if (route.status === "permitted") {
    span.permittedBefore = null;
    span.permittedAfter = null;
    let since = i;
    while (since > first && same(lane[since - 1]!, here)) since--;
    let until = i;
    while (until < last && same(lane[until + 1]!, here)) until++;
    span.sameSince = since > first ? intervals[since]!.from : null;
    span.nextChange = until < last ? intervals[until + 1]!.from : null;
  }
  return span;
}
