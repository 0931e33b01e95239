// Label placement: labels of close nodes point away from each other, an edge label sits wholly beside its line,
// and the crowding of a place counts nodes and their labels.
import { describe, expect, it } from "vitest";
import { crowding, labelOffset, labelSides } from "../../src/geo/labelPlacement";

describe("labelSides", () => {
  it("puts a lone node's label below it", () => {
    expect(labelSides([{ id: "USA", x: 0, y: 0, label: "United States" }])).toEqual(
      new Map([["USA", "bottom"]]),
    );
  });

  it("points the labels of two close neighbours away from each other", () => {
    const sides = labelSides(
      [
        { id: "KOR", x: 0, y: 0, label: "South Korea" },
        { id: "JPN", x: 60, y: 4, label: "Japan" },
      ],
      new Set(["KOR", "JPN"]),
    );
    // Below both would overlap (the labels are wider than the gap); Seoul keeps the bottom, Tokyo goes right.
    expect(sides).toEqual(
      new Map([
        ["KOR", "bottom"],
        ["JPN", "right"],
      ]),
    );
  });

  it("gives an empty map for no nodes", () => {
    expect(labelSides([]).size).toBe(0);
  });
});

describe("labelOffset", () => {
  it("puts a level label beside a vertical edge by half its width, above a horizontal one by half its height", () => {
    // Downwards, the left of travel is +x on screen; eastwards, the left is up (-y).
    const down = labelOffset(0, 100, 1, 120, 18, 4);
    expect(down.x).toBeCloseTo(64, 6);
    expect(down.y).toBeCloseTo(0, 6);
    const east = labelOffset(100, 0, 1, 120, 18, 4);
    expect(east.x).toBeCloseTo(0, 6);
    expect(east.y).toBeCloseTo(-13, 6);
    const west = labelOffset(100, 0, -1, 120, 18, 4);
    expect(west.y).toBeCloseTo(13, 6);
  });

  it("keeps the whole box clear of a diagonal line", () => {
    const [w, h, gap] = [100, 20, 4];
    const off = labelOffset(100, 100, 1, w, h, gap);
    // Distance from the line y = x to the nearest corner of the box centred at `off`.
    const corners = [-1, 1].flatMap((sx) =>
      [-1, 1].map((sy) => [off.x + (sx * w) / 2, off.y + (sy * h) / 2]),
    );
    const nearest = Math.min(...corners.map(([x, y]) => Math.abs(x! - y!) / Math.SQRT2));
    expect(nearest).toBeCloseTo(gap, 6);
    expect(corners.every(([x, y]) => x! > y!)).toBe(true);
  });
});

describe("crowding", () => {
  const nodes = [{ id: "USA", x: 100, y: 100, label: "United States" }];

  it("is zero for a free place and counts a node and its label", () => {
    expect(crowding({ x1: 0, y1: 0, x2: 20, y2: 20 }, nodes, new Map())).toBe(0);
    // The node box is 22 wide: a box over its right half overlaps 11 × 22 of it.
    expect(crowding({ x1: 100, y1: 89, x2: 111, y2: 95 }, nodes, new Map())).toBeCloseTo(66, 6);
    // Below the node is its label's place by default.
    expect(crowding({ x1: 90, y1: 120, x2: 110, y2: 130 }, nodes, new Map())).toBeGreaterThan(0);
    expect(crowding({ x1: 90, y1: 120, x2: 110, y2: 130 }, nodes, new Map([["USA", "top"]]))).toBe(0);
    expect(crowding({ x1: 100, y1: 89, x2: 111, y2: 95 }, nodes, new Map(), new Set(["USA"]))).toBe(0);
  });
});
