// The Cytoscape adapter: creates the graph once, applies toElements' output on every prop change by id, runs the
// layouts and reports taps; it never reads application state back out of Cytoscape.
import type { Core, EventObject, Position } from "cytoscape";
import type { GeoProjection } from "d3-geo";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Layout } from "../../state";
import { cytoscape } from "./cytoscape";
import { type GraphElement, toElements } from "./elements";
import {
  crowding,
  geographicFrame,
  type LabelNode,
  type LabelSide,
  labelOffset,
  labelSides,
  layoutOptions,
  opposeEnds,
  spreadToFill,
  withSeed,
} from "./layouts";
import { graphStyle } from "./style";
import type { GraphViewProps } from "./types";
import { WorldMapLayer } from "./WorldMapLayer";

/** Zoom never goes past this when fitting to a route, so two close parties do not fill the screen. */
const MAX_FIT_ZOOM = 1.25;
const FIT_PADDING = 64;
/** The force and concentric pictures are spread to fill the canvas, so they need only a thin border. */
const SPREAD_FIT_PADDING = 16;
const FORCE_SEED = 20161123;

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function sameElement(a: GraphElement, b: GraphElement): boolean {
  return (
    a.group === b.group &&
    a.classes.length === b.classes.length &&
    a.classes.every((c, i) => c === b.classes[i]) &&
    sameData(a.data as unknown as Record<string, unknown>, b.data as unknown as Record<string, unknown>)
  );
}

/**
 * Bring Cytoscape in line with `elements` inside one batch: remove what is gone, add what is new, update data and
 * classes of the rest (label sides are view-only classes kept alongside). `applied` holds the elements applied
 * last time by id; one unchanged since is left alone, which on an As-of step is nearly all of them. Returns
 * whether nodes were added and whether any edge was added.
 */
function applyElements(
  cy: Core,
  elements: readonly GraphElement[],
  sides: ReadonlyMap<string, LabelSide>,
  applied: Map<string, GraphElement>,
): { nodesAdded: boolean; edgesAdded: boolean } {
  const wanted = new Map(elements.map((e) => [e.data.id, e]));
  let nodesAdded = false;
  let edgesAdded = false;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const want = wanted.get(edge.id());
      if (
        want?.group !== "edges" ||
        want.data.source !== edge.source().id() ||
        want.data.target !== edge.target().id()
      ) {
        applied.delete(edge.id());
        edge.remove();
      }
    });
    cy.nodes().forEach((node) => {
      if (wanted.get(node.id())?.group === "nodes") return;
      // Removing a node takes its edges with it.
      for (const id of [node.id(), ...node.connectedEdges().map((e) => e.id())]) applied.delete(id);
      node.remove();
    });
    const fresh: GraphElement[] = [];
    for (const element of elements) {
      const last = applied.get(element.data.id);
      applied.set(element.data.id, element);
      if (last && sameElement(last, element)) continue;
      const classes =
        element.group === "nodes"
          ? [...element.classes, `label-${sides.get(element.data.id) ?? "bottom"}`]
          : element.classes;
      const existing = cy.getElementById(element.data.id);
      if (existing.empty()) {
        fresh.push({ ...element, classes } as GraphElement);
        if (element.group === "nodes") nodesAdded = true;
        else edgesAdded = true;
        continue;
      }
      if (!sameData(existing.data(), element.data as unknown as Record<string, unknown>))
        existing.data(element.data);
      existing.classes(classes);
    }
    // Nodes before edges, so every edge finds its ends.
    cy.add(fresh.filter((e) => e.group === "nodes"));
    cy.add(fresh.filter((e) => e.group === "edges"));
  });
  return { nodesAdded, edgesAdded };
}

/** How far a route hop bows out, as a share of its length: hops into and out of one relay then part ways. */
const ROUTE_BOW = 0.14;
/** Where along a hop its label may go (0 at the sender, 1 at the receiver), the middle first. */
const LABEL_SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7];
/** The route label's font, as in the stylesheet (bold 11px), for estimating its width. */
const ROUTE_LABEL_FONT = 11;
/** Where a route hop keeps the bow last applied to it (Cytoscape scratch data, dropped with the edge). */
const BOW_SCRATCH = "_liaisonBow";

/**
 * Bow every hop of the selected route, so a relay's incoming and outgoing hops do not lie on top of each other when
 * the two ends are close (Seoul and Tokyo relayed through Washington), and put its label level beside the curve, so
 * it reads in full whatever the hop's direction. Hops of a relayed route all bow to their left (seen from the
 * sender), which parts a relay's two hops; a direct hop bows to whichever side leaves its label freer. The label
 * goes beside the curve's middle, or a little along it, on the side freest of the parties and their labels
 * (`sides`).
 */
function bowRouteHops(cy: Core, sides: ReadonlyMap<string, LabelSide>): void {
  const hops = cy.edges(".on-route");
  const nodes: LabelNode[] = cy
    .nodes()
    .map((n) => ({ id: n.id(), ...n.position(), label: String(n.data("label")) }));
  cy.batch(() => {
    hops.forEach((edge) => {
      const a = edge.source().position();
      const b = edge.target().position();
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      const length = Math.hypot(dx, dy);
      const bow = Math.min(120, Math.max(10, length * ROUTE_BOW));
      // Bold text averages a little over 0.6 of the font size per character; the padding adds a few pixels.
      const width = String(edge.data("label") ?? "").length * ROUTE_LABEL_FONT * 0.62 + 6;
      const height = ROUTE_LABEL_FONT + 6;
      // The left normal with y pointing down; the control point lies the bow's length out along it.
      const left = length > 0 ? { x: dy / length, y: -dx / length } : { x: 0, y: -1 };
      const place = (bowSide: 1 | -1, labelSide: 1 | -1, t: number) => {
        const control = {
          x: (a.x + b.x) / 2 + left.x * bowSide * bow,
          y: (a.y + b.y) / 2 + left.y * bowSide * bow,
        };
        // Cytoscape puts the label at the curve's middle (t = 0.5); the margin may slide it along the curve.
        const at = (u: number) => ({
          x: (1 - u) ** 2 * a.x + 2 * u * (1 - u) * control.x + u ** 2 * b.x,
          y: (1 - u) ** 2 * a.y + 2 * u * (1 - u) * control.y + u ** 2 * b.y,
        });
        const [middle, spot] = [at(0.5), at(t)];
        // Off the middle the curve turns away from the chord: a wider gap keeps the label clear of it.
        const off = labelOffset(dx, dy, labelSide, width, height, 4 + Math.abs(t - 0.5) * bow);
        const centre = { x: spot.x + off.x, y: spot.y + off.y };
        const box = {
          x1: centre.x - width / 2,
          x2: centre.x + width / 2,
          y1: centre.y - height / 2,
          y2: centre.y + height / 2,
        };
        // Away from the middle costs a little, so a free middle wins.
        const cost = crowding(box, nodes, sides) + Math.abs(t - 0.5) * 200;
        return { bowSide, margin: { x: centre.x - middle.x, y: centre.y - middle.y }, cost };
      };
      // A relayed route's hops all bow left; a direct hop bows to the side its label goes.
      const sidesToTry: [1 | -1, 1 | -1][] =
        hops.length > 1
          ? [
              [1, 1],
              [1, -1],
            ]
          : [
              [1, 1],
              [-1, -1],
            ];
      let best = place(1, 1, 0.5);
      for (const t of LABEL_SPOTS) {
        for (const [bowSide, labelSide] of sidesToTry) {
          const option = place(bowSide, labelSide, t);
          if (option.cost < best.cost) best = option;
        }
      }
      const style = {
        "curve-style": "unbundled-bezier",
        // Negative distances bend the curve to the left of the direction of travel.
        "control-point-distances": [-bow * best.bowSide],
        "control-point-weights": [0.5],
        "text-rotation": "none",
        "text-margin-x": best.margin.x,
        "text-margin-y": best.margin.y,
      };
      // Setting a style, even an unchanged one, redraws the whole canvas: on an As-of step that changes nothing
      // here, that redraw would be most of the step's cost.
      const key = JSON.stringify(style);
      if (edge.scratch(BOW_SCRATCH) === key) return;
      edge.scratch(BOW_SCRATCH, key);
      edge.style(style);
    });
  });
}

/**
 * Spread the force or concentric picture over the canvas; in the concentric one, first turn the rings so the
 * query's sender and receiver face each other across the middle and a relay's two hops part.
 */
function spreadPicture(cy: Core, layout: Layout): void {
  let points = new Map(cy.nodes().map((n): [string, Position] => [n.id(), { ...n.position() }]));
  const size = { width: cy.width(), height: cy.height() };
  const from = cy.nodes(".origin").first();
  const to = cy.nodes(".destination").first();
  if (layout === "concentric" && from.nonempty() && to.nonempty()) {
    // The concentric layout centres its rings in the canvas.
    points = opposeEnds(points, { x: size.width / 2, y: size.height / 2 }, from.id(), to.id());
  }
  const spread = spreadToFill(points, size);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = spread.get(n.id());
      if (p) n.position(p);
    });
  });
}

/**
 * The parties the geographic view frames: the selected route's, else the answer's (its ends and permitted routes),
 * else none (meaning all).
 */
function focusOf(elements: readonly GraphElement[]): string[] {
  const nodes = elements.filter((e) => e.group === "nodes");
  const onRoute = nodes.filter((n) => n.classes.includes("on-route"));
  if (onRoute.length > 0) return onRoute.map((n) => n.data.id);
  const inAnswer = ["in-answer", "origin", "destination"];
  return nodes.filter((n) => n.classes.some((c) => inAnswer.includes(c))).map((n) => n.data.id);
}

/** The graph of parties and agreements. Fills its parent; give the parent a size. */
export function GraphView(props: GraphViewProps) {
  const { model, at, answer, selectedRoute, selection, disabled, hideInactive, showBlocked, layout } = props;
  const container = useRef<HTMLDivElement>(null);
  const mapGroup = useRef<SVGGElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const sides = useRef<Map<string, LabelSide>>(new Map());
  const applied = useRef<Map<string, GraphElement>>(new Map());
  const shown = useRef<{ layout: Layout | null; focus: string }>({ layout: null, focus: "" });
  const [projection, setProjection] = useState<GeoProjection | null>(null);
  // The world outline waits for the graph's first painted frame: projecting and drawing it would delay that frame.
  const [mapDue, setMapDue] = useState(false);
  const followViewport = useRef<() => void>(() => {});
  const onResize = useRef<() => void>(() => {});

  // Layout effects, so the graph is created and arranged before the browser first paints the page: the page and
  // the graph's first frame then go out together, and the size read here is the one layout the page needs anyway.
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const cy = cytoscape({
      container: el,
      style: graphStyle(),
      elements: [],
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.15,
      maxZoom: 5,
      renderer: { name: "canvas", webgl: false },
    } as cytoscape.CytoscapeOptions);
    const follow = () => {
      const g = mapGroup.current;
      if (!g) return;
      const pan = cy.pan();
      g.setAttribute("transform", `translate(${pan.x},${pan.y}) scale(${cy.zoom()})`);
    };
    followViewport.current = follow;
    cy.on("viewport", follow);
    cy.on("tap", (event: EventObject) => {
      if (event.target === cy) latest.current.onSelect(null);
    });
    cy.on("tap", "node", (event: EventObject) => {
      latest.current.onSelect({ type: "party", id: String(event.target.data("party")) });
    });
    cy.on("tap", "edge", (event: EventObject) => {
      latest.current.onSelect({ type: "agreement", id: String(event.target.data("agreement")) });
    });
    // The observer also reports the size the graph was created at, right after the first arrangement: arranging
    // again for it would double the first paint's work, so only a real change counts.
    let size = { width: el.clientWidth, height: el.clientHeight };
    const resize = new ResizeObserver(() => {
      if (el.clientWidth === size.width && el.clientHeight === size.height) return;
      size = { width: el.clientWidth, height: el.clientHeight };
      cy.resize();
      onResize.current();
      follow();
    });
    resize.observe(el);
    const firstFrame = () => {
      if (cy.elements().empty()) return;
      cy.off("render", firstFrame);
      // Cytoscape draws in an animation frame; the outline comes after the next frame has begun, so it does not
      // hold back the one with the graph.
      requestAnimationFrame(() => setTimeout(() => setMapDue(true), 0));
    };
    cy.on("render", firstFrame);
    cyRef.current = cy;
    follow();
    latest.current.onReady?.(cy);
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      applied.current = new Map();
      shown.current = { layout: null, focus: "" };
    };
  }, []);

  const elements = useMemo(
    () => toElements({ model, at, answer, selectedRoute, selection, disabled, hideInactive, showBlocked }),
    [model, at, answer, selectedRoute, selection, disabled, hideInactive, showBlocked],
  );

  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { nodesAdded, edgesAdded } = applyElements(cy, elements, sides.current, applied.current);
    const focus = focusOf(elements);
    const focusKey = focus.join(",");
    const layoutChanged = shown.current.layout !== layout;
    const focusChanged = shown.current.focus !== focusKey;
    shown.current = { layout, focus: focusKey };

    const fitView = () => {
      const geographic = layout === "geographic";
      const target =
        geographic && focus.length > 0
          ? cy.nodes(".on-route, .in-answer, .origin, .destination")
          : cy.nodes();
      if (target.empty()) return;
      cy.fit(target, geographic ? FIT_PADDING : SPREAD_FIT_PADDING);
      if (cy.zoom() > MAX_FIT_ZOOM)
        cy.zoom({ level: MAX_FIT_ZOOM, position: centreOf(target.boundingBox()) });
    };
    const placeLabels = () => {
      const nodes: LabelNode[] = cy
        .nodes()
        .map((n) => ({ id: n.id(), ...n.position(), label: String(n.data("label")) }));
      sides.current = labelSides(nodes, new Set(focus));
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          n.removeClass("label-bottom label-top label-left label-right");
          n.addClass(`label-${sides.current.get(n.id()) ?? "bottom"}`);
        });
      });
    };
    const arrange = () => {
      const frame = geographicFrame(model, { width: cy.width(), height: cy.height() }, focus);
      // A projection is a function: pass it through an updater so React stores it rather than calls it.
      if (layout === "geographic") setProjection(() => frame.projection);
      const run = cy.layout(layoutOptions(layout, frame, { animate: false, fit: false }));
      run.one("layoutstop", () => {
        if (layout !== "geographic") spreadPicture(cy, layout);
        placeLabels();
        bowRouteHops(cy, sides.current);
        fitView();
      });
      withSeed(FORCE_SEED, () => run.run());
    };
    // On the map, a new size or focus means a new projection; elsewhere the picture stays and is refitted.
    onResize.current = layout === "geographic" ? arrange : fitView;

    // The map reprojects to frame what is in focus; the force picture changes only with the graph (a route's hops
    // are new edges with their own lengths), the concentric one also with the ends it puts face to face.
    const relayout =
      layoutChanged ||
      nodesAdded ||
      (layout === "geographic" ? focusChanged : edgesAdded || (layout === "concentric" && focusChanged));
    if (relayout) arrange();
    else bowRouteHops(cy, sides.current);
  }, [elements, layout, model]);

  // The outline mounts when the geographic layout is chosen: put it where the viewport already is.
  useEffect(() => {
    if (layout === "geographic" && projection && mapDue) followViewport.current();
  }, [layout, projection, mapDue]);

  const parties = useMemo(() => model.dataset.parties.map((p) => p.id), [model]);
  return (
    <div style={{ position: "relative", width: "100%", height: "100%", overflow: "hidden" }}>
      {layout === "geographic" && mapDue && (
        <WorldMapLayer projection={projection} parties={parties} groupRef={mapGroup} />
      )}
      <div
        ref={container}
        role="img"
        aria-label="Graph of parties and the agreements between them"
        data-layout={layout}
        style={{ position: "absolute", inset: 0 }}
      />
    </div>
  );
}

function centreOf(box: { x1: number; x2: number; y1: number; y2: number }): Position {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}
