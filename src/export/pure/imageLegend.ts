// What an exported image's legend says of each thing it may show, drawn in the very styles the picture uses
// (marks.ts), and the legend of a picture: only the entries for the marks its elements carry.
import { AGREEMENT_KINDS, kindWords } from "../../model";
import { type LineRole, type LineStyle, lineStyle, type NodeStyle, nodeStyle, scaledDash } from "./marks";
import { COLOURS, DASH } from "./palette";

/** A legend swatch: a line drawn in a style, a party's shape, or a route number. */
export type Swatch =
  | { type: "line"; style: LineStyle; cross: boolean }
  | { type: "node"; style: NodeStyle; organisation: boolean; ring: boolean }
  | { type: "badge"; text: string };

export interface LegendEntry {
  /** The mark the picture's elements carry (`data-marks`), e.g. "selected", "kind-arrangement". */
  mark: string;
  label: string;
  swatch: Swatch;
}

/** The neutral colour route swatches are drawn in, since their colour says the agreement's kind. */
const routeSwatch = (role: LineRole): Swatch => ({
  type: "line",
  style: { ...lineStyle(role, "security-agreement", "binding"), colour: COLOURS.ink },
  cross: false,
});
const greyLine = (dash: readonly number[] | null): Swatch => ({
  type: "line",
  style: {
    ...lineStyle("network", "security-agreement", "binding"),
    colour: COLOURS.muted,
    dash: dash && scaledDash(dash, 2),
  },
  cross: false,
});

/**
 * A backdrop line as its legend shows it: one line alone, twice as dark as each of the many on the picture, whose
 * grey is what they make together; a single hairline at their opacity would not be seen.
 */
export function backdropSwatch(role: "backdrop" | "backdrop-inactive"): Extract<Swatch, { type: "line" }> {
  const style = lineStyle(role, "forum", "binding");
  return { type: "line", style: { ...style, opacity: style.opacity * 2 }, cross: false };
}

/** Every entry a legend may have, in the order it lists them. */
export const LEGEND_ENTRIES: readonly LegendEntry[] = [
  { mark: "selected", label: "Selected route (arrow: direction)", swatch: routeSwatch("selected") },
  { mark: "route", label: "Permitted route (arrow: direction)", swatch: routeSwatch("route") },
  { mark: "route-light", label: "Other permitted route", swatch: routeSwatch("route-light") },
  { mark: "badge", label: "Route number, as in the subtitle", swatch: { type: "badge", text: "1" } },
  {
    mark: "selected-blocked",
    label: "Selected route, blocked (× where blocked)",
    // No arrowhead: the swatch is too short to hold one beside its dashes and ×.
    swatch: {
      type: "line",
      style: { ...lineStyle("selected-blocked", "security-agreement", "binding"), arrow: false },
      cross: true,
    },
  },
  {
    mark: "blocked",
    label: "Blocked candidate (× where blocked)",
    swatch: { type: "line", style: lineStyle("blocked", "security-agreement", "binding"), cross: true },
  },
  ...AGREEMENT_KINDS.map(
    (kind): LegendEntry => ({
      mark: `kind-${kind}`,
      label: kindWords(kind),
      // The colour alone: the line style has entries of its own.
      swatch: {
        type: "line",
        style: { ...lineStyle("route", kind, "binding"), dash: null, arrow: false },
        cross: false,
      },
    }),
  ),
  { mark: "line-binding", label: "Solid: legally binding", swatch: greyLine(null) },
  { mark: "line-non-binding", label: "Dashed: non-binding", swatch: greyLine(DASH.nonBinding) },
  { mark: "line-technical", label: "Dotted: technical mechanism", swatch: greyLine(DASH.technical) },
  { mark: "line-unknown", label: "Dash-dot: legal nature unknown", swatch: greyLine(DASH.unknown) },
  {
    mark: "context",
    label: "Other agreement in force",
    swatch: { type: "line", style: lineStyle("context", "forum", "binding"), cross: false },
  },
  {
    mark: "inactive",
    label: "Agreement not in force on the date",
    swatch: { type: "line", style: lineStyle("inactive", "forum", "binding"), cross: false },
  },
  {
    mark: "disabled",
    label: "Switched off by the scenario",
    swatch: { type: "line", style: lineStyle("disabled", "forum", "binding"), cross: false },
  },
  {
    mark: "backdrop",
    label: "Agreements in force between two parties (one line a pair)",
    swatch: backdropSwatch("backdrop"),
  },
  {
    mark: "backdrop-inactive",
    label: "Agreements between two parties, none in force",
    swatch: backdropSwatch("backdrop-inactive"),
  },
  ...(["endpoint", "relay", "party"] as const).map(
    (role): LegendEntry => ({
      mark: role,
      label: { endpoint: "Sender and receiver", relay: "Intermediary", party: "Other party" }[role],
      swatch: { type: "node", style: nodeStyle(role), organisation: false, ring: false },
    }),
  ),
  {
    mark: "hub",
    label: "Hub that relays (ring)",
    swatch: { type: "node", style: nodeStyle("relay"), organisation: false, ring: true },
  },
  {
    mark: "state",
    label: "State",
    swatch: { type: "node", style: nodeStyle("party"), organisation: false, ring: false },
  },
  {
    mark: "organisation",
    label: "Organisation",
    swatch: { type: "node", style: nodeStyle("party"), organisation: true, ring: false },
  },
];

/**
 * The legend of a picture whose elements carry `marks`: the entries for those marks, in legend order. "State" is
 * listed only beside "Organisation", since the shapes need saying only when both are there. No marks give none.
 */
export function legendOf(marks: ReadonlySet<string>): LegendEntry[] {
  return LEGEND_ENTRIES.filter(
    (entry) => marks.has(entry.mark) && (entry.mark !== "state" || marks.has("organisation")),
  );
}
