// Spreading a force or concentric picture over the canvas. (Turning the concentric rings so the query's ends face
// each other is the core's concentric layout: tests/geo/concentric.test.ts.)
import { describe, expect, it } from "vitest";
import { spreadToFill } from "../../../src/view/graph/spread";

describe("spreadToFill", () => {
  const points = new Map([
    ["a", { x: 0, y: 0 }],
    ["b", { x: 100, y: 0 }],
    ["c", { x: 50, y: 100 }],
  ]);

  it("scales a small picture up to the canvas less the margin, centred", () => {
    const out = spreadToFill(points, { width: 500, height: 300 }, { x: 50, y: 50 });
    // Room 400 × 200 for a 100 × 100 picture: 2× evenly, and x may stretch to 2 × 1.35 = 2.7 (< 4).
    expect(out.get("a")).toEqual({ x: 250 - 50 * 2.7, y: 50 });
    expect(out.get("b")).toEqual({ x: 250 + 50 * 2.7, y: 50 });
    expect(out.get("c")).toEqual({ x: 250, y: 250 });
  });

  it("keeps a picture larger than the canvas at its size along the roomier axis, squashed at most 1.35 along the other", () => {
    const big = new Map([
      ["a", { x: -1000, y: 0 }],
      ["b", { x: 100, y: 1000 }],
    ]);
    // 1,100 wide, 1,000 tall in 400 × 200: y has less room, so x keeps its size and y is squashed by 1 / 1.35.
    const out = spreadToFill(big, { width: 400, height: 200 }, { x: 0, y: 0 });
    expect(out.get("b")!.x - out.get("a")!.x).toBe(1100);
    expect(out.get("b")!.y - out.get("a")!.y).toBeCloseTo(1000 / 1.35, 9);
    expect(out.get("a")!.x + out.get("b")!.x).toBeCloseTo(400, 9);
    expect(out.get("a")!.y + out.get("b")!.y).toBeCloseTo(200, 9);
  });

  it("squashes a wide picture in a tall canvas along x, never more than 1.35", () => {
    const wide = new Map([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 2000, y: 10 }],
    ]);
    const out = spreadToFill(wide, { width: 400, height: 400 }, { x: 0, y: 0 });
    expect(out.get("b")!.x - out.get("a")!.x).toBeCloseTo(2000 / 1.35, 9);
    expect(out.get("b")!.y - out.get("a")!.y).toBe(10);
  });

  it("puts a single point at the centre and gives nothing for nothing", () => {
    expect(spreadToFill(new Map([["a", { x: 7, y: 9 }]]), { width: 200, height: 100 })).toEqual(
      new Map([["a", { x: 100, y: 50 }]]),
    );
    expect(spreadToFill(new Map(), { width: 200, height: 100 }).size).toBe(0);
  });
});
