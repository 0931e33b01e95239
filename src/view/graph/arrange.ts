// Arranging the graph on the canvas: run the layout, spread the picture, place labels, bow the route's hops and fit
// the view. Positions, names and curves come from the core (the geographic frame, the concentric rings, partyLabels,
// routeCurves), the same code image export draws with; only node positions are read back from Cytoscape.
import type { Core, NodeCollection } from "cytoscape";
import type { GeoProjection } from "d3-geo";
import type { GraphDetail } from "../../export/pure";
import {
  concentricPositions,
  geographicFrame,
  labelSpots,
  type PartyLabel,
  type Point,
  type RouteHop,
  routeCurves,
} from "../../geo";
import type { Day, Model } from "../../model";
import type { Layout } from "../../state";
import { labelNodes, placeLabels, readPositions } from "./graphLabels";
import { layoutOptions } from "./layoutOptions";
import { spiralPositions } from "./networkForce";
import type { Picture } from "./picture";
import { runNetworkForce } from "./runNetworkForce";
import { withSeed } from "./seededRandom";
import { spreadToFill } from "./spread";

/** Zoom never goes past this when fitting to a route, so two close parties do not fill the screen. */
const MAX_FIT_ZOOM = 1.25;
const FIT_PADDING = 64;
/** The force and concentric pictures are spread to fill the canvas, so they need only a thin border. */
const SPREAD_FIT_PADDING = 16;
const FORCE_SEED = 20161123;
/** Where a route hop keeps the curve last applied to it (Cytoscape scratch data, dropped with the edge). */
const CURVE_SCRATCH = "_liaisonBow";

/** Spread the force or concentric picture over the canvas. */
function spreadPicture(cy: Core): void {
  setPositions(cy, spreadToFill(readPositions(cy), { width: cy.width(), height: cy.height() }));
}

function setPositions(cy: Core, positions: ReadonlyMap<string, Point>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = positions.get(n.id());
      if (p) n.position(p);
    });
  });
}

/** Bow the route's hops and put their labels beside them (routeCurves), restyling only the hops that changed. */
export function bowRouteHops(cy: Core, picture: Picture, labels: ReadonlyMap<string, PartyLabel>): void {
  if (picture.hops.length === 0) return;
  const positions = readPositions(cy);
  const hops: RouteHop[] = picture.hops.flatMap((h) => {
    const [source, target] = [positions.get(h.source), positions.get(h.target)];
    return source && target ? [{ id: h.id, source, target, label: h.label }] : [];
  });
  const curves = routeCurves(hops, labelNodes(picture, positions), labelSpots(labels));
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

/** Room around the node positions for the nodes themselves and their labels, when fitting by positions alone. */
const LABEL_ROOM = { x: 60, y: 28 };

/**
 * Fit the view: on the map to the focus parties (all when none), elsewhere to the whole spread picture. For the
 * network the box is the nodes' positions with room for their labels, not Cytoscape's measured bounds: measuring
 * every label of a large network takes longer than a frame.
 */
export function fitView(cy: Core, layout: Layout, focus: readonly string[], detail: GraphDetail): void {
  const geographic = layout === "geographic";
  const wanted = new Set(focus);
  const target: NodeCollection =
    geographic && focus.length > 0 ? cy.nodes().filter((n) => wanted.has(n.id())) : cy.nodes();
  if (target.empty()) return;
  if (detail === "full") {
    cy.fit(target, geographic ? FIT_PADDING : SPREAD_FIT_PADDING);
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, position: centreOf(target.boundingBox()) });
    return;
  }
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  target.forEach((n) => {
    const { x, y } = n.position();
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  });
  [x1, y1, x2, y2] = [x1 - LABEL_ROOM.x, y1 - LABEL_ROOM.y, x2 + LABEL_ROOM.x, y2 + LABEL_ROOM.y];
  const padding = geographic ? FIT_PADDING : SPREAD_FIT_PADDING;
  const [width, height] = [cy.width() - 2 * padding, cy.height() - 2 * padding];
  const fitted = Math.min(width / (x2 - x1), height / (y2 - y1));
  const zoom = Math.min(MAX_FIT_ZOOM, Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fitted)));
  const centre = centreOf({ x1, y1, x2, y2 });
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom } });
}

/**
 * Bring the network's view to a new focus without laying it out again: the focus parties' labels placed first, the
 * route's hops bowed, the view fitted (on the map, to the focus).
 */
export function refocus(
  cy: Core,
  layout: Layout,
  picture: Picture,
  on: Pick<ArrangeReports, "labels">,
): void {
  const labels = placeLabels(cy, picture, layout === "geographic", "network");
  on.labels(labels);
  bowRouteHops(cy, picture, labels);
  if (layout === "geographic") fitView(cy, layout, picture.focus, "network");
}

/** What arranging reports back: the map's projection (geographic layout only), and the labels placed. */
export interface ArrangeReports {
  projection(projection: GeoProjection): void;
  labels(labels: Map<string, PartyLabel>): void;
  /** Called with true while positions are still being computed elsewhere (a worker), and false once applied. */
  busy(busy: boolean): void;
}

/** What the layouts are computed for besides the picture: the date, and whether agreements not in force are drawn. */
export interface ArrangeFor {
  at: Day;
  hideInactive: boolean;
}

/** The preset positions of the map or of the concentric rings, reporting the map's projection. */
function presetPositions(
  cy: Core,
  model: Model,
  layout: "geographic" | "concentric",
  picture: Picture,
  arrangeFor: ArrangeFor,
  on: ArrangeReports,
): ReadonlyMap<string, Point> {
  if (layout === "concentric") {
    const { from, to } = picture.ends;
    return concentricPositions(model, {
      ...(from && to ? { ends: { from, to } } : {}),
      ...(arrangeFor.hideInactive ? { at: arrangeFor.at } : {}),
    });
  }
  const size = { width: cy.width(), height: cy.height() };
  const frame = geographicFrame(model, size, { focus: picture.focus, links: picture.links() });
  on.projection(frame.projection);
  return frame.positions;
}

/**
 * Lay the graph out afresh for `layout` (the layout drawn: the caller falls back from the map when parties have no
 * place): positions, then spread, labels, route curves and fit. On the map, the frame is chosen for the picture's
 * focus and links; the concentric rings are the core's (concentricPositions), counted on the agreements drawn. The
 * full-detail force layout is fcose, seeded, so the same graph always gives the same picture; the network's is
 * ForceAtlas2 in a worker, drawn first on its starting spiral. Returns a function that cancels work still pending (a
 * worker's answer arriving after a newer arrangement is dropped).
 */
export function arrange(
  cy: Core,
  model: Model,
  layout: Layout,
  detail: GraphDetail,
  picture: Picture,
  arrangeFor: ArrangeFor,
  on: ArrangeReports,
): () => void {
  const finish = () => {
    if (layout !== "geographic") spreadPicture(cy);
    const labels = placeLabels(cy, picture, layout === "geographic", detail);
    on.labels(labels);
    bowRouteHops(cy, picture, labels);
    fitView(cy, layout, picture.focus, detail);
  };
  if (layout === "force" && detail === "network") {
    let live = true;
    // The picture's links are every drawn line's ends; degrees are counted from them.
    const edges = picture.links().map((l): [string, string] => [l.a, l.b]);
    const degree = new Map<string, number>();
    for (const [a, b] of edges) degree.set(a, (degree.get(a) ?? 0) + 1).set(b, (degree.get(b) ?? 0) + 1);
    const nodes = cy
      .nodes()
      .map((n) => n.id())
      .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
    setPositions(cy, spiralPositions(nodes));
    finish();
    on.busy(true);
    runNetworkForce({ nodes, edges }).then((positions) => {
      if (!live) return;
      setPositions(cy, positions);
      finish();
      on.busy(false);
    });
    return () => {
      live = false;
    };
  }
  const positions = layout === "force" ? null : presetPositions(cy, model, layout, picture, arrangeFor, on);
  const run = cy.layout(layoutOptions(layout, positions, { animate: false, fit: false }));
  run.one("layoutstop", finish);
  withSeed(FORCE_SEED, () => run.run());
  return () => {};
}
