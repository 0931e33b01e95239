// The route timeline strip of the query's pair and topic: a lane per candidate route coloured by its status over
// time, the dataset's events as ticks; a click on the strip, or a change chosen in the list, sets the As-of date.
import { type Dispatch, useMemo } from "react";
import {
  dayAtX,
  intervalWords,
  pairWords,
  ROUTE_TIMELINE_LEGEND,
  routeLanes,
  routeTimelineDrawing,
  routeTimelinePicture,
  settingsWords,
  timelineRange,
} from "../../export/pure/panels";
import { compareDays, type Model } from "../../model";
import { parseRouteKey } from "../../routing";
import type { Action, ExplorerState } from "../../state";
import { today } from "../shell/today";
import { timelineItems } from "../timeline/timelineEvents";
import { PanelFrame } from "./PanelFrame";
import { PictureSvg } from "./PictureSvg";
import { jobOptions } from "./question";
import { moveBetweenButtons } from "./rovingKeys";
import { useJob } from "./useJob";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

/** The strip's width in picture units; it is drawn to the panel's width. */
const WIDTH = 760;

export function RouteTimelinePanel({ model, state, dispatch }: Props) {
  const { query, at } = state;
  const job = query ? { kind: "timeline" as const, ...query, options: jobOptions(state) } : null;
  const { result, last, pending, error } = useJob(model, job);
  const timeline = result ?? last;
  const lanes = useMemo(() => (timeline ? routeLanes(timeline) : []), [timeline]);
  // Ticks for the events of the agreements the lanes use, and the dataset's incidents.
  const events = useMemo(() => {
    const used = new Set(lanes.flatMap((lane) => parseRouteKey(lane.key)?.map((hop) => hop.agreement) ?? []));
    return timelineItems(model)
      .filter((item) => item.kind === "incident" || used.has(item.agreement ?? ""))
      .map((item) => ({ day: item.day, label: item.label }));
  }, [model, lanes]);
  const range = useMemo(
    () =>
      timeline
        ? timelineRange(
            timeline,
            events.map((e) => e.day),
            at,
            today(),
          )
        : null,
    [timeline, events, at],
  );
  const drawn = useMemo(
    () => (range ? routeTimelineDrawing({ model, lanes, events, at, range, width: WIDTH }) : null),
    [model, lanes, events, at, range],
  );
  const close = () => dispatch({ type: "show-route-timeline", show: false });
  if (!query) {
    return (
      <PanelFrame title="Route timeline" name="timeline" picture={null} fileQuery={{}} onClose={close}>
        <p className="hint">Find routes first: the timeline follows the query's pair and topic.</p>
      </PanelFrame>
    );
  }
  const title = `Route timeline: ${pairWords(model, query.from, query.to)}`;
  const current = timeline?.intervals.findIndex(
    (i) => compareDays(i.from, at) <= 0 && (i.to === null || compareDays(at, i.to) <= 0),
  );
  return (
    <PanelFrame
      title={title}
      about={`${settingsWords(model, query.topic, jobOptions(state))}. Click the strip or choose a change to move the date.`}
      name="timeline"
      picture={
        timeline && range
          ? () => routeTimelinePicture({ model, timeline, lanes, events, at, range, width: WIDTH })
          : null
      }
      fileQuery={{ ...query, at }}
      onClose={close}
      pending={pending}
      shown={timeline !== null}
      error={error}
      legend={ROUTE_TIMELINE_LEGEND}
    >
      {drawn && lanes.length === 0 ? (
        <p className="muted">No candidate route within {state.maxHops} hops.</p>
      ) : null}
      {drawn && lanes.length > 0 ? (
        <PictureSvg
          className="route-timeline-strip"
          picture={{ ...drawn.drawing, title: `${title}, ${lanes.length} routes` }}
          onPick={({ x }) => dispatch({ type: "set-date", at: dayAtX(drawn.axis, x) })}
        />
      ) : null}
      {timeline ? (
        <ol
          className="interval-list"
          aria-label="Changes (choose one to move the date to it)"
          onKeyDown={moveBetweenButtons}
        >
          {timeline.intervals.map((interval, i) => (
            <li key={interval.from} className={i === current ? "current" : undefined}>
              <button
                type="button"
                tabIndex={i === Math.max(0, current ?? 0) ? 0 : -1}
                aria-current={i === current ? "date" : undefined}
                onClick={() => dispatch({ type: "set-date", at: interval.from })}
              >
                {intervalWords(model, interval)}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </PanelFrame>
  );
}
