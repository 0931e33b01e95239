// The Cytoscape adapter: creates the graph once, applies toElements' output on every prop change by id, runs the
// layouts and reports taps; it never reads application state back out of Cytoscape.
import type { Core, EventObject, Position } from "cytoscape";
import type { GeoProjection } from "d3-geo";
import { useEffect, useMemo, useRef, useState } from "react";
import { cytoscape } from "./cytoscape";
import { type GraphElement, toElements } from "./elements";
import {
  geographicFrame,
  type LabelNode,
  type LabelSide,
  labelSides,
  layoutOptions,
  withSeed,
} from "./layouts";
import { graphStyle } from "./style";
import type { GraphViewProps, LayoutName } from "./types";
import { WorldMapLayer } from "./WorldMapLayer";

/** Zoom never goes past this when fitting to a route, so two close parties do not fill the screen. */
const MAX_FIT_ZOOM = 1.25;
const FIT_PADDING = 64;
const FORCE_SEED = 20161123;

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Bring Cytoscape in line with `elements` inside one batch: remove what is gone, add what is new, update data and
 * classes of the rest (label sides are view-only classes kept alongside). Returns whether nodes were added and
 * whether any edge was added.
 */
function applyElements(
  cy: Core,
  elements: readonly GraphElement[],
  sides: ReadonlyMap<string, LabelSide>,
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
        edge.remove();
      }
    });
    cy.nodes().forEach((node) => {
      if (wanted.get(node.id())?.group !== "nodes") node.remove();
    });
    const fresh: GraphElement[] = [];
    for (const element of elements) {
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

/**
 * Bow every hop of the selected route to its left (seen from the sender), so a relay's incoming and outgoing hops
 * do not lie on top of each other when the two ends are close (Seoul and Tokyo relayed through Washington).
 */
function bowRouteHops(cy: Core): void {
  cy.batch(() => {
    cy.edges(".on-route").forEach((edge) => {
      const a = edge.source().position();
      const b = edge.target().position();
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      edge.style({
        "curve-style": "unbundled-bezier",
        "control-point-distances": [-Math.min(120, Math.max(10, length * ROUTE_BOW))],
        "control-point-weights": [0.5],
      });
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
  const shown = useRef<{ layout: LayoutName | null; focus: string }>({ layout: null, focus: "" });
  const [projection, setProjection] = useState<GeoProjection | null>(null);
  const followViewport = useRef<() => void>(() => {});
  const onResize = useRef<() => void>(() => {});

  useEffect(() => {
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
    const resize = new ResizeObserver(() => {
      cy.resize();
      onResize.current();
      follow();
    });
    resize.observe(el);
    cyRef.current = cy;
    follow();
    latest.current.onReady?.(cy);
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      shown.current = { layout: null, focus: "" };
    };
  }, []);

  const elements = useMemo(
    () => toElements({ model, at, answer, selectedRoute, selection, disabled, hideInactive, showBlocked }),
    [model, at, answer, selectedRoute, selection, disabled, hideInactive, showBlocked],
  );

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { nodesAdded, edgesAdded } = applyElements(cy, elements, sides.current);
    const focus = focusOf(elements);
    const focusKey = focus.join(",");
    const layoutChanged = shown.current.layout !== layout;
    const focusChanged = shown.current.focus !== focusKey;
    shown.current = { layout, focus: focusKey };

    const fitView = () => {
      const target =
        layout === "geographic" && focus.length > 0
          ? cy.nodes(".on-route, .in-answer, .origin, .destination")
          : cy.nodes();
      if (target.empty()) return;
      cy.fit(target, FIT_PADDING);
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
        placeLabels();
        bowRouteHops(cy);
        fitView();
      });
      withSeed(FORCE_SEED, () => run.run());
    };
    // On the map, a new size or focus means a new projection; elsewhere the picture stays and is refitted.
    onResize.current = layout === "geographic" ? arrange : fitView;

    // The map reprojects to frame what is in focus; the force and concentric pictures change only with the graph.
    const relayout = layoutChanged || nodesAdded || (layout === "geographic" ? focusChanged : edgesAdded);
    if (relayout) arrange();
    else bowRouteHops(cy);
  }, [elements, layout, model]);

  // The outline mounts when the geographic layout is chosen: put it where the viewport already is.
  useEffect(() => {
    if (layout === "geographic" && projection) followViewport.current();
  }, [layout, projection]);

  const parties = useMemo(() => model.dataset.parties.map((p) => p.id), [model]);
  return (
    <div style={{ position: "relative", width: "100%", height: "100%", overflow: "hidden" }}>
      {layout === "geographic" && (
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
