// The As-of slider's ticks: one per distinct day and kind of event while they are few; past that, one per stretch
// of the track and kind, as tall as its count of events, so that a dataset of a hundred thousand events draws a few
// hundred ticks rather than a node per event.
import { dayNumber, type TimelineItem } from "./timelineEvents";

/** Past this many distinct ticks, events are counted per stretch of the track. */
export const MAX_TICKS = 300;
/** Stretches of the track per kind when counting: about one per three pixels of a wide slider. */
const STRETCHES = 240;

export interface Tick {
  /** Place along the track, in percent. */
  left: number;
  kind: TimelineItem["kind"];
  /** The first day the tick stands for. */
  day: string;
  /** Hover text: the day and the events' labels, or the stretch of days and the count. */
  title: string;
  /** Events the tick stands for. */
  count: number;
  /** True when the tick counts a stretch of days rather than marking one. */
  stretch: boolean;
}

/**
 * The ticks of `items` (sorted by day) on a track from day number `min` to `max`. Empty items give no ticks; a
 * range of one day or less places everything at the start.
 */
export function sliderTicks(items: readonly TimelineItem[], min: number, max: number): Tick[] {
  const width = Math.max(1, max - min);
  const place = (day: string) => ((dayNumber(day) - min) / width) * 100;
  const byDay = new Map<string, { item: TimelineItem; labels: string[] }>();
  for (const item of items) {
    const id = `${item.day}/${item.kind}`;
    const tick = byDay.get(id);
    if (tick) tick.labels.push(item.label);
    else byDay.set(id, { item, labels: [item.label] });
  }
  if (byDay.size <= MAX_TICKS) {
    return [...byDay.values()].map(({ item, labels }) => ({
      left: place(item.day),
      kind: item.kind,
      day: item.day,
      title: `${item.day}: ${labels.join("; ")}`,
      count: labels.length,
      stretch: false,
    }));
  }
  const stretches = new Map<string, { first: TimelineItem; last: TimelineItem; count: number }>();
  for (const item of items) {
    const at = Math.min(STRETCHES - 1, Math.max(0, Math.floor((place(item.day) / 100) * STRETCHES)));
    const id = `${at}/${item.kind}`;
    const stretch = stretches.get(id);
    if (stretch) {
      stretch.last = item;
      stretch.count++;
    } else stretches.set(id, { first: item, last: item, count: 1 });
  }
  return [...stretches.values()].map(({ first, last, count }) => {
    const events = `${count.toLocaleString("en")} ${first.kind === "incident" ? "incident" : "agreement event"}${count === 1 ? "" : "s"}`;
    const days = first.day === last.day ? first.day : `${first.day} to ${last.day}`;
    return {
      left: place(first.day),
      kind: first.kind,
      day: first.day,
      title: `${days}: ${events}`,
      count,
      stretch: true,
    };
  });
}
