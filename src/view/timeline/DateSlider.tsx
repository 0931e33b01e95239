// The As-of slider over the dataset's dated span, with ticks for the events of the timeline strip. Arrow keys move a
// day, Shift with an arrow a month, Page Up and Page Down a year; Home and End go to the ends.
import { type Dispatch, type KeyboardEvent, memo } from "react";
import type { Action } from "../../state";
import { sliderTicks } from "./sliderTicks";
import { addMonths, dayNumber, dayOfNumber, type TimelineItem } from "./timelineEvents";

interface Props {
  at: string;
  /** First and last day of the slider. */
  range: readonly [string, string];
  items: readonly TimelineItem[];
  dispatch: Dispatch<Action>;
}

/** How many months a key moves the date, or undefined for keys the slider handles itself (a day, the ends). */
function monthsFor(event: KeyboardEvent): number | undefined {
  if (event.key === "PageUp") return 12;
  if (event.key === "PageDown") return -12;
  if (!event.shiftKey) return undefined;
  if (event.key === "ArrowRight" || event.key === "ArrowUp") return 1;
  if (event.key === "ArrowLeft" || event.key === "ArrowDown") return -1;
  return undefined;
}

/** The ticks along the track (see sliderTicks); memoised, as they change only with the items and the range. */
const Ticks = memo(function Ticks({
  items,
  min,
  max,
}: {
  items: readonly TimelineItem[];
  min: number;
  max: number;
}) {
  const ticks = sliderTicks(items, min, max);
  // Counted stretches stand as bars of a histogram: the fullest is the track's height, one event a third of it.
  const most = Math.log(Math.max(2, ...ticks.map((t) => t.count)));
  const height = (count: number) => `${Math.round(100 * (1 / 3 + ((2 / 3) * Math.log(count)) / most))}%`;
  return (
    <div className="slider-ticks" aria-hidden="true">
      {ticks.map((t) => (
        <span
          key={`${t.day}/${t.kind}`}
          className={`tick ${t.kind}${t.stretch ? " stretch" : ""}`}
          style={t.stretch ? { left: `${t.left}%`, height: height(t.count) } : { left: `${t.left}%` }}
          title={t.title}
        />
      ))}
    </div>
  );
});

export function DateSlider({ at, range, items, dispatch }: Props) {
  const min = dayNumber(range[0]);
  const max = dayNumber(range[1]);
  const clamp = (day: string) => dayOfNumber(Math.min(max, Math.max(min, dayNumber(day))));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const months = monthsFor(event);
    if (months === undefined) return;
    event.preventDefault();
    dispatch({ type: "set-date", at: clamp(addMonths(at, months)) });
  };
  return (
    <div className="date-slider">
      <input
        type="range"
        aria-label="Date slider"
        aria-valuetext={at}
        aria-keyshortcuts="Shift+ArrowLeft Shift+ArrowRight PageUp PageDown"
        title="Arrow keys: a day; Shift and an arrow: a month; Page Up and Page Down: a year"
        min={min}
        max={max}
        step={1}
        value={dayNumber(at)}
        onKeyDown={onKeyDown}
        onChange={(e) => dispatch({ type: "set-date", at: dayOfNumber(Number(e.target.value)) })}
      />
      <Ticks items={items} min={min} max={max} />
      <div className="slider-ends" aria-hidden="true">
        <span>{range[0].slice(0, 4)}</span>
        <span>{range[1].slice(0, 4)}</span>
      </div>
    </div>
  );
}
