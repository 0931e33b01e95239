// The timeline strip: a page of event buttons in date order around the As-of date, with their count and buttons for
// the earlier and later pages. A click (or Enter) sets As of; arrow keys, Home and End move between all the events,
// turning the page when they leave it; the strip scrolls to the As-of date when it changes.
import { type Dispatch, type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import type { Action } from "../../state";
import { pageStart, pageWords, STRIP_PAGE } from "./stripWindow";
import type { TimelineItem } from "./timelineEvents";

interface Props {
  /** The events, sorted by day. */
  items: readonly TimelineItem[];
  /** Index of the last event on or before the As-of date, or -1. */
  current: number;
  dispatch: Dispatch<Action>;
}

/** A page turned by hand, and the event a key moved to; it holds while the events and the current one stay. */
interface Turned {
  items: readonly TimelineItem[];
  current: number;
  start: number;
  focus: number | null;
}

export function TimelineStrip({ items, current, dispatch }: Props) {
  const [turned, setTurned] = useState<Turned | null>(null);
  // Once the date crosses an event (or the events change), the page follows the date again.
  const own = turned && turned.items === items && turned.current === current ? turned : null;
  const home = pageStart(current, items.length);
  const start = own ? own.start : home;
  const end = Math.min(items.length, start + STRIP_PAGE);
  const focus = own?.focus ?? null;
  const tabStop = focus ?? (current >= start && current < end ? current : start);
  const list = useRef<HTMLOListElement>(null);

  const turn = (from: number, to: number | null) =>
    setTurned({
      items,
      current,
      start: Math.min(Math.max(0, items.length - STRIP_PAGE), Math.max(0, from)),
      focus: to,
    });

  // Scroll to the tab stop when it changes (the date crossed an event, a page turned); focus it when a key moved.
  // The scroll waits for the next frame, whose layout it reads, rather than forcing one in the middle of an update.
  useEffect(() => {
    const el = list.current?.children[tabStop - start]?.querySelector("button");
    if (el && focus !== null) el.focus();
    const frame = requestAnimationFrame(() => {
      const strip = list.current?.parentElement;
      if (el && strip) strip.scrollLeft = el.offsetLeft - strip.clientWidth / 2 + el.offsetWidth / 2;
    });
    return () => cancelAnimationFrame(frame);
  }, [tabStop, start, focus]);

  // Only a page of events is built, and again only when the date crosses an event, not on every slider step.
  const events = useMemo(
    () =>
      items.slice(start, end).map((item, offset) => {
        const i = start + offset;
        return (
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
        );
      }),
    [items, start, end, current, tabStop, dispatch],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const here = start + index;
    const next = { ArrowRight: here + 1, ArrowLeft: here - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const to = Math.min(items.length - 1, Math.max(0, next));
    turn(to >= start && to < end ? start : pageStart(to, items.length), to);
  };

  const paged = items.length > STRIP_PAGE;
  return (
    <>
      {paged ? (
        <div className="strip-pager">
          <button type="button" disabled={start === 0} onClick={() => turn(start - STRIP_PAGE, null)}>
            Earlier events
          </button>
          <span>{pageWords(start, end - start, items.length)}</span>
          <button
            type="button"
            disabled={end === items.length}
            onClick={() => turn(start + STRIP_PAGE, null)}
          >
            Later events
          </button>
          {start !== home ? (
            <button type="button" onClick={() => setTurned(null)}>
              Events at the As-of date
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="timeline-strip">
        <ol ref={list} onKeyDown={onKeyDown} aria-label="Timeline events (choose one to move the date to it)">
          {events}
        </ol>
      </div>
    </>
  );
}
