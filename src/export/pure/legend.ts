// What the explorer's legend explains, as plain data: every colour, line style and mark the graph view may draw.
// (An exported image has a legend of its own, of exactly what it shows: imageLegend.ts.)

import { AGREEMENT_KINDS, kindWords } from "../../model";
import type { GraphDetail } from "./detail";
import { backdropSwatch } from "./imageLegend";
import { COLOURS, DASH, KIND_COLOURS } from "./palette";

/** A legend swatch: a line in a style, or a party's shape. */
export type LegendSwatch =
  | {
      type: "line";
      colour: string;
      /** Dash pattern in swatch units; null for a solid line. */
      dash: readonly number[] | null;
      width: number;
      opacity: number;
      arrow: boolean;
      halo: string | null;
    }
  | {
      type: "node";
      shape: "ellipse" | "round-rectangle";
      fill: string;
      border: string;
      ring: boolean;
    };

export interface LegendItem {
  id: string;
  label: string;
  group: "Agreement kind" | "Line" | "Party" | "On the map";
  swatch: LegendSwatch;
  /** Listed only when the graph draws at this level of detail (what it draws only there). */
  detail?: GraphDetail;
}

const line = (
  colour: string,
  extra: Partial<Extract<LegendSwatch, { type: "line" }>> = {},
): LegendSwatch => ({
  type: "line",
  colour,
  dash: null,
  width: 3,
  opacity: 1,
  arrow: false,
  halo: null,
  ...extra,
});

/** Every item of the legend, grouped in display order; an item with a `detail` is listed only at that detail. */
export const LEGEND_ITEMS: readonly LegendItem[] = [
  ...AGREEMENT_KINDS.map(
    (kind): LegendItem => ({
      id: `kind-${kind}`,
      group: "Agreement kind",
      label: kindWords(kind),
      swatch: line(KIND_COLOURS[kind]),
    }),
  ),
  { id: "binding", group: "Line", label: "Legally binding", swatch: line(COLOURS.muted) },
  {
    id: "non-binding",
    group: "Line",
    label: "Non-binding",
    swatch: line(COLOURS.muted, { dash: DASH.nonBinding }),
  },
  {
    id: "technical",
    group: "Line",
    label: "Technical mechanism",
    swatch: line(COLOURS.muted, { dash: DASH.technical }),
  },
  {
    id: "inactive",
    group: "Line",
    label: "Not in force on the date (faded)",
    swatch: line(COLOURS.muted, { opacity: 0.3 }),
  },
  {
    id: "backdrop",
    group: "Line",
    label: "Agreements between two parties, one grey line a pair",
    swatch: (() => {
      const { style } = backdropSwatch("backdrop");
      return line(style.colour, { width: style.width, opacity: style.opacity });
    })(),
    detail: "network",
  },
  {
    id: "route",
    group: "On the map",
    label: "Selected route, in the direction information travels",
    swatch: line(COLOURS.ink, { width: 4, arrow: true, halo: COLOURS.routeHalo }),
  },
  {
    id: "blocked",
    group: "On the map",
    label: "Blocked candidate route",
    swatch: line(COLOURS.blocked, { dash: DASH.blocked }),
  },
  {
    id: "disabled",
    group: "On the map",
    label: "Switched off by the scenario",
    swatch: line(COLOURS.disabled, { opacity: 0.6 }),
  },
  {
    id: "state",
    group: "Party",
    label: "State",
    swatch: { type: "node", shape: "ellipse", fill: COLOURS.node, border: COLOURS.nodeBorder, ring: false },
  },
  {
    id: "organisation",
    group: "Party",
    label: "Organisation",
    swatch: {
      type: "node",
      shape: "round-rectangle",
      fill: COLOURS.organisation,
      border: COLOURS.nodeBorder,
      ring: false,
    },
  },
  {
    id: "hub",
    group: "Party",
    label: "Hub that relays between spokes (dot at the hub end)",
    swatch: { type: "node", shape: "ellipse", fill: COLOURS.node, border: COLOURS.nodeBorder, ring: true },
  },
  {
    id: "endpoint",
    group: "Party",
    label: "Sender and receiver of the query",
    swatch: { type: "node", shape: "ellipse", fill: COLOURS.endpoint, border: COLOURS.endpoint, ring: false },
  },
];
