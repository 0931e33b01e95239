// Arranging the graph on the canvas: run the layout, spread the picture, place labels, bow the route's hops and fit
// the view. What to arrange comes from toElements' output (picture.ts); only node positions, the layout's result,
// are read from Cytoscape.
import type { Core, NodeCollection } from "cytoscape";
import type { GeoProjection } from "d3-geo";
import { geographicFrame, type Point } from "../../geo";
import type { Model } from "../../model";
import type { Layout } from "../../state";
import type { LabelPlace } from "./classes";
import type { GraphDetail } from "./detail";
import { besideSides, labelNodes, type PlacedLabels, placeLabels, readPositions } from "./graphLabels";
import { layoutOptions } from "./layoutOptions";
import { spiralPositions } from "./networkForce";
import type { Picture } from "./picture";
import { type RouteHop, routeCurves } from "./routeCurves";
import { runNetworkForce } from "./runNetworkForce";
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
  setPositions(cy, spreadToFill(points, size));
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
export function bowRouteHops(cy: Core, picture: Picture, places: ReadonlyMap<string, LabelPlace>): void {
  if (picture.hops.length === 0) return;
  const positions = readPositions(cy);
  const hops: RouteHop[] = picture.hops.flatMap((h) => {
    const [source, target] = [positions.get(h.source), positions.get(h.target)];
    return source && target ? [{ id: h.id, source, target, label: h.label }] : [];
  });
  const curves = routeCurves(hops, labelNodes(picture, positions), besideSides(places));
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
  bowRouteHops(cy, picture, labels.places);
  if (layout === "geographic") fitView(cy, layout, picture.focus, "network");
}

/** What arranging reports back: the map's projection (geographic layout only), and the labels placed. */
export interface ArrangeReports {
  projection(projection: GeoProjection): void;
  labels(labels: PlacedLabels): void;
  /** Called with true while positions are still being computed elsewhere (a worker), and false once applied. */
  busy(busy: boolean): void;
}

/**
 * Lay the graph out afresh for `layout` (the layout drawn: the caller falls back from the map when parties have no
 * place): positions, then spread, labels, route curves and fit. On the map, the frame is chosen for the picture's
 * focus and links. The full-detail force layout is fcose, seeded, so the same graph always gives the same picture;
 * the network's is ForceAtlas2 in a worker, drawn first on its starting spiral. Returns a function that cancels
 * work still pending (a worker's answer arriving after a newer arrangement is dropped).
 */
export function arrange(
  cy: Core,
  model: Model,
  layout: Layout,
  detail: GraphDetail,
  picture: Picture,
  on: ArrangeReports,
): () => void {
  const finish = () => {
    if (layout !== "geographic") spreadPicture(cy, layout, picture.ends);
    const labels = placeLabels(cy, picture, layout === "geographic", detail);
    on.labels(labels);
    bowRouteHops(cy, picture, labels.places);
    fitView(cy, layout, picture.focus, detail);
  };
  if (layout === "force" && detail === "network") {
    let live = true;
    // The picture's links are every drawn edge's ends, the network layer's included; degrees are counted from them.
    const edges = picture.links.map((l): [string, string] => [l.a, l.b]);
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
  const frame = geographicFrame(
    model,
    { width: cy.width(), height: cy.height() },
    { focus: picture.focus, links: picture.links },
  );
  if (layout === "geographic") on.projection(frame.projection);
  const run = cy.layout(layoutOptions(layout, frame, { animate: false, fit: false }));
  run.one("layoutstop", finish);
  withSeed(FORCE_SEED, () => run.run());
  return () => {};
}
