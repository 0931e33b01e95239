// An agreement's status on a date, derived from its timeline (never stored): the rules of DESIGN.md "Agreement".
import { addDays, compareDays, type Day, isApproximate, lastDayOf, toDay } from "./dates.ts";
import type { Agreement, AgreementEvent } from "./schema.ts";

export type AgreementStatus =
  | "not-yet" // no entry into force yet (proposed, postponed or signed only)
  | "in-force"
  | "termination-pending" // notice given, not yet effective
  | "conditional" // termination suspended, revocable at any time
  | "ended"
  | "restored"; // in force again after a suspended termination was withdrawn

/** Statuses under which information flows over the agreement's channels. */
export const OPERATIVE: ReadonlySet<AgreementStatus> = new Set([
  "in-force",
  "termination-pending",
  "conditional",
  "restored",
]);

export interface StatusOnDate {
  status: AgreementStatus;
  /** The events that put the agreement (or the pair's membership) in this status; for warnings and sources. */
  basis: AgreementEvent[];
}

export interface StatusPeriod extends StatusOnDate {
  /** First day of the period; null when it reaches back indefinitely. */
  from: Day | null;
  /** Last day of the period; null when it runs on indefinitely. */
  to: Day | null;
}

/** The day each event of a timeline stands for, and the day each termination notice takes effect. */
export interface EventDays {
  day: ReadonlyMap<AgreementEvent, Day>;
  effective: ReadonlyMap<AgreementEvent, Day>;
}

const resolved = new WeakMap<Agreement, EventDays>();
const sorted = new WeakMap<Agreement, AgreementEvent[]>();

/**
 * The signing day that bounds an entry into force: the earliest signature of the whole agreement or, for a later
 * accession, of one of the acceding members. A signature by some members only does not bound the whole agreement.
 */
export function signingOf(
  agreement: Agreement,
  inForce: AgreementEvent,
  days: ReadonlyMap<AgreementEvent, Day>,
): { event: AgreementEvent; day: Day } | undefined {
  let first: { event: AgreementEvent; day: Day } | undefined;
  for (const event of agreement.timeline) {
    if (event.type !== "signed") continue;
    const applies = !event.parties || event.parties.some((p) => inForce.parties?.includes(p));
    const day = days.get(event) ?? toDay(event.date);
    if (applies && (!first || compareDays(day, first.day) < 0)) first = { event, day };
  }
  return first;
}

/**
 * Route rule 8: a month or year date stands for its earliest day that is consistent with the agreement's other
 * dated events. The timeline lists events in the order they happened, so no event comes before the one listed
 * before it; an entry into force never comes before its signing day (wherever the signature is listed); a
 * termination never takes effect before the day after its notice. A full date stands for itself, and no day leaves
 * its month or year (a date that cannot fit is a validation problem, see timelineChecks.ts).
 */
export function eventDays(agreement: Agreement): EventDays {
  const known = resolved.get(agreement);
  if (known) return known;
  const events = agreement.timeline;
  const day = new Map<AgreementEvent, Day>(events.map((e) => [e, toDay(e.date)]));
  const raise = (event: AgreementEvent, floor: Day | undefined): boolean => {
    const current = day.get(event)!;
    if (floor === undefined || !isApproximate(event.date) || compareDays(floor, current) <= 0) return false;
    const last = lastDayOf(event.date);
    const next = compareDays(floor, last) > 0 ? last : floor;
    day.set(event, next);
    return next !== current;
  };
  // Days only rise and never leave their period, so this settles within one pass per event.
  for (let pass = 0; pass <= events.length; pass++) {
    let changed = false;
    events.forEach((event, i) => {
      if (i > 0 && raise(event, day.get(events[i - 1]!))) changed = true;
      if (event.type === "in-force" && raise(event, signingOf(agreement, event, day)?.day)) changed = true;
    });
    if (!changed) break;
  }
  const effective = new Map<AgreementEvent, Day>();
  for (const event of events) {
    if (event.effective === undefined) continue;
    let when = toDay(event.effective);
    if (isApproximate(event.effective)) {
      const dayAfter = addDays(day.get(event)!, 1);
      const last = lastDayOf(event.effective);
      if (compareDays(dayAfter, when) > 0) when = compareDays(dayAfter, last) > 0 ? last : dayAfter;
    }
    effective.set(event, when);
  }
  const result = { day, effective };
  resolved.set(agreement, result);
  return result;
}

/** The day an event of `agreement` stands for under rule 8 (its own day when the date is a full one). */
export function eventDay(agreement: Agreement, event: AgreementEvent): Day {
  return eventDays(agreement).day.get(event) ?? toDay(event.date);
}

/** The timeline in the order of the days its events stand for; stable. */
function chronological(agreement: Agreement): AgreementEvent[] {
  let events = sorted.get(agreement);
  if (!events) {
    const { day } = eventDays(agreement);
    events = [...agreement.timeline].sort((a, b) => compareDays(day.get(a)!, day.get(b)!));
    sorted.set(agreement, events);
  }
  return events;
}

function joinDay(agreement: Agreement, party: string): { day: Day; event: AgreementEvent } | undefined {
  const own = agreement.timeline.find((e) => e.type === "in-force" && e.parties?.includes(party));
  const general = agreement.timeline.find((e) => e.type === "in-force" && !e.parties);
  const event = own ?? general;
  return event ? { day: eventDay(agreement, event), event } : undefined;
}

/**
 * The status of `agreement` on `day`, for the channel between `pair` when given (later accessions count).
 * Events on `day` itself have taken effect. A termination notice ends the agreement on its effective date
 * unless a suspension came first.
 */
export function statusOn(agreement: Agreement, day: Day, pair?: readonly [string, string]): StatusOnDate {
  let status: AgreementStatus = "not-yet";
  let basis: AgreementEvent[] = [];
  let pendingEnd: { day: Day; event: AgreementEvent } | undefined;
  const settlePending = (upTo: Day) => {
    if (pendingEnd && compareDays(pendingEnd.day, upTo) <= 0) {
      status = "ended";
      basis = [pendingEnd.event];
      pendingEnd = undefined;
    }
  };
  const { day: days, effective } = eventDays(agreement);
  for (const event of chronological(agreement)) {
    const happened = days.get(event)!;
    if (compareDays(happened, day) > 0) break;
    settlePending(happened);
    switch (event.type) {
      case "in-force":
        if (!event.parties && (status === "not-yet" || status === "ended")) {
          status = "in-force";
          basis = [event];
        }
        break;
      case "termination-notified":
        if (OPERATIVE.has(status)) {
          status = "termination-pending";
          basis = [...basis, event];
          pendingEnd = { day: effective.get(event) ?? happened, event };
        }
        break;
      case "termination-suspended":
        if (status === "termination-pending") {
          status = "conditional";
          basis = [...basis, event];
          pendingEnd = undefined;
        }
        break;
      case "restored":
        if (status !== "not-yet") {
          status = "restored";
          basis = [...basis.filter((e) => e.type === "in-force"), event];
          pendingEnd = undefined;
        }
        break;
      case "terminated":
        status = "ended";
        basis = [event];
        pendingEnd = undefined;
        break;
      default: // proposed, postponed, signed, renewed: no change of status
        break;
    }
  }
  settlePending(day);
  if (pair && OPERATIVE.has(status)) {
    for (const party of pair) {
      const join = joinDay(agreement, party);
      if (!join || compareDays(join.day, day) > 0)
        return { status: "not-yet", basis: join ? [join.event] : [] };
      if (join.event.parties && !basis.includes(join.event)) basis = [...basis, join.event];
    }
  }
  return { status, basis };
}

/** Days on which the status of the agreement (or of a pair's channel) may change. */
export function changeDays(agreement: Agreement): Day[] {
  const { day, effective } = eventDays(agreement);
  return [...new Set([...day.values(), ...effective.values()])].sort(compareDays);
}

/**
 * The first day on which the agreement (or the channel between `pair`) counts as ended, or undefined when it never
 * does. Days are read by rule 8, like every status: a termination known by month takes effect no earlier than the
 * day after its notice, not on the 1st of the month.
 */
export function endedOn(agreement: Agreement, pair?: readonly [string, string]): Day | undefined {
  return changeDays(agreement).find((d) => statusOn(agreement, d, pair).status === "ended");
}

/** The period of constant status that contains `day`: the validity window around a date. */
export function periodOn(agreement: Agreement, day: Day, pair?: readonly [string, string]): StatusPeriod {
  const here = statusOn(agreement, day, pair);
  const same = (d: Day) => statusOn(agreement, d, pair).status === here.status;
  let from: Day | null = null;
  let to: Day | null = null;
  const days = changeDays(agreement);
  // Walk back over change days while the status stays the same; the period starts at the last change.
  for (let i = days.length - 1; i >= 0; i--) {
    const d = days[i]!;
    if (compareDays(d, day) > 0) continue;
    if (!same(addDays(d, -1))) {
      from = d;
      break;
    }
  }
  for (const d of days) {
    if (compareDays(d, day) <= 0) continue;
    if (!same(d)) {
      to = addDays(d, -1);
      break;
    }
  }
  return { ...here, from, to };
}

/** True when a status rests on a month-only date, so it is approximate. */
export function isApproximateBasis(basis: readonly AgreementEvent[]): boolean {
  return basis.some(
    (e) => isApproximate(e.date) || (e.effective !== undefined && isApproximate(e.effective)),
  );
}
