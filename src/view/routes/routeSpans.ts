// How long routes stay as they are on the As-of date, for the details and the comparison: each route's own
// timeline is computed once per question and options, then read for any date.
import type { RouteTimeline } from "../../analysis";
import type { Day, Model } from "../../model";
import { type Route, routeKey } from "../../routing";
import { type AnswerInput, type RouteSpan, routeSpan, routeTimelineOf } from "../../state";

const timelines = new WeakMap<Model, Map<string, RouteTimeline | null>>();

/** The route's timeline under the input's topic and options, kept per model; null when it cannot be computed. */
function timelineFor(model: Model, input: AnswerInput, route: Route): RouteTimeline | null {
  const key = routeKey(route);
  const id = JSON.stringify([
    input.query?.topic,
    input.maxHops,
    input.allowConsentRelay,
    input.disabled,
    key,
  ]);
  let known = timelines.get(model);
  if (!known) {
    known = new Map();
    timelines.set(model, known);
  }
  if (!known.has(id)) {
    try {
      known.set(id, routeTimelineOf(model, input, key));
    } catch {
      known.set(id, null);
    }
  }
  return known.get(id) ?? null;
}

/** The stretch of `route` around the input's date, or null when no timeline says it (another question, no query). */
export function spanOf(model: Model, input: AnswerInput, route: Route): RouteSpan | null {
  const timeline = timelineFor(model, input, route);
  return timeline ? routeSpan(timeline, { key: routeKey(route), status: route.status }, input.at) : null;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
function daysBetween(a: Day, b: Day): number {
  const day = (d: Day) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((day(b) - day(a)) / 86_400_000);
}

/** The day nearest to `at` on which a blocked route is permitted, or null when it never is. */
export function nearestPermitted(span: RouteSpan, at: Day): Day | null {
  const { permittedBefore: before, permittedAfter: after } = span;
  if (before === null) return after;
  if (after === null) return before;
  return Math.abs(daysBetween(at, before)) < Math.abs(daysBetween(at, after)) ? before : after;
}
