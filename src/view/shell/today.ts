// The As-of date of a fresh explorer: today, in the reader's own time zone.
import type { Day } from "../../model";

/** The local calendar day of `date` as `YYYY-MM-DD`. */
export function localDay(date: Date): Day {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today as a local ISO day. */
export function today(): Day {
  return localDay(new Date());
}
