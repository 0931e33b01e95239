// A route's stretch in words: "Permitted from 2016-11-23 to 2019-11-22", "Warnings change on 2019-08-23",
// "Blocked until 2014-12-28". Nothing is called valid: a route is permitted or blocked, from a day to a day.
import type { RouteSpan } from "../../state";

const NO_END = "with no end in the dataset";

/** The route's status over time as sentences, most important first. */
export function spanWords(span: RouteSpan): string[] {
  const { from, to } = span;
  if (span.status === "permitted") {
    const lines = [
      from === null
        ? `Permitted ${to === null ? "on every date" : `until ${to}`}.`
        : `Permitted from ${from}${to === null ? `, ${NO_END}` : ` to ${to}`}.`,
    ];
    const { sameSince, nextChange } = span;
    if (sameSince !== null && nextChange !== null) {
      lines.push(`Warnings as now since ${sameSince}; they change on ${nextChange}.`);
    } else if (sameSince !== null) {
      lines.push(`Warnings as now since ${sameSince}.`);
    } else if (nextChange !== null) {
      lines.push(`Warnings change on ${nextChange}.`);
    }
    return lines;
  }
  if (from === null && to === null) return ["Blocked on every date the dataset covers."];
  if (from === null) return [`Blocked until ${to}; permitted from ${span.permittedAfter}.`];
  if (to === null) return [`Blocked from ${from}, ${NO_END}; last permitted on ${span.permittedBefore}.`];
  return [`Blocked from ${from} to ${to}.`];
}
