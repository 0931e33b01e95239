// Labels on the map: beside a party where there is room, moved away with a leader line where neighbours crowd it,
// left off for a crowded party out of focus; never a change to where a party is.
import { describe, expect, it } from "vitest";
import type { Box } from "../../src/geo";
import { labelBox, METRICS } from "../../src/geo/labelPlacement";
import { type MapLabel, placeMapLabels } from "../../src/geo/mapLabels";

// Benelux and its neighbours as a map at world scale draws them: a few pixels apart.
const CROWD = [
  { id: "BEL", x: 300, y: 200, label: "Belgium" },
  { id: "NLD", x: 304, y: 188, label: "Netherlands" },
  { id: "LUX", x: 306, y: 206, label: "Luxembourg" },
  { id: "FRA", x: 290, y: 222, label: "France" },
  { id: "DEU", x: 322, y: 196, label: "Germany" },
];

function boxOf(node: (typeof CROWD)[number], label: MapLabel): Box | null {
  if (label.place === "none") return null;
  if (label.place === "beside") return labelBox(node, label.side, METRICS);
  const w = node.label.length * METRICS.font * 0.58 + 6;
  const h = METRICS.font + 6;
  const c = { x: node.x + label.offset.x, y: node.y + label.offset.y };
  return { x1: c.x - w / 2, x2: c.x + w / 2, y1: c.y - h / 2, y2: c.y + h / 2 };
}

const overlaps = (a: Box, b: Box) =>
  Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);

describe("placeMapLabels", () => {
  it("puts a lone party's label below it, with no leader line", () => {
    expect(placeMapLabels([{ id: "JPN", x: 0, y: 0, label: "Japan" }])).toEqual(
      new Map([["JPN", { place: "beside", side: "bottom" }]]),
    );
  });

  it("gives every focus party in a crowd a label clear of the other labels, with leader lines from the node's edge", () => {
    const focus = new Set(CROWD.map((n) => n.id));
    const labels = placeMapLabels(CROWD, focus);
    const boxes: Box[] = [];
    for (const node of CROWD) {
      const label = labels.get(node.id)!;
      expect(label.place).not.toBe("none");
      const box = boxOf(node, label)!;
      for (const other of boxes)
        expect(overlaps(box, other), `${node.id} overlaps another label`).toBe(false);
      boxes.push(box);
      if (label.place === "away") {
        const [from, to] = label.leader;
        // The line starts at the node's rim and ends on the label's box.
        expect(Math.hypot(from.x - node.x, from.y - node.y)).toBeCloseTo(METRICS.node / 2, 6);
        expect(
          to.x >= box.x1 - 1e-9 && to.x <= box.x2 + 1e-9 && to.y >= box.y1 - 1e-9 && to.y <= box.y2 + 1e-9,
        ).toBe(true);
      }
    }
    expect([...labels.values()].some((l) => l.place === "away")).toBe(true);
  });

  it("serves the focus first: the route's party keeps the place below it, its neighbour goes elsewhere", () => {
    // Both labels below would overlap.
    const pair = [
      { id: "BEL", x: 0, y: 0, label: "Belgium" },
      { id: "NLD", x: 60, y: 10, label: "Netherlands" },
    ];
    const nld = placeMapLabels(pair, new Set(["NLD"]));
    expect(nld.get("NLD")).toEqual({ place: "beside", side: "bottom" });
    expect(nld.get("BEL")).not.toEqual({ place: "beside", side: "bottom" });
    const bel = placeMapLabels(pair, new Set(["BEL"]));
    expect(bel.get("BEL")).toEqual({ place: "beside", side: "bottom" });
    expect(bel.get("NLD")).not.toEqual({ place: "beside", side: "bottom" });
  });

  it("leaves off the label of a party out of focus when no place near it is free", () => {
    // A tight grid of parties with long names: some labels cannot be placed without covering others.
    const grid = Array.from({ length: 49 }, (_, i) => ({
      id: `P${i}`,
      x: (i % 7) * 24,
      y: Math.floor(i / 7) * 24,
      label: "A long party name",
    }));
    const labels = placeMapLabels(grid);
    expect([...labels.values()].some((l) => l.place === "none")).toBe(true);
    expect(labels.size).toBe(grid.length);
  });
});

describe("placeMapLabels for a network", () => {
  it("moves only the focus parties' labels away: the rest go beside their node or are left off", () => {
    const labels = placeMapLabels(CROWD, new Set(["BEL"]), undefined, "first");
    expect(labels.get("BEL")!.place).not.toBe("none");
    for (const [id, label] of labels) if (id !== "BEL") expect(label.place, id).not.toBe("away");
    expect([...labels.values()].some((l) => l.place === "none")).toBe(true);
  });
});
