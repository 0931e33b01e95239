// How an exported image draws each thing it shows, and what its legend says of it: one table, so that the picture
// and its legend cannot disagree. Colours and dashes come from the palette the graph view also draws with.
import { AGREEMENT_KINDS, type AgreementKind, kindWords } from "../../model";
import { COLOURS, DASH, KIND_COLOURS } from "./palette";

/** What a line in the picture is: a hop of a permitted route (selected, plain or lighter), of the selected route
 * when it is blocked, a blocked candidate's hop, or the network around them (agreements in force, not in force,
 * switched off; or, without a query, the network itself in the agreements' colours; or, for a large network, one
 * faint grey line a pair, with or without an agreement in force); or the leader line from a party to its name moved
 * away. */
export type LineRole =
  | "selected"
  | "route"
  | "route-light"
  | "selected-blocked"
  | "blocked"
  | "network"
  | "context"
  | "inactive"
  | "disabled"
  | "backdrop"
  | "backdrop-inactive"
  | "leader";

/** A party's part in the picture. */
export type NodeRole = "endpoint" | "relay" | "party" | "disabled";

export type LegalNature = "binding" | "non-binding" | "unknown";

/** How a line is drawn, in image units. */
export interface LineStyle {
  colour: string;
  width: number;
  /** Dash pattern, null for a solid line. */
  dash: readonly number[] | null;
  opacity: number;
  /** A wide glow under the line (the selected route). */
  halo: { colour: string; width: number; opacity: number } | null;
  /** An arrowhead at the receiving end. */
  arrow: boolean;
}

/** How a party is drawn, in image units. */
export interface NodeStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  /** Radius of a state's circle; an organisation's box is wider. */
  radius: number;
  opacity: number;
  labelSize: number;
  labelBold: boolean;
  labelColour: string;
}

/** Roles drawn in the agreement's colour and line style; the others have a colour of their own. */
const COLOURED: ReadonlySet<LineRole> = new Set(["selected", "route", "route-light", "network"]);

/** The line style of an agreement: dotted for a technical mechanism, else by its legal nature. */
export function lineMark(kind: AgreementKind, nature: LegalNature): string {
  if (kind === "technical-mechanism") return "line-technical";
  return `line-${nature}`;
}

const LINE_DASH: Readonly<Record<string, readonly number[] | null>> = {
  "line-binding": null,
  "line-non-binding": DASH.nonBinding,
  "line-technical": DASH.technical,
  "line-unknown": DASH.unknown,
};

const BASE: Readonly<Record<LineRole, Omit<LineStyle, "colour" | "dash"> & { colour?: string }>> = {
  selected: {
    width: 5,
    opacity: 1,
    halo: { colour: COLOURS.routeHalo, width: 15, opacity: 0.9 },
    arrow: true,
  },
  route: { width: 4, opacity: 1, halo: null, arrow: true },
  "route-light": { width: 3, opacity: 0.45, halo: null, arrow: true },
  // In the blocked candidates' colour and dashes, as wide as a route and haloed as the selected one.
  "selected-blocked": {
    colour: COLOURS.blocked,
    width: 4,
    opacity: 1,
    halo: { colour: COLOURS.routeHalo, width: 13, opacity: 0.6 },
    arrow: true,
  },
  blocked: { colour: COLOURS.blocked, width: 2, opacity: 0.95, halo: null, arrow: false },
  network: { width: 2, opacity: 0.9, halo: null, arrow: false },
  context: { colour: COLOURS.context, width: 1.25, opacity: 0.9, halo: null, arrow: false },
  inactive: { colour: COLOURS.context, width: 1.25, opacity: 0.5, halo: null, arrow: false },
  disabled: { colour: COLOURS.disabled, width: 1.5, opacity: 0.8, halo: null, arrow: false },
  backdrop: { colour: COLOURS.muted, width: 1, opacity: 0.3, halo: null, arrow: false },
  "backdrop-inactive": { colour: COLOURS.muted, width: 1, opacity: 0.12, halo: null, arrow: false },
  leader: { colour: COLOURS.ink, width: 1, opacity: 1, halo: null, arrow: false },
};

/** Roles drawn in the blocked candidates' dashes, with a × where blocked. */
export const BLOCKED_ROLES: ReadonlySet<LineRole> = new Set(["selected-blocked", "blocked"]);

/** The palette's dashes are for the graph view's 2.5-unit lines: wider lines get longer dashes, so they still read. */
function scaledDash(dash: readonly number[], width: number): readonly number[] {
  const k = Math.max(1, width / 2.5);
  return dash.map((d) => Math.round(d * k * 10) / 10);
}

/** The style of a line of `role` for an agreement of `kind` and legal nature. */
export function lineStyle(role: LineRole, kind: AgreementKind, nature: LegalNature): LineStyle {
  const base = BASE[role];
  const coloured = COLOURED.has(role);
  const dash = coloured ? LINE_DASH[lineMark(kind, nature)]! : BLOCKED_ROLES.has(role) ? DASH.blocked : null;
  return {
    ...base,
    colour: coloured ? KIND_COLOURS[kind] : base.colour!,
    dash: dash && scaledDash(dash, base.width),
  };
}

/**
 * The legend marks a line carries: its role, and for the coloured roles its kind and line style (the network of a
 * picture without a query is said by its colours and line styles alone).
 */
export function lineMarks(role: LineRole, kind: AgreementKind, nature: LegalNature): string[] {
  if (!COLOURED.has(role)) return [role];
  const look = [`kind-${kind}`, lineMark(kind, nature)];
  return role === "network" ? look : [role, ...look];
}

const NODE: Readonly<Record<NodeRole, NodeStyle>> = {
  endpoint: {
    fill: COLOURS.endpoint,
    stroke: COLOURS.endpoint,
    strokeWidth: 2,
    dashed: false,
    radius: 9,
    opacity: 1,
    labelSize: 14,
    labelBold: true,
    labelColour: COLOURS.ink,
  },
  relay: {
    fill: COLOURS.node,
    stroke: COLOURS.endpoint,
    strokeWidth: 3,
    dashed: false,
    radius: 8,
    opacity: 1,
    labelSize: 13,
    labelBold: true,
    labelColour: COLOURS.ink,
  },
  party: {
    fill: COLOURS.node,
    stroke: COLOURS.nodeBorder,
    strokeWidth: 1.5,
    dashed: false,
    radius: 6,
    opacity: 0.85,
    labelSize: 11,
    labelBold: false,
    labelColour: COLOURS.muted,
  },
  disabled: {
    fill: COLOURS.disabled,
    stroke: COLOURS.nodeBorder,
    strokeWidth: 1.5,
    dashed: true,
    radius: 6,
    opacity: 0.85,
    labelSize: 11,
    labelBold: false,
    labelColour: COLOURS.muted,
  },
};

/** The style of a party of `role`. */
export function nodeStyle(role: NodeRole): NodeStyle {
  return NODE[role];
}

/** An organisation's box is this much wider than a state's circle, so the two shapes read apart. */
export const ORGANISATION_WIDTH = 1.5;

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
