// The graph's own work (elements, applying and arranging them, the network's backdrop) as performance measures,
// which a profile or a benchmark can read apart from the rest of the page's.

/** The name of the performance measures of the graph's own work. */
export const GRAPH_MEASURE = "liaison graph";

/** `work()`, recorded as a performance measure of the graph's own work. */
export function measured<T>(work: () => T): T {
  const started = performance.now();
  const out = work();
  performance.measure(GRAPH_MEASURE, { start: started });
  return out;
}

/** Record the graph's own work from `started` (a `performance.now()`) until now. */
measured.since = (started: number): void => {
  performance.measure(GRAPH_MEASURE, { start: started });
};
