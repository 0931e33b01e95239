// Colours and line styles of the graph, shared by the Cytoscape stylesheet, the legend, the world map and image
// export.
import type { AgreementKind } from "../../model";

/**
 * Agreement kinds drawn in the Okabe–Ito palette, which stays distinguishable under the common colour-vision
 * deficiencies; vermillion is kept back for blocked routes and yellow for the route halo.
 */
export const KIND_COLOURS: Readonly<Record<AgreementKind, string>> = {
  "security-agreement": "#0072B2",
  arrangement: "#E69F00",
  "technical-mechanism": "#009E73",
  "multilateral-agreement": "#CC79A7",
  forum: "#56B4E9",
};

export const COLOURS = {
  ink: "#1f2328",
  muted: "#6e7781",
  node: "#ffffff",
  nodeBorder: "#57606a",
  organisation: "#eaeef2",
  endpoint: "#1f2328",
  selection: "#0969da",
  blocked: "#D55E00",
  routeHalo: "#F0E442",
  disabled: "#afb8c1",
  /** The network around a query's routes in an exported image: present, but out of the way. */
  context: "#a9b2bc",
  labelBackground: "#ffffff",
  land: "#eef1f4",
  landParty: "#dde5ee",
  border: "#ffffff",
  water: "#fbfcfd",
} as const;

/** Text around an exported picture: title and legend, and the quieter subtitle and credits. */
export const FRAME_TEXT = "#1a1a1a";
export const FRAME_MUTED = "#4d4d4d";

/**
 * Dash patterns in model units: binding is solid, non-binding dashed, technical mechanisms dotted, an unknown
 * legal nature dash-dotted; blocked candidates in short dashes of their own colour.
 */
export const DASH = {
  nonBinding: [7, 4],
  technical: [1.5, 3.5],
  unknown: [8, 3, 1.5, 3],
  blocked: [3, 3],
} as const;
