// The scene of a graph snapshot: the whole graph framed with a margin, or the viewport at its zoom, with the map's
// paths under it; plain data in, plain data out.
import { describe, expect, it } from "vitest";
import {
  type GraphSnapshot,
  isEmptySnapshot,
  type SceneNode,
  sceneOf,
  viewportExtent,
} from "../../src/export/pure";

const node = (id: string, x: number, y: number): SceneNode => ({
  id,
  label: id,
  x,
  y,
  classes: [],
  colour: "#fff",
  size: 20,
});
const caption = { query: "KOR → JPN", at: "As of 2017-11-19", sources: "Sources: none" };
const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 });

const SNAPSHOT: GraphSnapshot = {
  nodes: [node("KOR", 0, 0), node("JPN", 100, 50)],
  edges: [{ source: "KOR", target: "JPN", colour: "#0072B2", dashed: false, width: 2, arrow: true }],
  bounds: { all: box(-20, -20, 130, 80), visible: box(-10, -10, 110, 60) },
  viewport: { pan: { x: 100, y: 50 }, zoom: 2, width: 800, height: 600 },
  backdrop: [{ id: "sphere", d: "M0,0L1,1Z", fill: "#fbfcfd" }],
};

describe("viewportExtent", () => {
  it("is the part of the graph the viewport shows, in graph coordinates", () => {
    expect(viewportExtent(SNAPSHOT.viewport)).toEqual(box(-50, -25, 350, 275));
  });
});

describe("sceneOf", () => {
  it("frames the visible graph with a 16-unit margin at 1×, the map under it", () => {
    const scene = sceneOf(SNAPSHOT, { caption, legend: [] });
    expect(scene.bounds).toEqual({ x: -26, y: -26, width: 152, height: 102 });
    expect(scene.scale).toBeUndefined();
    expect(scene.background).toBe("white");
    expect(scene.backdrop).toEqual(SNAPSHOT.backdrop);
    expect(scene.nodes.map((n) => n.id)).toEqual(["KOR", "JPN"]);
    expect(scene.caption).toBe(caption);
  });

  it("cuts the current view to the viewport and draws it at the view's zoom", () => {
    const scene = sceneOf(SNAPSHOT, { caption, full: false, background: "transparent" });
    expect(scene.bounds).toEqual({ x: -50, y: -25, width: 400, height: 300 });
    expect(scene.scale).toBe(2);
    expect(scene.background).toBe("transparent");
  });

  it("gives an empty snapshot no bounds", () => {
    const empty: GraphSnapshot = {
      ...SNAPSHOT,
      nodes: [],
      edges: [],
      bounds: { all: box(0, 0, 0, 0), visible: box(0, 0, 0, 0) },
    };
    expect(isEmptySnapshot(empty)).toBe(true);
    expect(isEmptySnapshot(SNAPSHOT)).toBe(false);
    expect(sceneOf(empty, { caption }).bounds).toBeUndefined();
  });
});
