// The date checks of an agreement's timeline, under the reading of route rule 8: events in the order they happened,
// no entry into force before the signing day, no termination in effect before its notice.
import { compareDays, isApproximate, lastDayOf } from "./dates.ts";
import type { Agreement } from "./schema.ts";
import { eventDays, signingOf } from "./timeline.ts";

/** A problem found in an agreement's timeline; `path` is relative to the agreement. */
export interface TimelineProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Every date problem of the timeline, at most one per event date. A month or year date is wrong only when no day
 * of it fits: an entry into force "2015-12" after a signature on 2015-12-12 is read as 2015-12-12 and accepted, one
 * in "2015-11" is a problem.
 */
export function checkTimelineDates(agreement: Agreement): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const { day } = eventDays(agreement);
  const readAs = (date: string, resolved: string) =>
    isApproximate(date) && resolved !== `${date}-01` && resolved !== `${date}-01-01`
      ? `${date}, read as ${resolved}`
      : date;
  // An in-force event naming parties is an accession: it joins members to an agreement already in force, so the
  // agreement's own entry into force (naming no parties) must come first, or no channel would ever open.
  let generalInForce = false;
  agreement.timeline.forEach((event, i) => {
    if (event.type === "in-force" && !event.parties) generalInForce = true;
    if (event.type === "in-force" && event.parties && !generalInForce) {
      problems.push({
        path: ["timeline", i, "parties"],
        message:
          "an in-force event that names parties is an accession to an agreement already in force: give the agreement's own entry into force first (an in-force event without parties)",
      });
    }
    const last = lastDayOf(event.date);
    const signing = event.type === "in-force" ? signingOf(agreement, event, day) : undefined;
    const previous = i > 0 ? agreement.timeline[i - 1]! : undefined;
    if (signing && compareDays(last, signing.day) < 0) {
      problems.push({
        path: ["timeline", i, "date"],
        message: `in force ${event.date}, before the agreement was signed (${readAs(signing.event.date, signing.day)}): an agreement is never in force before its signing day`,
      });
    } else if (previous && compareDays(last, day.get(previous)!) < 0) {
      problems.push({
        path: ["timeline", i, "date"],
        message: `timeline out of order: ${event.date} is earlier than the event before it (${readAs(previous.date, day.get(previous)!)})`,
      });
    }
    if (
      event.type === "termination-notified" &&
      event.effective !== undefined &&
      compareDays(lastDayOf(event.effective), day.get(event)!) <= 0
    ) {
      problems.push({
        path: ["timeline", i, "effective"],
        message: `termination takes effect ${event.effective}, not after its notice ${event.date}`,
      });
    }
  });
  return problems;
}
