// A horizontal axis of days: where a day falls between two x positions, which day a click at x means, and the
// year ticks to label it with.
import type { Day } from "../../../model";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (negative before) of an ISO day. */
export function dayNumber(day: Day): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO day of a day number; the inverse of dayNumber. */
export function dayOfNumber(n: number): Day {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export interface DayAxis {
  /** Where the first day starts and where the day after the last one starts. */
  x0: number;
  x1: number;
  first: Day;
  last: Day;
}

/** The x where `day` starts; days outside the axis fall outside [x0, x1]. */
export function xOfDay(axis: DayAxis, day: Day): number {
  const first = dayNumber(axis.first);
  const span = dayNumber(axis.last) + 1 - first;
  return axis.x0 + ((dayNumber(day) - first) / span) * (axis.x1 - axis.x0);
}

/** The day a point at `x` lies on, clamped to the axis's first and last day. */
export function dayAtX(axis: DayAxis, x: number): Day {
  const first = dayNumber(axis.first);
  const last = dayNumber(axis.last);
  const span = last + 1 - first;
  const n = first + Math.floor(((x - axis.x0) / (axis.x1 - axis.x0)) * span);
  return dayOfNumber(Math.min(last, Math.max(first, n)));
}

/** January 1st of every year on the axis, every `step` years so that labels stay at least `minGap` apart. */
export function yearTicks(axis: DayAxis, minGap = 44): { x: number; year: number }[] {
  const firstYear = Number(axis.first.slice(0, 4)) + 1;
  const lastYear = Number(axis.last.slice(0, 4));
  const perYear = (axis.x1 - axis.x0) / Math.max(1, (dayNumber(axis.last) - dayNumber(axis.first)) / 365.25);
  const step = [1, 2, 5, 10, 20, 50].find((s) => s * perYear >= minGap) ?? 100;
  const ticks: { x: number; year: number }[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    ticks.push({ x: xOfDay(axis, `${String(year).padStart(4, "0")}-01-01`), year });
  }
  return ticks;
}
