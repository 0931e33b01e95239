// The analysis pictures' palette (Okabe–Ito, like the graph's): best route kinds, a route's status over time, and
// what a comparison of two dates gained, lost or changed. Shared by the panels, their images and the graph overlay.
import type { BestKind } from "../../../analysis/types";

/** A pair's best route kind; the paler tone when every permitted route carries a condition or a warning. */
export const BEST_COLOURS: Readonly<Record<BestKind, { plain: string; conditional: string }>> = {
  direct: { plain: "#0072B2", conditional: "#7fb8d8" },
  relayed: { plain: "#CC79A7", conditional: "#e8c2d7" },
  none: { plain: "#f1f3f5", conditional: "#f1f3f5" },
};

/** A candidate route's state on a stretch of days. */
export const LANE_COLOURS = {
  permitted: "#009E73",
  conditional: "#7fceb9",
  blocked: "#e3e7ec",
  warning: "#E69F00",
} as const;

/** Routes and channels a later date gained, lost or changed against an earlier one. */
export const CHANGE_COLOURS = { gained: "#009E73", lost: "#D55E00", changed: "#E69F00" } as const;

export const INK = "#1f2328";
export const MUTED = "#57606a";
export const GRID = "#d0d7de";
export const AS_OF = "#0969da";
