// Keeps the page's URL on the explorer's permalink with history.replaceState, at the pace urlWrites sets.
import { useEffect, useRef } from "react";
import type { Day } from "../../model";
import {
  defaultPermalink,
  type ExplorerState,
  FRESH_URL_CLOCK,
  nextUrlWrite,
  serialisePermalink,
  toPermalink,
  urlWritten,
} from "../../state";

/** Replace the page's query string with `query` (without `?`), keeping its path and hash; no-op when unchanged. */
function replaceQuery(query: string): void {
  const { pathname, search, hash } = window.location;
  const url = `${pathname}${query ? `?${query}` : ""}${hash}`;
  if (url !== `${pathname}${search}${hash}`) window.history.replaceState(window.history.state, "", url);
}

/**
 * Write `state`'s permalink into the URL after every change; values equal to a fresh explorer's on `startDay` are
 * left out. A date-only write still waiting when the page is left is written then.
 */
export function useUrlSync(state: ExplorerState, startDay: Day): void {
  const clock = useRef(FRESH_URL_CLOCK);
  const pending = useRef<{ timer: number; write: () => void } | null>(null);
  useEffect(() => {
    const defaults = defaultPermalink(startDay);
    const query = serialisePermalink(toPermalink(state), defaults);
    const rest = serialisePermalink(toPermalink({ ...state, at: startDay }), defaults);
    const next = nextUrlWrite(clock.current, rest, performance.now());
    clock.current = next.clock;
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
    const write = () => {
      pending.current = null;
      clock.current = urlWritten(clock.current, next.dateOnly, performance.now());
      replaceQuery(query);
    };
    if (next.delay > 0) pending.current = { timer: window.setTimeout(write, next.delay), write };
    else write();
  }, [state, startDay]);
  useEffect(() => {
    const flush = () => pending.current?.write();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, []);
}
