// An agreement's status on a date, derived from its timeline (never stored): the rules of DESIGN.md "Agreement".
import { addDays, compareDays, type Day, isApproximate, toDay } from "./dates.ts";
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

const sorted = new WeakMap<Agreement, AgreementEvent[]>();

/** The timeline by the day each event stands for (a month-only date counts as its first day); stable. */
function chronological(agreement: Agreement): AgreementEvent[] {
  let events = sorted.get(agreement);
  if (!events) {
    events = [...agreement.timeline].sort((a, b) => compareDays(toDay(a.date), toDay(b.date)));
    sorted.set(agreement, events);
  }
  return events;
}

function joinDay(agreement: Agreement, party: string): { day: Day; event: AgreementEvent } | undefined {
  const own = agreement.timeline.find((e) => e.type === "in-force" && e.parties?.includes(party));
  const general = agreement.timeline.find((e) => e.type === "in-force" && !e.parties);
  const event = own ?? general;
  return event ? { day: toDay(event.date), event } : undefined;
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
  for (const event of chronological(agreement)) {
    const eventDay = toDay(event.date);
    if (compareDays(eventDay, day) > 0) break;
    settlePending(eventDay);
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
          pendingEnd = { day: toDay(event.effective ?? event.date), event };
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
  const days = new Set<Day>();
  for (const e of agreement.timeline) {
    days.add(toDay(e.date));
    if (e.effective) days.add(toDay(e.effective));
  }
  return [...days].sort(compareDays);
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
