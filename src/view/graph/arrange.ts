// Arranging the graph on the canvas: run the layout, spread the picture, place labels, bow the route's hops and fit
// the view. What to arrange comes from toElements' output; only node positions, the layout's result, are read
// from Cytoscape.
import type { Core, NodeCollection } from "cytoscape";
import type { GeoProjection } from "d3-geo";
import { geographicFrame, type Point } from "../../geo";
import type { Model } from "../../model";
import type { Layout } from "../../state";
import { CLASSES, LABEL_CLASSES, labelClass } from "./classes";
import type { GraphElement } from "./elements";
import { type LabelNode, type LabelSide, labelSides } from "./labelPlacement";
import { layoutOptions } from "./layoutOptions";
import { type RouteHop, routeCurves } from "./routeCurves";
import { withSeed } from "./seededRandom";
import { opposeEnds, spreadToFill } from "./spread";

/** Zoom never goes past this when fitting to a route, so two close parties do not fill the screen. */
const MAX_FIT_ZOOM = 1.25;
const FIT_PADDING = 64;
/** The force and concentric pictures are spread to fill the canvas, so they need only a thin border. */
const SPREAD_FIT_PADDING = 16;
const FORCE_SEED = 20161123;
/** Where a route hop keeps the curve last applied to it (Cytoscape scratch data, dropped with the edge). */
const CURVE_SCRATCH = "_liaisonBow";

/** What the elements say about the picture: the parties to frame, the query's ends, labels and route hops. */
export interface Picture {
  /**
   * The parties the geographic view frames: the selected route's, else the answer's (its ends and permitted
   * routes), else none (meaning all).
   */
  focus: string[];
  /** The query's sender and receiver, when there is an answer. */
  ends: { from?: string; to?: string };
  /** Node labels by party id, in the elements' order. */
  labels: Map<string, string>;
  /** The selected route's hops: edge id, ends and label. */
  hops: { id: string; source: string; target: string; label: string }[];
}

/** The picture toElements' output describes. */
export function pictureOf(elements: readonly GraphElement[]): Picture {
  const picture: Picture = { focus: [], ends: {}, labels: new Map(), hops: [] };
  const onRoute: string[] = [];
  const inAnswer: string[] = [];
  for (const e of elements) {
    const has = (c: string) => e.classes.includes(c);
    if (e.group === "edges") {
      if (has(CLASSES.onRoute))
        picture.hops.push({
          id: e.data.id,
          source: e.data.source,
          target: e.data.target,
          label: e.data.label,
        });
      continue;
    }
    picture.labels.set(e.data.id, e.data.label);
    if (has(CLASSES.onRoute)) onRoute.push(e.data.id);
    if (has(CLASSES.inAnswer) || has(CLASSES.origin) || has(CLASSES.destination)) inAnswer.push(e.data.id);
    if (has(CLASSES.origin)) picture.ends.from ??= e.data.id;
    if (has(CLASSES.destination)) picture.ends.to ??= e.data.id;
  }
  picture.focus = onRoute.length > 0 ? onRoute : inAnswer;
  return picture;
}

function readPositions(cy: Core): Map<string, Point> {
  return new Map(cy.nodes().map((n): [string, Point] => [n.id(), { ...n.position() }]));
}

function labelNodes(picture: Picture, positions: ReadonlyMap<string, Point>): LabelNode[] {
  return [...picture.labels].flatMap(([id, label]) => {
    const p = positions.get(id);
    return p ? [{ id, x: p.x, y: p.y, label }] : [];
  });
}

/**
 * Spread the force or concentric picture over the canvas; in the concentric one, first turn the rings so the
 * query's sender and receiver face each other across the middle and a relay's two hops part.
 */
function spreadPicture(cy: Core, layout: Layout, ends: Picture["ends"]): void {
  let points = readPositions(cy);
  const size = { width: cy.width(), height: cy.height() };
  if (layout === "concentric" && ends.from && ends.to) {
    // The concentric layout centres its rings in the canvas.
    points = opposeEnds(points, { x: size.width / 2, y: size.height / 2 }, ends.from, ends.to);
  }
  const spread = spreadToFill(points, size);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = spread.get(n.id());
      if (p) n.position(p);
    });
  });
}

/** Put each node's label on the side freest of its neighbours, the focus parties first; returns the sides. */
function placeLabels(cy: Core, picture: Picture): Map<string, LabelSide> {
  const sides = labelSides(labelNodes(picture, readPositions(cy)), new Set(picture.focus));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.removeClass(LABEL_CLASSES);
      n.addClass(labelClass(sides.get(n.id()) ?? "bottom"));
    });
  });
  return sides;
}

/** Bow the route's hops and put their labels beside them (routeCurves), restyling only the hops that changed. */
export function bowRouteHops(cy: Core, picture: Picture, sides: ReadonlyMap<string, LabelSide>): void {
  const positions = readPositions(cy);
  const hops: RouteHop[] = picture.hops.flatMap((h) => {
    const [source, target] = [positions.get(h.source), positions.get(h.target)];
    return source && target ? [{ id: h.id, source, target, label: h.label }] : [];
  });
  const curves = routeCurves(hops, labelNodes(picture, positions), sides);
  cy.batch(() => {
    for (const [id, curve] of curves) {
      const edge = cy.getElementById(id);
      if (edge.empty()) continue;
      const style = {
        "curve-style": "unbundled-bezier",
        // Negative distances bend the curve to the left of the direction of travel.
        "control-point-distances": [-curve.bow],
        "control-point-weights": [0.5],
        "text-rotation": "none",
        "text-margin-x": curve.margin.x,
        "text-margin-y": curve.margin.y,
      };
      // Setting a style, even an unchanged one, redraws the whole canvas: on an As-of step that changes nothing
      // here, that redraw would be most of the step's cost.
      const key = JSON.stringify(style);
      if (edge.scratch(CURVE_SCRATCH) === key) continue;
      edge.scratch(CURVE_SCRATCH, key);
      edge.style(style);
    }
  });
}

function centreOf(box: { x1: number; x2: number; y1: number; y2: number }): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/** Fit the view: on the map to the focus parties (all when none), elsewhere to the whole spread picture. */
export function fitView(cy: Core, layout: Layout, focus: readonly string[]): void {
  const geographic = layout === "geographic";
  const target: NodeCollection =
    geographic && focus.length > 0 ? cy.nodes().filter((n) => focus.includes(n.id())) : cy.nodes();
  if (target.empty()) return;
  cy.fit(target, geographic ? FIT_PADDING : SPREAD_FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, position: centreOf(target.boundingBox()) });
}

/**
 * Lay the graph out afresh for `layout`: positions, then spread, labels, route curves and fit. The geographic
 * frame's projection goes to `onProjection` (geographic layout only) and the label sides chosen to `onSides`. The
 * force layout is seeded, so the same graph always gives the same picture.
 */
export function arrange(
  cy: Core,
  model: Model,
  layout: Layout,
  picture: Picture,
  on: { projection(projection: GeoProjection): void; sides(sides: Map<string, LabelSide>): void },
): void {
  const frame = geographicFrame(model, { width: cy.width(), height: cy.height() }, picture.focus);
  if (layout === "geographic") on.projection(frame.projection);
  const run = cy.layout(layoutOptions(layout, frame, { animate: false, fit: false }));
  run.one("layoutstop", () => {
    if (layout !== "geographic") spreadPicture(cy, layout, picture.ends);
    const sides = placeLabels(cy, picture);
    on.sides(sides);
    bowRouteHops(cy, picture, sides);
    fitView(cy, layout, picture.focus);
  });
  withSeed(FORCE_SEED, () => run.run());
}
