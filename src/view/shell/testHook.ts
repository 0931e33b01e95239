// The end-to-end tests' window into the graph: set only in builds made with `--mode test`, never in production.
import type { Core } from "cytoscape";

declare global {
  interface Window {
    /** The live Cytoscape instance, for tests only. */
    __liaison?: { cy: Core };
  }
}

/** Expose the graph to tests in a test build; does nothing (and is removed by the minifier) otherwise. */
export function exposeForTests(cy: Core): void {
  if (import.meta.env.MODE === "test") window.__liaison = { cy };
}
