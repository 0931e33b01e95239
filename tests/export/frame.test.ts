// The frame around an exported graph: caption above, legend beside, sources below; it grows with large graphs.
import { describe, expect, it } from "vitest";
import { checkCanvasSize, ExportError } from "../../src/export/browser/exportImage";
import { layoutFrame, type SceneCaption, type SceneLegendItem, toSvg, wrapText } from "../../src/export/pure";

const CAPTION: SceneCaption = {
  query: "South Korea (KOR) → Japan (JPN) · NK missiles",
  at: "As of 2017-11-19 · 2 permitted routes, 3 blocked",
  sources: "Sources: Japan MOFA; ROK MND; Yonhap (fact sheet G-06, T-01)",
};
const LEGEND: SceneLegendItem[] = [
  {
    label: "State",
    group: "Party",
    swatch: { type: "node", shape: "ellipse", fill: "#fff", border: "#555", ring: false },
  },
  {
    label: "Binding",
    group: "Line",
    swatch: { type: "line", colour: "#555", dash: null, width: 3, opacity: 1, arrow: false, halo: null },
  },
];

describe("layoutFrame", () => {
  it("puts the graph below the caption, the legend on its right and the sources below both", () => {
    const frame = layoutFrame(600, 400, LEGEND, CAPTION);
    expect(frame.unit).toBe(1);
    expect(frame.graph).toMatchObject({ width: 600, height: 400 });
    const [title, at, sources] = frame.text;
    expect(title!.text).toBe(CAPTION.query);
    expect(at!.y).toBeLessThan(frame.graph.y);
    expect(frame.legend!.x).toBeGreaterThanOrEqual(frame.graph.x + 600);
    expect(frame.legend!.headings.map((h) => h.text)).toEqual(["Party", "Line"]);
    expect(sources!.y).toBeGreaterThan(frame.graph.y + 400);
    expect(frame.width).toBeGreaterThanOrEqual(frame.legend!.x + frame.legend!.width);
    expect(frame.height).toBeGreaterThan(sources!.y);
  });

  it("grows caption and legend with a graph wider than 900 units", () => {
    const small = layoutFrame(900, 400, LEGEND, CAPTION);
    const large = layoutFrame(2700, 1200, LEGEND, CAPTION);
    expect(large.unit).toBe(3);
    expect(large.graph).toMatchObject({ width: 2700, height: 1200 });
    expect(Math.abs(large.width - 3 * small.width)).toBeLessThanOrEqual(3);
  });

  it("has no legend box without legend items", () => {
    expect(layoutFrame(300, 200, [], CAPTION).legend).toBeNull();
  });
});

describe("wrapText", () => {
  it("breaks at spaces within the width and keeps every word", () => {
    const text = "Sources: Japan MOFA; ROK MND; Yonhap News Agency; Korea JoongAng Daily; The Japan Times";
    const lines = wrapText(text, 12, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
  });
});

describe("toSvg scale", () => {
  it("draws a current view at the view's zoom", () => {
    const scene = {
      nodes: [{ id: "A", label: "A", x: 0, y: 0, classes: [], colour: "#fff", size: 20 }],
      edges: [],
      legend: [],
      caption: CAPTION,
      background: "white" as const,
      bounds: { x: 0, y: 0, width: 400, height: 300 },
    };
    const width = (svg: string) => Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)![1]);
    const plain = toSvg(scene);
    const zoomed = toSvg({ ...scene, scale: 2 });
    expect(zoomed).toContain("scale(2)");
    // 400 graph units at zoom 2 fill 800 image units, with 24 of margin on each side.
    expect(width(zoomed)).toBeGreaterThanOrEqual(848);
    expect(width(plain)).toBeLessThan(848);
  });
});

describe("checkCanvasSize", () => {
  it("accepts what browsers can draw", () => {
    expect(() => checkCanvasSize(16_384, 16_384)).not.toThrow();
    expect(() => checkCanvasSize(1, 1)).not.toThrow();
  });

  it("refuses more than 16,384 px a side or 268 million pixels, saying how large it would be", () => {
    expect(() => checkCanvasSize(16_385, 100)).toThrow(ExportError);
    expect(() => checkCanvasSize(100, 20_000)).toThrow(/100 × 20,000 px/);
    expect(() => checkCanvasSize(16_384, 16_385)).toThrow(/smaller scale or width/);
  });

  it("refuses an empty image", () => {
    expect(() => checkCanvasSize(0, 10)).toThrow(ExportError);
    expect(() => checkCanvasSize(Number.NaN, 10)).toThrow(ExportError);
  });
});
