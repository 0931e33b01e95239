// The SVG writer: a well-formed document with the graph, legend and caption as real text, dataset text escaped.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { type Scene, toSvg } from "../../src/export/pure";

function parseSvg(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (m: string) => errors.push(m),
      fatalError: (m: string) => errors.push(m),
    },
  }).parseFromString(text, "image/svg+xml");
  expect(errors).toEqual([]);
  return doc;
}

const texts = (doc: ReturnType<typeof parseSvg>) =>
  Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent ?? "");

const SCENE: Scene = {
  nodes: [
    {
      id: "KOR",
      label: 'South <Korea> & "Co"',
      x: 0,
      y: 0,
      classes: ["origin"],
      colour: "#1f2328",
      size: 20,
    },
    {
      id: "JPN",
      label: "Japan",
      x: 200,
      y: 0,
      classes: [],
      colour: "#ffffff",
      size: 20,
      borderColour: "#57606a",
      borderWidth: 2,
    },
    {
      id: "USA",
      label: "United States",
      x: 100,
      y: 150,
      classes: ["hub"],
      colour: "#ffffff",
      size: 20,
      ring: true,
    },
    {
      id: "NATO",
      label: "NATO",
      x: 300,
      y: 150,
      classes: ["organisation"],
      colour: "#eaeef2",
      size: 26,
      height: 18,
      shape: "round-rectangle",
    },
  ],
  edges: [
    {
      source: "KOR",
      target: "JPN",
      colour: "#0072B2",
      dashed: false,
      width: 5,
      arrow: true,
      label: "Japan–ROK GSOMIA",
    },
    {
      source: "KOR",
      target: "USA",
      colour: "#E69F00",
      dashed: true,
      dash: [7, 4],
      width: 2.5,
      arrow: false,
      targetDot: true,
      points: [
        { x: 5, y: 10 },
        { x: 40, y: 90 },
        { x: 95, y: 140 },
      ],
    },
    { source: "JPN", target: "NOPE", colour: "#000", dashed: false, width: 1, arrow: false },
    {
      source: "USA",
      target: "JPN",
      colour: "url(javascript:alert(1))",
      dashed: false,
      width: 1,
      arrow: true,
    },
  ],
  legend: [
    {
      label: "Security-of-information agreement",
      group: "Agreement kind",
      swatch: { type: "line", colour: "#0072B2", dash: null, width: 3, opacity: 1, arrow: false, halo: null },
    },
    {
      label: "Non-binding",
      group: "Line",
      swatch: {
        type: "line",
        colour: "#6e7781",
        dash: [7, 4],
        width: 3,
        opacity: 1,
        arrow: false,
        halo: null,
      },
    },
    {
      label: "Selected route, <in> the direction information travels",
      group: "On the map",
      swatch: {
        type: "line",
        colour: "#1f2328",
        dash: null,
        width: 4,
        opacity: 1,
        arrow: true,
        halo: "#F0E442",
      },
    },
    {
      label: "Organisation",
      group: "Party",
      swatch: { type: "node", shape: "round-rectangle", fill: "#eaeef2", border: "#57606a", ring: false },
    },
  ],
  caption: {
    query: "South Korea (KOR) → Japan (JPN) · NK missiles",
    at: "As of 2017-11-19 · 2 permitted routes, 3 blocked",
    sources: "Sources: Japan MOFA; ROK MND; Yonhap & Asahi (fact sheet G-06, T-01)",
  },
  background: "white",
};

describe("toSvg", () => {
  const svg = toSvg(SCENE);
  const doc = parseSvg(svg);

  it("is an SVG document with a size and matching viewBox", () => {
    const root = doc.documentElement!;
    expect(root.tagName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    const width = Number(root.getAttribute("width"));
    const height = Number(root.getAttribute("height"));
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(150);
    expect(root.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
  });

  it("draws labels, legend and caption as text, escaped", () => {
    const all = texts(doc);
    expect(all).toContain('South <Korea> & "Co"');
    expect(all).toContain("Japan–ROK GSOMIA");
    expect(all).toContain("Legend");
    expect(all).toContain("Agreement kind");
    expect(all).toContain("Selected route, <in> the direction information travels");
    expect(all).toContain("Non-binding");
    expect(all).toContain("South Korea (KOR) → Japan (JPN) · NK missiles");
    expect(all).toContain("As of 2017-11-19 · 2 permitted routes, 3 blocked");
    expect(all.join(" ")).toContain("Sources: Japan MOFA; ROK MND; Yonhap & Asahi (fact sheet G-06, T-01)");
    expect(svg).toContain("South &lt;Korea&gt; &amp; &quot;Co&quot;");
    expect(svg).not.toContain("<Korea>");
  });

  it("draws one shape per node and a path per drawable edge", () => {
    const nodes = Array.from(doc.getElementsByTagName("g")).filter((g) =>
      /\bnode\b/.test(g.getAttribute("class") ?? ""),
    );
    expect(nodes.map((g) => g.getAttribute("data-id"))).toEqual(["KOR", "JPN", "USA", "NATO"]);
    const edgeGroup = Array.from(doc.getElementsByTagName("g")).find(
      (g) => g.getAttribute("class") === "edges",
    )!;
    const paths = Array.from(edgeGroup.getElementsByTagName("path"));
    // The edge to an unknown node cannot be drawn; the other three are.
    expect(paths).toHaveLength(3);
    expect(paths[1]!.getAttribute("d")).toBe("M5,10 Q40,90 95,140");
    expect(paths[1]!.getAttribute("stroke-dasharray")).toBe("7 4");
    expect(paths[0]!.getAttribute("marker-end")).toMatch(/^url\(#arrow-\d+\)$/);
  });

  it("replaces a colour that is not a plain CSS colour", () => {
    expect(svg).not.toContain("javascript");
  });

  it("has a white background rectangle, or none when transparent", () => {
    const rects = (d: ReturnType<typeof parseSvg>) =>
      Array.from(d.getElementsByTagName("rect")).filter((r) => r.getAttribute("width") === "100%");
    expect(rects(doc)).toHaveLength(1);
    expect(rects(doc)[0]!.getAttribute("fill")).toBe("#ffffff");
    expect(rects(parseSvg(toSvg({ ...SCENE, background: "transparent" })))).toHaveLength(0);
  });

  it("still gives a framed caption for an empty scene", () => {
    const empty = parseSvg(toSvg({ ...SCENE, nodes: [], edges: [], legend: [] }));
    expect(texts(empty)).toContain("As of 2017-11-19 · 2 permitted routes, 3 blocked");
    expect(texts(empty)).not.toContain("Legend");
  });

  it("clips to the given bounds of a current-view export", () => {
    const view = toSvg({ ...SCENE, bounds: { x: -50, y: -50, width: 150, height: 100 } });
    const d = parseSvg(view);
    const clip = d.getElementsByTagName("clipPath")[0]!.getElementsByTagName("rect")[0]!;
    expect([
      clip.getAttribute("x"),
      clip.getAttribute("y"),
      clip.getAttribute("width"),
      clip.getAttribute("height"),
    ]).toEqual(["-50", "-50", "150", "100"]);
  });
});
