// The dated items of the timeline strip and the slider's ticks: every agreement event and every incident, in date
// order, each on the day the route engine reads it; and the day arithmetic of the slider.
import { addDays, compareDays, eventDay, isApproximate, type Model, toDay } from "../../model";
import { byCodeUnits, eventWords } from "../labels";

export interface TimelineItem {
  key: string;
  /**
   * The day the item stands for: an agreement event's month-only date is read as the route engine reads it (rule 8:
   * the earliest day consistent with the agreement's other events), an incident's as its first day.
   */
  day: string;
  /** The date as the dataset gives it (may be a month). */
  date: string;
  approximate: boolean;
  label: string;
  kind: "agreement" | "incident";
  /** The agreement of an agreement event. */
  agreement?: string;
  certainty?: string;
}

/** All agreement events and incidents of the model, oldest first; an empty model gives an empty list. */
export function timelineItems(model: Model): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const agreement of model.dataset.agreements) {
    agreement.timeline.forEach((event, i) => {
      items.push({
        key: `${agreement.id}#${i}`,
        day: eventDay(agreement, event),
        date: event.date,
        approximate: isApproximate(event.date),
        label: `${agreement.name}: ${eventWords(event.type).toLowerCase()}`,
        kind: "agreement",
        agreement: agreement.id,
        certainty: event.certainty,
      });
    });
  }
  for (const incident of model.incidents) {
    items.push({
      key: `incident:${incident.id}`,
      day: toDay(incident.date),
      date: incident.date,
      approximate: isApproximate(incident.date),
      label: incident.title,
      kind: "incident",
    });
  }
  // Keys are ids, so their code-unit order is as good as a collator's and needs none started.
  return items.sort((a, b) => compareDays(a.day, b.day) || byCodeUnits(a.key, b.key));
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO day (negative before); the slider's unit. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO day of a day number; the inverse of dayNumber. */
export function dayOfNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The day `months` calendar months after `day` (before, when negative), kept within the month: 01-31 + 1 → 02-28. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}

/**
 * The slider's range: the dataset's first and last dated days (datasetSpan), widened to take in `at` and padded by
 * a month at each end so that the ends' ticks are not on the thumb's stops; a dataset without dates gives the year
 * around `at`.
 */
export function sliderRange(
  span: { first: string | null; last: string | null },
  at: string,
): [string, string] {
  const first = span.first ?? addDays(at, -183);
  const last = span.last ?? addDays(at, 183);
  const min = compareDays(at, first) < 0 ? at : first;
  const max = compareDays(at, last) > 0 ? at : last;
  return [addMonths(min, -1), addMonths(max, 1)];
}
