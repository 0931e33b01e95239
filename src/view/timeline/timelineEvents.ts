// The dated items of the timeline strip: every agreement event and every incident, in date order.
import { compareDays, isApproximate, type Model, toDay } from "../../model";
import { byCodeUnits, eventWords } from "../labels";

export interface TimelineItem {
  key: string;
  /** The day the item stands for (a month-only date is its first day). */
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
        day: toDay(event.date),
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
