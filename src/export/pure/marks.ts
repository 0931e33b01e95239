// How an exported image draws each thing it shows; its legend (imageLegend.ts) is drawn in the same styles, so the
// picture and its legend cannot disagree. Colours and dashes come from the palette the graph view also draws with.
import type { AgreementKind } from "../../model";
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
export function scaledDash(dash: readonly number[], width: number): readonly number[] {
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
