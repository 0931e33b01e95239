// Spreading a force or concentric picture over the canvas, and turning its rings so the query's ends face each
// other.
import { describe, expect, it } from "vitest";
import { opposeEnds, spreadToFill } from "../../../src/view/graph/spread";

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

  it("never shrinks a picture larger than the canvas, only centres it", () => {
    const big = new Map([
      ["a", { x: -1000, y: 0 }],
      ["b", { x: 1000, y: 10 }],
    ]);
    const out = spreadToFill(big, { width: 400, height: 400 }, { x: 0, y: 0 });
    expect(out.get("b")!.x - out.get("a")!.x).toBe(2000);
    // The flat side may still stretch by up to 1.35: y runs 0..10 about 5, so "a" lands 5 × 1.35 above the middle.
    expect(out.get("a")).toEqual({ x: -800, y: 200 - 5 * 1.35 });
  });

  it("puts a single point at the centre and gives nothing for nothing", () => {
    expect(spreadToFill(new Map([["a", { x: 7, y: 9 }]]), { width: 200, height: 100 })).toEqual(
      new Map([["a", { x: 100, y: 50 }]]),
    );
    expect(spreadToFill(new Map(), { width: 200, height: 100 }).size).toBe(0);
  });
});

describe("opposeEnds", () => {
  const centre = { x: 0, y: 0 };
  const near = (p: { x: number; y: number }, q: { x: number; y: number }) => {
    expect(p.x).toBeCloseTo(q.x, 6);
    expect(p.y).toBeCloseTo(q.y, 6);
  };

  it("turns the receiver's ring so it faces the sender across the centre", () => {
    // Sender on the inner ring at the top, receiver and its ring-mate on the outer ring, both above: a relay at the
    // centre would have its two hops on one line.
    const points = new Map([
      ["HUB", { x: 0, y: 0 }],
      ["KOR", { x: 0, y: -50 }],
      ["JPN", { x: 0, y: -100 }],
      ["GBR", { x: 100, y: 0 }],
    ]);
    const out = opposeEnds(points, centre, "KOR", "JPN");
    near(out.get("JPN")!, { x: 0, y: 100 });
    // The ring turned by half a turn as a whole.
    near(out.get("GBR")!, { x: -100, y: 0 });
    near(out.get("KOR")!, { x: 0, y: -50 });
    near(out.get("HUB")!, { x: 0, y: 0 });
  });

  it("swaps the receiver with the point of the sender's ring nearest the far side", () => {
    const points = new Map([
      ["KOR", { x: 0, y: -50 }],
      ["JPN", { x: 50, y: 0 }],
      ["USA", { x: 0, y: 50 }],
      ["GBR", { x: -50, y: 0 }],
    ]);
    const out = opposeEnds(points, centre, "KOR", "JPN");
    expect(out.get("JPN")).toEqual({ x: 0, y: 50 });
    expect(out.get("USA")).toEqual({ x: 50, y: 0 });
    expect(out.get("GBR")).toEqual({ x: -50, y: 0 });
  });

  it("leaves the points as they are when an end is missing or at the centre", () => {
    const points = new Map([
      ["KOR", { x: 0, y: 0 }],
      ["JPN", { x: 0, y: -80 }],
    ]);
    expect(opposeEnds(points, centre, "KOR", "JPN")).toEqual(points);
    expect(opposeEnds(points, centre, "KOR", "ZZZ")).toEqual(points);
  });
});
