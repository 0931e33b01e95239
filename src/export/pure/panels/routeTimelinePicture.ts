// The route timeline strip: one lane per candidate route (by key, labelled in words), coloured by its status on
// each stretch of days with marks where it carries warnings, the dataset's events as ticks and the As-of date.
import type { RouteTimeline, TimelineInterval, TimelineRoute } from "../../../analysis/types";
import { addDays, compareDays, type Day, type Model } from "../../../model";
import type { RouteKey } from "../../../routing/routeKey";
import { AS_OF, GRID, INK, LANE_COLOURS, MUTED } from "./colours";
import { type DayAxis, dayNumber, dayOfNumber, xOfDay, yearTicks } from "./dayAxis";
import { type Drawing, framePanel, type LegendEntry } from "./panelFrame";
import type { Picture, Shape } from "./picture";
import { pairWords, routeKeyWords, settingsWords } from "./words";

/** One route's state over a stretch of days. */
export interface LaneSegment {
  from: Day;
  /** Last day, or null when it runs on. */
  to: Day | null;
  status: TimelineRoute["status"];
  conditions: readonly string[];
  warnings: readonly string[];
}

export interface Lane {
  key: RouteKey;
  segments: LaneSegment[];
}

const sameState = (a: LaneSegment, b: Omit<LaneSegment, "from" | "to">) =>
  a.status === b.status &&
  a.conditions.join() === b.conditions.join() &&
  a.warnings.join() === b.warnings.join();

/**
 * The timeline's routes as lanes: in the order of its last interval (the route engine's ranking then), each with
 * its consecutive states merged. A route an interval does not list counts as blocked there. No intervals, no lanes.
 */
export function routeLanes(timeline: RouteTimeline): Lane[] {
  const { intervals } = timeline;
  const keys = new Set<RouteKey>();
  for (const r of intervals[intervals.length - 1]?.routes ?? []) keys.add(r.key);
  for (const interval of intervals) for (const r of interval.routes) keys.add(r.key);
  return [...keys].map((key) => {
    const segments: LaneSegment[] = [];
    for (const interval of intervals) {
      const route = interval.routes.find((r) => r.key === key);
      const state = route
        ? { status: route.status, conditions: route.conditions, warnings: route.warnings }
        : { status: "blocked" as const, conditions: [], warnings: [] };
      const last = segments[segments.length - 1];
      if (last && sameState(last, state)) last.to = interval.to;
      else segments.push({ from: interval.from, to: interval.to, ...state });
    }
    return { key, segments };
  });
}

/**
 * The days the strip spans: from a little before the earliest of the events, the As-of date and the timeline's
 * changes, to a little after the latest of them and `today`; never before the timeline's own start.
 */
export function timelineRange(
  timeline: RouteTimeline,
  events: readonly Day[],
  at: Day,
  today: Day,
): { first: Day; last: Day } {
  const days = [...events, at, today, ...timeline.intervals.slice(1).map((i) => i.from)].sort(compareDays);
  const low = dayNumber(days[0]!);
  const high = dayNumber(days[days.length - 1]!);
  const pad = Math.max(120, Math.round((high - low) * 0.04));
  const since = timeline.query.since;
  const first = dayOfNumber(low - pad);
  return { first: compareDays(first, since) < 0 ? since : first, last: dayOfNumber(high + pad) };
}

/** A stretch of days and a route's state on it, in words: "2014-12-29 – 2016-11-22: permitted (originator-approval; non-binding)". */
export function segmentWords(segment: LaneSegment): string {
  const codes = [segment.conditions.join(", "), segment.warnings.join(", ")].filter(Boolean).join("; ");
  return `${segment.from} – ${segment.to ?? "onwards"}: ${segment.status}${codes ? ` (${codes})` : ""}`;
}

/** An interval in words, naming its permitted routes: "2016-11-23 – 2017-05-09: direct. South Korea → Japan via …". */
export function intervalWords(model: Model, interval: TimelineInterval): string {
  const permitted = interval.routes.filter((r) => r.status === "permitted");
  const best = interval.best === "none" ? "no permitted route" : `best ${interval.best}`;
  const routes = permitted.map((r) => {
    const codes = [...r.conditions, ...r.warnings];
    return `${routeKeyWords(model, r.key)}${codes.length > 0 ? ` (${codes.join(", ")})` : ""}`;
  });
  return `${interval.from} – ${interval.to ?? "onwards"}: ${best}${routes.length > 0 ? `: ${routes.join("; ")}` : ""}.`;
}

export const ROUTE_TIMELINE_LEGEND: readonly LegendEntry[] = [
  { label: "Permitted", colour: LANE_COLOURS.permitted },
  { label: "Permitted with conditions", colour: LANE_COLOURS.conditional },
  { label: "Blocked", colour: LANE_COLOURS.blocked },
  { label: "Carries warnings", colour: LANE_COLOURS.warning, mark: "line" },
  { label: "As of", colour: AS_OF, mark: "line" },
];

export interface RouteTimelineDrawingInput {
  model: Model;
  lanes: readonly Lane[];
  /** Dated events to tick on the axis, with what they are. */
  events: readonly { day: Day; label: string }[];
  at: Day;
  range: { first: Day; last: Day };
  width: number;
}

const TOP = 34;
const LABEL = 12;
const LANE_STEP = 38;
const BAR = 14;
const AXIS = 22;

function laneColour(segment: LaneSegment): string {
  if (segment.status === "blocked") return LANE_COLOURS.blocked;
  return segment.conditions.length > 0 ? LANE_COLOURS.conditional : LANE_COLOURS.permitted;
}

/**
 * The strip as a drawing `width` wide: event ticks on top, a lane per route with its label above its bar, the
 * As-of line across, and years below. Returns the axis too, so a click at x can be read as a day.
 */
export function routeTimelineDrawing(input: RouteTimelineDrawingInput): { drawing: Drawing; axis: DayAxis } {
  const { model, lanes, events, at, range, width } = input;
  const axis: DayAxis = { x0: 0, x1: width, first: range.first, last: range.last };
  const xOf = (day: Day) => Math.min(width, Math.max(0, xOfDay(axis, day)));
  const lanesBottom = TOP + lanes.length * LANE_STEP;
  const shapes: Shape[] = [
    { kind: "line", x1: 0, y1: TOP - 8, x2: width, y2: TOP - 8, stroke: GRID, width: 1 },
  ];
  for (const event of events) {
    if (compareDays(event.day, range.first) < 0 || compareDays(event.day, range.last) > 0) continue;
    const x = xOf(event.day);
    shapes.push({ kind: "line", x1: x, y1: TOP - 16, x2: x, y2: TOP - 8, stroke: MUTED, width: 1 });
  }
  lanes.forEach((lane, i) => {
    const top = TOP + i * LANE_STEP;
    const words = routeKeyWords(model, lane.key);
    shapes.push({ kind: "text", x: 0, y: top + LABEL, text: words, size: LABEL, fill: INK });
    const barTop = top + LABEL + 5;
    let previousWarnings = "";
    for (const segment of lane.segments) {
      const end = segment.to ?? range.last;
      if (compareDays(end, range.first) < 0 || compareDays(segment.from, range.last) > 0) continue;
      const x = xOf(segment.from);
      const x2 = xOf(addDays(end, 1));
      const title = `${words}: ${segmentWords(segment)}`;
      shapes.push({
        kind: "rect",
        x,
        y: barTop,
        width: Math.max(1, x2 - x - (x2 < width ? 1 : 0)),
        height: BAR,
        fill: laneColour(segment),
        title,
      });
      const warnings = segment.warnings.join();
      if (warnings) {
        shapes.push({
          kind: "rect",
          x,
          y: barTop,
          width: Math.max(1, x2 - x - 1),
          height: 4,
          fill: LANE_COLOURS.warning,
        });
        if (warnings !== previousWarnings) {
          shapes.push({
            kind: "polygon",
            points: [
              [x, barTop - 1],
              [x + 5, barTop - 7],
              [x - 5, barTop - 7],
            ],
            fill: LANE_COLOURS.warning,
            title: `From ${segment.from}: ${segment.warnings.join(", ")}`,
          });
        }
      }
      previousWarnings = warnings;
    }
  });
  const ax = xOf(at);
  shapes.push(
    { kind: "line", x1: ax, y1: TOP - 20, x2: ax, y2: lanesBottom, stroke: AS_OF, width: 2 },
    {
      kind: "text",
      x: ax > width - 110 ? ax - 4 : ax + 4,
      y: TOP - 22,
      text: `As of ${at}`,
      size: 11,
      fill: AS_OF,
      bold: true,
      anchor: ax > width - 110 ? "end" : "start",
    },
    { kind: "line", x1: 0, y1: lanesBottom + 4, x2: width, y2: lanesBottom + 4, stroke: GRID, width: 1 },
  );
  for (const tick of yearTicks(axis)) {
    shapes.push(
      {
        kind: "line",
        x1: tick.x,
        y1: lanesBottom + 4,
        x2: tick.x,
        y2: lanesBottom + 9,
        stroke: MUTED,
        width: 1,
      },
      {
        kind: "text",
        x: tick.x,
        y: lanesBottom + 20,
        text: String(tick.year),
        size: 11,
        fill: MUTED,
        anchor: "middle",
      },
    );
  }
  return { drawing: { width, height: lanesBottom + AXIS, shapes }, axis };
}

/** The strip framed for export: the pair and settings on top, the legend, and every interval in words below. */
export function routeTimelinePicture(
  input: RouteTimelineDrawingInput & { timeline: RouteTimeline },
): Picture {
  const { model, timeline } = input;
  const { query } = timeline;
  return framePanel(routeTimelineDrawing(input).drawing, {
    title: `Route timeline: ${pairWords(model, query.from, query.to)}`,
    lines: [settingsWords(model, query.topic, query), `Changes from ${query.since}; As of ${input.at}`],
    legend: ROUTE_TIMELINE_LEGEND,
    notes: timeline.intervals.map((interval) => intervalWords(model, interval)),
  });
}
