// An agreement's status through time, as intervals between the days its timeline can change (event days, and the
// days notices take effect): inside one interval the status and the events behind it stay the same. Computed once
// per agreement (per pair where members joined at other dates) by the timeline rules of model/timeline.ts, they
// answer every later query's "status on this day" and "for how long" with a lookup.
import { type Agreement, addDays, changeDays, type Day, type StatusOnDate, statusOn } from "../model";

export interface StatusIntervals {
  /** First day of each interval; "" for the first, which reaches back indefinitely. */
  starts: Day[];
  /** The same as numbers that order like the days (dayNumber), for the lookups every query makes. */
  startNumbers: Int32Array;
  statuses: StatusOnDate[];
}

/** A day as a number that orders like the day: 2017-11-19 → 20171119. */
export function dayNumber(day: Day): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** A day earlier than any date a dataset can hold: the timeline has done nothing yet. */
const BEFORE_ALL = "0000-00-00";

/** The intervals of `agreement` (of its channel between `pair`, where members joined at other dates). */
export function statusIntervals(agreement: Agreement, pair?: readonly [string, string]): StatusIntervals {
  const days = changeDays(agreement);
  return {
    starts: ["", ...days],
    startNumbers: Int32Array.from([-1, ...days.map(dayNumber)]),
    statuses: [statusOn(agreement, BEFORE_ALL, pair), ...days.map((day) => statusOn(agreement, day, pair))],
  };
}

/** The index of the interval holding the day numbered `day` (see dayNumber). */
export function intervalOn(intervals: StatusIntervals, day: number): number {
  const starts = intervals.startNumbers;
  let i = starts.length - 1;
  while (i > 0 && starts[i]! > day) i--;
  return i;
}

/**
 * The status on `day`, and the days around it on which the status (not the events behind it) stays the same: the
 * neighbouring intervals of equal status joined; null where it reaches back or on indefinitely.
 */
export function statusPeriodOn(
  intervals: StatusIntervals,
  day: Day,
): { status: StatusOnDate; from: Day | null; to: Day | null } {
  const { starts, statuses } = intervals;
  const here = intervalOn(intervals, dayNumber(day));
  const status = statuses[here]!;
  let first = here;
  while (first > 0 && statuses[first - 1]!.status === status.status) first--;
  let next = here + 1;
  while (next < starts.length && statuses[next]!.status === status.status) next++;
  return {
    status,
    from: first === 0 ? null : starts[first]!,
    to: next === starts.length ? null : addDays(starts[next]!, -1),
  };
}
