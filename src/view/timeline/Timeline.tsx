// The time control: the As-of slider over the dataset's span with event ticks, and the timeline strip of the events
// of the agreements in focus (all, without a query) and the incidents, a page of them around the As-of date.
import { type Dispatch, useDeferredValue, useMemo } from "react";
import { datasetSpan } from "../../analysis";
import type { Model } from "../../model";
import type { Action } from "../../state";
import { DateSlider } from "./DateSlider";
import { currentIndex } from "./stripWindow";
import { TimelineStrip } from "./TimelineStrip";
import { sliderRange, timelineItems } from "./timelineEvents";

interface Props {
  model: Model;
  at: string;
  /** Agreements to show the events of; all when empty. */
  focus: readonly string[];
  dispatch: Dispatch<Action>;
}

/**
 * The timeline of a new dataset is built in a render of its own after the rest of the page has taken the dataset
 * (listing and sorting 100,000 events takes a while), with a note in its place meanwhile.
 */
export function Timeline(props: Props) {
  const shown = useDeferredValue(props.model);
  if (shown !== props.model) {
    return (
      <section className="timeline" aria-labelledby="timeline-heading" aria-busy="true">
        <div className="timeline-head">
          <h2 id="timeline-heading">Timeline</h2>
          <p className="muted">Listing the events…</p>
        </div>
      </section>
    );
  }
  return <TimelineOf {...props} />;
}

function TimelineOf({ model, at, focus, dispatch }: Props) {
  const all = useMemo(() => timelineItems(model), [model]);
  const span = useMemo(() => datasetSpan(model), [model]);
  // The range moves only when the date leaves the dataset's span, never while the slider is dragged within it.
  const [low, high] = sliderRange(span, at);
  // By the ids, not the list: an As-of step finds the routes again, in a new list of the same agreements.
  const focusKey = focus.join("\n");
  const items = useMemo(() => {
    if (focusKey === "") return all;
    const shown = new Set(focusKey.split("\n"));
    return all.filter((i) => i.kind === "incident" || shown.has(i.agreement ?? ""));
  }, [all, focusKey]);
  // The last event on or before the As-of date is the "current" one: the strip's page is around it.
  const current = currentIndex(items, at);
  const range = useMemo(() => [low, high] as const, [low, high]);
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">Timeline</h2>
        <DateSlider at={at} range={range} items={items} dispatch={dispatch} />
        <output htmlFor="rf-at">{at}</output>
      </div>
      {items.length === 0 ? null : <TimelineStrip items={items} current={current} dispatch={dispatch} />}
    </section>
  );
}
