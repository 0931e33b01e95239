// Which events the timeline strip shows: a page of them around the As-of date, so that a dataset with a hundred
// thousand events draws a hundred buttons, not a hundred thousand; the rest are a page away.
import type { TimelineItem } from "./timelineEvents";

/** How many events the strip shows at once: the built-in dataset's 82 fit in one page. */
export const STRIP_PAGE = 100;

/**
 * The index of the last item on or before `at` in items sorted by day (binary search), or -1 when every item is
 * later (or there are none).
 */
export function currentIndex(items: readonly TimelineItem[], at: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid]!.day <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * The first index of the page that holds `index` near its middle, kept within `total`: 0 when everything fits in
 * one page, and for an index of -1 (no event yet).
 */
export function pageStart(index: number, total: number, size = STRIP_PAGE): number {
  const last = Math.max(0, total - size);
  return Math.min(last, Math.max(0, index - Math.floor(size / 2)));
}

/** "Events 1,201–1,300 of 3,012"; "3 events" when they all show; "No events" for none. */
export function pageWords(start: number, shown: number, total: number): string {
  const n = (x: number) => x.toLocaleString("en");
  if (total === 0) return "No events";
  if (shown >= total) return `${n(total)} event${total === 1 ? "" : "s"}`;
  return `Events ${n(start + 1)}–${n(start + shown)} of ${n(total)}`;
}
