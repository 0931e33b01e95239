// The network layer's lines in the canvas's own pixels, which it strokes with no scaling transform.
import { describe, expect, it } from "vitest";
import { lineSegments } from "../../../src/view/graph/NetworkLayer";

describe("lineSegments", () => {
  const places = new Map([
    ["a", { x: 0, y: 0 }],
    ["b", { x: 100, y: 50 }],
    ["c", { x: -20, y: 10 }],
  ]);
  const at = (id: string) => places.get(id);
  const lines = [
    { source: "a", target: "b", operative: true },
    { source: "b", target: "c", operative: false },
    { source: "a", target: "gone", operative: true },
  ];

  it("places each end by zoom and pan, times the pixel ratio, grouped by status", () => {
    const out = lineSegments(lines, at, { zoom: 0.5, pan: { x: 10, y: -4 }, ratio: 2 });
    // x' = 2 × (0.5 x + 10), y' = 2 × (0.5 y − 4).
    expect(out.operative).toEqual([
      [
        { x: 20, y: -8 },
        { x: 120, y: 42 },
      ],
    ]);
    expect(out.inactive).toEqual([
      [
        { x: 120, y: 42 },
        { x: 0, y: 2 },
      ],
    ]);
  });

  it("leaves out a line with an end not placed, and gives nothing for no lines", () => {
    const out = lineSegments(lines, at, { zoom: 1, pan: { x: 0, y: 0 }, ratio: 1 });
    expect(out.operative).toHaveLength(1);
    expect(lineSegments([], at, { zoom: 1, pan: { x: 0, y: 0 }, ratio: 1 })).toEqual({
      operative: [],
      inactive: [],
    });
  });
});
