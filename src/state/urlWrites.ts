// When the explorer rewrites its URL: at once after most changes, but at a few writes a second while only the As-of
// date moves (the slider dragged), always ending on the last date.
//
// Each URL change costs the page a history update and, in Chromium, a fresh download and decode of the icon: more
// than an As-of step's own work.

/** While only the As-of date changes, the URL is rewritten at most this often (ms). */
export const DATE_URL_INTERVAL = 250;

export interface UrlWriteClock {
  /** The last permalink seen, without its date: equal to the next one's when only the date moved. */
  rest: string | null;
  /** When a date-only change was last written, or -Infinity when the last write was another change. */
  lastDateWrite: number;
}

export const FRESH_URL_CLOCK: UrlWriteClock = { rest: null, lastDateWrite: Number.NEGATIVE_INFINITY };

/**
 * When to write the URL for a new state whose permalink without its date is `rest`, at time `now` (ms): a change
 * of anything but the date is written at once (delay 0); a date-only change waits until DATE_URL_INTERVAL has
 * passed since the last date-only write. A write it schedules replaces any still waiting.
 */
export function nextUrlWrite(
  prev: UrlWriteClock,
  rest: string,
  now: number,
): { clock: UrlWriteClock; dateOnly: boolean; delay: number } {
  const dateOnly = prev.rest === rest;
  const delay = dateOnly ? Math.max(0, prev.lastDateWrite + DATE_URL_INTERVAL - now) : 0;
  return { clock: { ...prev, rest }, dateOnly, delay };
}

/** The clock after a write made at `now`: a date-only write starts the interval, any other write clears it. */
export function urlWritten(clock: UrlWriteClock, dateOnly: boolean, now: number): UrlWriteClock {
  return { ...clock, lastDateWrite: dateOnly ? now : Number.NEGATIVE_INFINITY };
}
