// The Cytoscape adapter: creates the graph once, applies toElements' output on every prop change by id, arranges
// it (arrange.ts) and reports taps; it never reads application state back out of Cytoscape.
import type { Core, EventObject } from "cytoscape";
import type { GeoProjection } from "d3-geo";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { mapBackdrop } from "../../export/pure";
import type { Layout } from "../../state";
import { exposeForTests } from "../shell/testHook";
import { applyElements } from "./applyElements";
import { arrange, bowRouteHops, fitView, pictureOf } from "./arrange";
import { cytoscape } from "./cytoscape";
import { type GraphElement, toElements, withChanges } from "./elements";
import { graphHandle } from "./graphHandle";
import type { LabelSide } from "./labelPlacement";
import { graphStyle } from "./style";
import type { GraphViewProps } from "./types";
import { useWorldShapes } from "./useWorldShapes";
import { WorldMapLayer } from "./WorldMapLayer";

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
  const mapShown = layout === "geographic" && mapDue;
  const shapes = useWorldShapes(mapShown);
  const followViewport = useRef<() => void>(() => {});
  const onResize = useRef<() => void>(() => {});

  const parties = useMemo(() => model.dataset.parties.map((p) => p.id), [model]);
  // The map's paths, from the layout's projection and the country shapes: drawn under the graph, and the same
  // paths image export draws.
  const backdrop = useMemo(
    () => (mapShown && projection && shapes ? mapBackdrop({ projection, shapes, parties }) : null),
    [mapShown, projection, shapes, parties],
  );
  // Image export reads the map through the handle when it is asked for, so the handle follows the latest one.
  const latestBackdrop = useRef(backdrop);
  latestBackdrop.current = backdrop;

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
    exposeForTests(cy);
    latest.current.onReady?.(graphHandle(cy, () => latestBackdrop.current ?? []));
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      applied.current = new Map();
      shown.current = { layout: null, focus: "" };
    };
  }, []);

  const drawn = useMemo(
    () => toElements({ model, at, answer, selectedRoute, selection, disabled, hideInactive, showBlocked }),
    [model, at, answer, selectedRoute, selection, disabled, hideInactive, showBlocked],
  );
  const elements = useMemo(() => withChanges(drawn, props.changes), [drawn, props.changes]);

  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { nodesAdded, edgesAdded } = applyElements(cy, elements, sides.current, applied.current);
    const picture = pictureOf(elements);
    const focusKey = picture.focus.join(",");
    const layoutChanged = shown.current.layout !== layout;
    const focusChanged = shown.current.focus !== focusKey;
    shown.current = { layout, focus: focusKey };

    const relayout = () =>
      arrange(cy, model, layout, picture, {
        // A projection is a function: pass it through an updater so React stores it rather than calls it.
        projection: (p) => setProjection(() => p),
        sides: (s) => {
          sides.current = s;
        },
      });
    // On the map, a new size or focus means a new projection; elsewhere the picture stays and is refitted.
    onResize.current = layout === "geographic" ? relayout : () => fitView(cy, layout, picture.focus);

    // The map reprojects to frame what is in focus; the force picture changes only with the graph (a route's hops
    // are new edges with their own lengths), the concentric one also with the ends it puts face to face.
    const again =
      layoutChanged ||
      nodesAdded ||
      (layout === "geographic" ? focusChanged : edgesAdded || (layout === "concentric" && focusChanged));
    if (again) relayout();
    else bowRouteHops(cy, picture, sides.current);
  }, [elements, layout, model]);

  // The outline mounts when the geographic layout is chosen: put it where the viewport already is.
  useEffect(() => {
    if (mapShown && projection) followViewport.current();
  }, [mapShown, projection]);

  return (
    <div style={{ position: "relative", width: "100%", height: "100%", overflow: "hidden" }}>
      {mapShown && <WorldMapLayer backdrop={backdrop} groupRef={mapGroup} />}
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
