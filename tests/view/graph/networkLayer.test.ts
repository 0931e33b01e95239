// The network layer's lines as image export draws them: one path per status, from the graph's node positions.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { networkBackdrop } from "../../../src/view/graph/NetworkLayer";

describe("networkBackdrop", () => {
  const cy = cytoscape({
    headless: true,
    layout: { name: "preset" },
    elements: [
      { data: { id: "A" }, position: { x: 0, y: 0 } },
      { data: { id: "B" }, position: { x: 100, y: 50 } },
      { data: { id: "C" }, position: { x: -20, y: 40 } },
    ],
  });

  it("draws the lines in force and the rest as two paths, the ones not in force first (under)", () => {
    const paths = networkBackdrop(cy, [
      { source: "A", target: "B", operative: true },
      { source: "B", target: "C", operative: true },
      { source: "A", target: "C", operative: false },
    ]);
    expect(paths.map((p) => [p.id, p.d, p.fill])).toEqual([
      ["network-inactive", "M0.0,0.0L-20.0,40.0", "none"],
      ["network-operative", "M0.0,0.0L100.0,50.0M100.0,50.0L-20.0,40.0", "none"],
    ]);
  });

  it("leaves out a line to a party the graph does not hold, and gives nothing for no lines", () => {
    expect(networkBackdrop(cy, [{ source: "A", target: "Z", operative: true }])).toEqual([]);
    expect(networkBackdrop(cy, [])).toEqual([]);
  });
});
