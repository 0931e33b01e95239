// The time control: the As-of slider over the dataset's span with event ticks, and the timeline strip of agreement
// events and incidents as buttons in date order; a click (or Enter) sets As of. Arrow keys, Home and End move
// between events; the strip scrolls to the As-of date when it changes.
import { type Dispatch, type KeyboardEvent, useEffect, useMemo, useRef } from "react";
import { datasetSpan } from "../../analysis";
import type { Model } from "../../model";
import type { Action } from "../../state";
import { DateSlider } from "./DateSlider";
import { sliderRange, timelineItems } from "./timelineEvents";

interface Props {
  model: Model;
  at: string;
  /** Agreements to show the events of; all when empty. */
  focus: readonly string[];
  dispatch: Dispatch<Action>;
}

export function Timeline({ model, at, focus, dispatch }: Props) {
  const all = useMemo(() => timelineItems(model), [model]);
  const span = useMemo(() => datasetSpan(model), [model]);
  // The range moves only when the date leaves the dataset's span, never while the slider is dragged within it.
  const [low, high] = sliderRange(span, at);
  const items = useMemo(
    () =>
      focus.length === 0
        ? all
        : all.filter((i) => i.kind === "incident" || focus.includes(i.agreement ?? "")),
    [all, focus],
  );
  const list = useRef<HTMLOListElement>(null);
  // The last event on or before the As-of date is the "current" one: it takes the Tab stop and is scrolled to.
  let current = -1;
  items.forEach((item, i) => {
    if (item.day <= at) current = i;
  });
  const tabStop = Math.max(current, 0);

  useEffect(() => {
    const el = list.current?.querySelectorAll<HTMLElement>("button")[tabStop];
    const strip = list.current?.parentElement;
    if (el && strip) strip.scrollLeft = el.offsetLeft - strip.clientWidth / 2 + el.offsetWidth / 2;
  }, [tabStop]);

  // Items are in date order, so those on or before the date are exactly the first `current + 1`: the list changes
  // only when the date crosses an event, not on every slider step.
  const events = useMemo(
    () =>
      items.map((item, i) => (
        <li
          key={item.key}
          className={`${item.kind}${i <= current ? " past" : ""}${i === current ? " current" : ""}`}
        >
          <button
            type="button"
            tabIndex={i === tabStop ? 0 : -1}
            aria-current={i === current ? "date" : undefined}
            onClick={() => dispatch({ type: "set-date", at: item.day })}
            title={`Set As of to ${item.day}`}
          >
            <time dateTime={item.date}>
              {item.date}
              {item.approximate ? " (month)" : ""}
            </time>
            <span className="label">{item.label}</span>
          </button>
        </li>
      )),
    [items, current, tabStop, dispatch],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.min(buttons.length - 1, Math.max(0, next))]?.focus();
  };

  const range = useMemo(() => [low, high] as const, [low, high]);
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">Timeline</h2>
        <DateSlider at={at} range={range} items={items} dispatch={dispatch} />
        <output htmlFor="rf-at">{at}</output>
      </div>
      {items.length === 0 ? null : (
        <div className="timeline-strip">
          <ol
            ref={list}
            onKeyDown={onKeyDown}
            aria-label="Timeline events (choose one to move the date to it)"
          >
            {events}
          </ol>
        </div>
      )}
    </section>
  );
}
