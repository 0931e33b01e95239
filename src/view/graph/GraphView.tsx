// The Cytoscape adapter: creates the graph (once for a level of detail and renderer), applies toElements' output on
// every prop change by id (the network's backdrop to its own layer), arranges it (arrange.ts) and reports taps; it
// never reads application state back out of Cytoscape.
import type { Core } from "cytoscape";
import type { GeoProjection } from "d3-geo";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { blockedShown, mapBackdrop } from "../../export/pure";
import { type PartyLabel, unplacedParties } from "../../geo";
import type { Layout } from "../../state";
import { exposeForTests } from "../shell/testHook";
import { applyElements } from "./applyElements";
import { arrange, bowRouteHops, fitView, refocus } from "./arrange";
import { CLASSES } from "./classes";
import { createGraph } from "./createGraph";
import { type EdgeElement, type GraphElement, toElements, withChanges } from "./elements";
import { graphHandle } from "./graphHandle";
import { leadersOf } from "./graphLabels";
import { leaderPaths } from "./leaderPaths";
import { measured } from "./measured";
import { NetworkLayer, type NetworkLine } from "./NetworkLayer";
import { pictureOf } from "./picture";
import type { GraphViewProps } from "./types";
import { UnplacedNotice } from "./UnplacedNotice";
import { useDeferredBackdrop } from "./useDeferredBackdrop";
import { useWorldShapes } from "./useWorldShapes";
import { WorldMapLayer } from "./WorldMapLayer";
import "./graph.css";

/** New edges added per pass on a large network; the rest follow in later tasks, so no task holds the page long. */
const EDGES_PER_PASS = 5_000;

/** The graph of parties and agreements. Fills its parent; give the parent a size. */
export function GraphView(props: GraphViewProps) {
  const { model, at, answer, selectedRoute, selection, disabled, hideInactive, showBlocked, blockedFocus } =
    props;
  const { layout, detail, renderer } = props;
  const container = useRef<HTMLDivElement>(null);
  const mapGroup = useRef<SVGGElement>(null);
  const cyRef = useRef<Core | null>(null);
  // The same instance as state, for the network layer to follow.
  const [graph, setGraph] = useState<Core | null>(null);
  const latest = useRef(props);
  latest.current = props;
  // Where the parties' names were placed last, which image export draws them at too.
  const placed = useRef<Map<string, PartyLabel>>(new Map());
  const applied = useRef<Map<string, GraphElement>>(new Map());
  const shown = useRef<{ layout: Layout | null; focus: string }>({ layout: null, focus: "" });
  const cancelArrange = useRef<() => void>(() => {});
  const pass = useRef(0);
  const busy = useRef({ layout: false, edges: false, backdrop: false });
  const [projection, setProjection] = useState<GeoProjection | null>(null);
  const [leaders, setLeaders] = useState<readonly [{ x: number; y: number }, { x: number; y: number }][]>([]);
  // The world outline waits for the graph's first painted frame: projecting and drawing it would delay that frame.
  const [mapDue, setMapDue] = useState(false);
  const unplaced = useMemo(() => unplacedParties(model), [model]);
  // Parties with no place cannot go on the map: the graph is drawn force-directed instead, and says why.
  const drawn: Layout = layout === "geographic" && unplaced.length > 0 ? "force" : layout;
  const mapShown = drawn === "geographic" && mapDue;
  const shapes = useWorldShapes(mapShown);
  const followViewport = useRef<() => void>(() => {});
  const onResize = useRef<() => void>(() => {});

  const parties = useMemo(() => model.dataset.parties.map((p) => p.id), [model]);
  // The map's paths, from the layout's projection and the country shapes: drawn under the graph, and the same paths
  // image export draws.
  const map = useMemo(
    () => (mapShown && projection && shapes ? mapBackdrop({ projection, shapes, parties }) : null),
    [mapShown, projection, shapes, parties],
  );
  // The labels' leader lines are drawn with the map; image export draws its own from the labels' places.
  const backdrop = useMemo(() => (map ? [...map, ...leaderPaths(leaders)] : null), [map, leaders]);
  // Image export reads the map through the handle when it is asked for, so the handle follows the latest one.
  const latestMap = useRef(map);
  latestMap.current = map;

  const markBusy = (part: keyof typeof busy.current, value: boolean) => {
    busy.current[part] = value;
    container.current?.setAttribute("aria-busy", String(Object.values(busy.current).some(Boolean)));
  };

  const deferBackdrop = useDeferredBackdrop(model, detail, { at, hideInactive, disabled });

  // Layout effects, so the graph is created and arranged before the browser first paints the page: the page and
  // the graph's first frame then go out together, and the size read here is the one layout the page needs anyway.
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const cy = createGraph(el, detail, renderer, () => latest.current.onSelect);
    const follow = () => {
      const g = mapGroup.current;
      if (!g) return;
      const pan = cy.pan();
      g.setAttribute("transform", `translate(${pan.x},${pan.y}) scale(${cy.zoom()})`);
    };
    followViewport.current = follow;
    cy.on("viewport", follow);
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
    // Cytoscape's WebGL renderer emits no render events: the outline then comes two frames after creation.
    if (renderer === "webgl") requestAnimationFrame(() => requestAnimationFrame(() => setMapDue(true)));
    cyRef.current = cy;
    follow();
    exposeForTests(cy);
    latest.current.onReady?.(
      graphHandle(cy, () => ({ backdrop: latestMap.current ?? [], labels: placed.current })),
    );
    setGraph(cy);
    return () => {
      setGraph(null);
      resize.disconnect();
      cancelArrange.current();
      pass.current++;
      cy.destroy();
      cyRef.current = null;
      applied.current = new Map();
      shown.current = { layout: null, focus: "" };
    };
  }, [detail, renderer]);

  const built = useMemo(
    () =>
      measured(() =>
        toElements({
          model,
          at,
          answer,
          selectedRoute,
          selection,
          disabled,
          hideInactive,
          showBlocked,
          blockedFocus,
          detail,
          backdrop: !deferBackdrop,
        }),
      ),
    [
      model,
      at,
      answer,
      selectedRoute,
      selection,
      disabled,
      hideInactive,
      showBlocked,
      blockedFocus,
      detail,
      deferBackdrop,
    ],
  );
  const elements = useMemo(() => withChanges(built, props.changes), [built, props.changes]);

  // The network's backdrop edges are drawn by the network layer, everything else by Cytoscape. The lines stay the
  // same list while toElements gives back the same backdrop edges (a query, most As-of steps): nothing to redraw.
  const backdropLines = useRef<{ from: EdgeElement[]; lines: NetworkLine[] }>({ from: [], lines: [] });
  const { drawnByCytoscape, lines } = useMemo(() => {
    const backdrop: EdgeElement[] = [];
    const drawnByCytoscape: GraphElement[] = [];
    for (const e of elements) {
      if (e.group === "edges" && e.classes.includes(CLASSES.network)) backdrop.push(e);
      else drawnByCytoscape.push(e);
    }
    const kept = backdropLines.current;
    if (kept.from.length !== backdrop.length || backdrop.some((e, i) => e !== kept.from[i]))
      backdropLines.current = {
        from: backdrop,
        lines: backdrop.map((e) => ({
          source: e.data.source,
          target: e.data.target,
          operative: e.classes.includes(CLASSES.operative),
        })),
      };
    return { drawnByCytoscape, lines: backdropLines.current.lines };
  }, [elements]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: markBusy only touches refs; the inputs the focus is read from are those of the elements
  useLayoutEffect(() => {
    const cy = cyRef.current;
    markBusy("backdrop", deferBackdrop); // a new network is put in once its backdrop (the force's edges) is built
    if (!cy || deferBackdrop) return;
    const started = performance.now();
    const network = detail === "network";
    const addAtMost = network ? EDGES_PER_PASS : Number.POSITIVE_INFINITY;
    const { nodesAdded, edgesAdded, waiting } = applyElements(
      cy,
      drawnByCytoscape,
      placed.current,
      applied.current,
      addAtMost,
    );
    const picture = pictureOf(elements, {
      model,
      at,
      answer,
      selected: selectedRoute,
      blocked: blockedShown(answer, showBlocked, blockedFocus),
      hideInactive,
    });
    const focusKey = picture.focus.join(",");
    const layoutChanged = shown.current.layout !== drawn;
    const focusChanged = shown.current.focus !== focusKey;
    shown.current = { layout: drawn, focus: focusKey };

    const relayout = () => {
      cancelArrange.current();
      cancelArrange.current = arrange(
        cy,
        model,
        drawn,
        detail,
        picture,
        { at, hideInactive },
        {
          // A projection is a function: pass it through an updater so React stores it rather than calls it.
          projection: (p) => setProjection(() => p),
          labels: (placed) => labels(placed),
          busy: (b) => markBusy("layout", b),
        },
      );
    };
    // On the map, a new size or focus means a new projection; elsewhere the picture stays and is refitted.
    onResize.current = drawn === "geographic" ? relayout : () => fitView(cy, drawn, picture.focus, detail);

    // In full detail the map reprojects to frame what is in focus; the force picture changes only with the graph
    // (a route's hops are new edges with their own lengths), the concentric one also with the ends it puts face to
    // face. The network is laid out once for its parties: a query only refits the view.
    const again = network
      ? layoutChanged || nodesAdded
      : layoutChanged ||
        nodesAdded ||
        (drawn === "geographic" ? focusChanged : edgesAdded || (drawn === "concentric" && focusChanged));
    const labels = (next: Map<string, PartyLabel>) => {
      placed.current = next;
      setLeaders(leadersOf(next));
    };
    if (again) relayout();
    else if (network && focusChanged) refocus(cy, drawn, picture, { labels });
    else bowRouteHops(cy, picture, placed.current);

    // The rest of a large network's edges go in over the next tasks; the force picture is laid out again once all
    // of them are in, since they shape it.
    const mine = ++pass.current;
    markBusy("edges", waiting > 0);
    if (waiting > 0) {
      const more = () => {
        if (pass.current !== mine || !cyRef.current) return;
        const left = applyElements(cy, drawnByCytoscape, placed.current, applied.current, addAtMost).waiting;
        if (left > 0) setTimeout(more, 0);
        else {
          markBusy("edges", false);
          if (drawn === "force") relayout();
        }
      };
      setTimeout(more, 0);
    }
    measured.since(started);
  }, [elements, drawnByCytoscape, drawn, model, detail, deferBackdrop]);

  useEffect(() => {
    latest.current.onDrawn?.(drawn);
  }, [drawn]);

  // The outline mounts when the geographic layout is chosen: put it where the viewport already is.
  useEffect(() => {
    if (mapShown && projection) followViewport.current();
  }, [mapShown, projection]);

  return (
    <div style={{ position: "relative", width: "100%", height: "100%", overflow: "hidden" }}>
      {mapShown && <WorldMapLayer backdrop={backdrop} groupRef={mapGroup} />}
      {detail === "network" && <NetworkLayer cy={graph} lines={lines} />}
      <div
        ref={container}
        role="img"
        aria-label="Graph of parties and the agreements between them"
        aria-busy="false"
        data-layout={drawn}
        style={{ position: "absolute", inset: 0 }}
      />
      {drawn !== layout && <UnplacedNotice unplaced={unplaced} model={model} />}
    </div>
  );
}
