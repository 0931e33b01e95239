// The Cytoscape stylesheet: how the classes given by toElements look. Later rules win, so the order below is the
// order of precedence (kind, then status, then highlight). Drawing order follows z-index alone (edges 1–15, nodes
// 20, the selected route's hops 30, its parties 40), so a route and its labels are drawn over the dimmed parties.
import type { StylesheetJson } from "cytoscape";
import { COLOURS, DASH, KIND_COLOURS } from "../../export/pure";
import { CHANGE_COLOURS } from "../../export/pure/panels/colours";
import { AGREEMENT_KINDS } from "../../model";
import { CLASSES, labelClass, ORGANISATION } from "./classes";

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const NODE_SIZE = 20;

/** The stylesheet for the graph view and for image export; a fresh array on each call. */
export function graphStyle(): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        width: NODE_SIZE,
        height: NODE_SIZE,
        shape: "ellipse",
        "background-color": COLOURS.node,
        "border-width": 2,
        "border-color": COLOURS.nodeBorder,
        label: "data(label)",
        "font-family": FONT,
        "font-size": 13,
        color: COLOURS.ink,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
        "text-background-color": COLOURS.labelBackground,
        "text-background-opacity": 0.85,
        "text-background-padding": "2px",
        "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": 7,
        "z-index-compare": "manual",
        "z-index": 20,
      },
    },
    { selector: `node.${labelClass("top")}`, style: { "text-valign": "top", "text-margin-y": -4 } },
    {
      selector: `node.${labelClass("left")}`,
      style: { "text-valign": "center", "text-halign": "left", "text-margin-x": -6, "text-margin-y": 0 },
    },
    {
      selector: `node.${labelClass("right")}`,
      style: { "text-valign": "center", "text-halign": "right", "text-margin-x": 6, "text-margin-y": 0 },
    },
    {
      selector: `node.${labelClass("away")}`,
      style: { "text-valign": "center", "text-halign": "center", "text-margin-y": 0 },
    },
    { selector: `node.${labelClass("none")}`, style: { label: "" } },
    {
      selector: `node.${ORGANISATION}`,
      style: { shape: "round-rectangle", width: 26, height: 18, "background-color": COLOURS.organisation },
    },
    {
      selector: `node.${CLASSES.hub}`,
      style: { "outline-width": 2, "outline-color": COLOURS.ink, "outline-offset": 2, "outline-opacity": 1 },
    },
    {
      selector: "edge",
      style: {
        width: 2.5,
        "curve-style": "bezier",
        "control-point-step-size": 14,
        "line-color": COLOURS.muted,
        "line-cap": "round",
        opacity: 0.9,
        "arrow-scale": 0.9,
        "font-family": FONT,
        "font-size": 11,
        color: COLOURS.ink,
        "text-background-color": COLOURS.labelBackground,
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
        "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": 7,
        // Labels run along the edge, just off the line, so they never cover it or its arrow.
        "text-rotation": "autorotate",
        "text-margin-y": -10,
        "z-index-compare": "manual",
        "z-index": 1,
      },
    },
    ...AGREEMENT_KINDS.map((kind) => ({
      selector: `edge.${kind}`,
      style: {
        "line-color": KIND_COLOURS[kind],
        "target-arrow-color": KIND_COLOURS[kind],
        "source-arrow-color": KIND_COLOURS[kind],
      },
    })),
    // A forum links every member to every other: thin and light, so it reads as a backdrop to the agreements.
    { selector: "edge.forum", style: { width: 1.25, opacity: 0.5 } },
    {
      selector: `edge.${CLASSES.nonBinding}`,
      style: { "line-style": "dashed", "line-dash-pattern": [...DASH.nonBinding] },
    },
    {
      selector: "edge.technical-mechanism",
      style: { "line-style": "dashed", "line-dash-pattern": [...DASH.technical] },
    },
    { selector: `edge.${CLASSES.hubAtTarget}`, style: { "target-arrow-shape": "circle" } },
    { selector: `edge.${CLASSES.hubAtSource}`, style: { "source-arrow-shape": "circle" } },
    { selector: `edge.${CLASSES.inactive}`, style: { opacity: 0.28 } },
    {
      selector: `node.${CLASSES.network}`,
      style: {
        width: 12,
        height: 12,
        "border-width": 1,
        "font-size": 11,
        "min-zoomed-font-size": 9,
        "text-background-opacity": 0,
      },
    },
    {
      selector: [CLASSES.inAnswer, CLASSES.onRoute, CLASSES.origin, CLASSES.destination, CLASSES.selected]
        .map((c) => `node.${CLASSES.network}.${c}`)
        .join(", "),
      style: { "text-background-opacity": 0.85 },
    },
    // The names of the question's parties and of the route drawn stay however far the view is zoomed out.
    {
      selector: [CLASSES.inAnswer, CLASSES.onRoute, CLASSES.origin, CLASSES.destination, CLASSES.selected]
        .map((c) => `.${c}`)
        .join(", "),
      style: { "min-zoomed-font-size": 0 },
    },
    {
      selector: `.${CLASSES.disabled}`,
      style: { "line-color": COLOURS.disabled, "background-color": COLOURS.disabled, opacity: 0.5 },
    },
    { selector: `node.${CLASSES.disabled}`, style: { "border-style": "dashed", color: COLOURS.muted } },
    {
      selector: `edge.${CLASSES.blockedRoute}`,
      style: {
        "line-color": COLOURS.blocked,
        "target-arrow-color": COLOURS.blocked,
        "source-arrow-color": COLOURS.blocked,
        "line-style": "dashed",
        "line-dash-pattern": [...DASH.blocked],
        opacity: 0.95,
        width: 2.5,
        "z-index": 5,
      },
    },
    { selector: `edge.${CLASSES.context}`, style: { opacity: 0.16 } },
    { selector: `node.${CLASSES.context}`, style: { opacity: 0.55 } },
    {
      selector: `edge.${CLASSES.inAnswer}`,
      style: { width: 4, opacity: 1, "z-index": 10 },
    },
    {
      selector: `node.${CLASSES.inAnswer}`,
      style: { "border-width": 3, "border-color": COLOURS.ink, "font-weight": "bold" },
    },
    { selector: `.${CLASSES.dimmed}`, style: { opacity: 0.16 } },
    { selector: `node.${CLASSES.dimmed}`, style: { opacity: 0.35 } },
    // A comparison's marks: a halo in the change's colour, drawn whatever the edge's fading.
    ...(["gained", "lost", "changed"] as const).map((change) => ({
      selector: `edge.${CLASSES[change]}`,
      style: {
        "underlay-color": CHANGE_COLOURS[change],
        "underlay-padding": 5,
        "underlay-opacity": 0.55,
        opacity: 1,
        "z-index": 12,
      },
    })),
    {
      selector: `node.${CLASSES.origin}, node.${CLASSES.destination}`,
      style: {
        "background-color": COLOURS.endpoint,
        "border-color": COLOURS.endpoint,
        "font-weight": "bold",
      },
    },
    {
      selector: `node.${CLASSES.onRoute}`,
      style: { "border-width": 3, "border-color": COLOURS.ink, "font-weight": "bold", "z-index": 40 },
    },
    {
      selector: `edge.${CLASSES.onRoute}`,
      style: {
        width: 5.5,
        opacity: 1,
        "target-arrow-shape": "triangle",
        "arrow-scale": 1.2,
        label: "data(label)",
        "font-weight": "bold",
        "underlay-color": COLOURS.routeHalo,
        "underlay-padding": 7,
        "underlay-opacity": 1,
        "z-index": 30,
      },
    },
    {
      selector: `edge.${CLASSES.onRoute}.${CLASSES.hubAtTarget}`,
      style: { "target-arrow-shape": "circle-triangle" },
    },
    {
      selector: `edge.${CLASSES.onRoute}.${CLASSES.blockedRoute}`,
      style: { "underlay-color": COLOURS.blocked, "underlay-opacity": 0.25, "line-style": "solid" },
    },
    {
      selector: `edge.${CLASSES.onRoute}.${CLASSES.blockedHop}`,
      style: {
        "line-color": COLOURS.blocked,
        "target-arrow-color": COLOURS.blocked,
        "line-style": "dashed",
        "line-dash-pattern": [...DASH.blocked],
        "target-arrow-shape": "triangle-cross",
      },
    },
    {
      selector: `node.${CLASSES.selected}`,
      style: {
        "underlay-color": COLOURS.selection,
        "underlay-padding": 7,
        "underlay-opacity": 0.3,
        "underlay-shape": "ellipse",
        opacity: 1,
      },
    },
    {
      selector: `edge.${CLASSES.selected}`,
      style: {
        "underlay-color": COLOURS.selection,
        "underlay-padding": 4,
        "underlay-opacity": 0.35,
        opacity: 1,
        label: "data(label)",
        "z-index": 15,
      },
    },
  ];
}
