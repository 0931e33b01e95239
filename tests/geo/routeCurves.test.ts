// The selected route's curves: a relay's hops part, a direct hop bows and puts its label where there is room.
import { describe, expect, it } from "vitest";
import type { LabelNode } from "../../src/geo/labelPlacement";
import { NODE_CLEARANCE, routeCurves } from "../../src/geo/routeCurves";

const KOR = { x: 0, y: 0 };
const JPN = { x: 200, y: 0 };
const USA = { x: 100, y: 300 };

describe("routeCurves", () => {
  it("bows both hops of a relayed route to their left, so the relay's two hops part", () => {
    const curves = routeCurves(
      [
        { id: "in", source: KOR, target: USA, label: "TISA" },
        { id: "out", source: USA, target: JPN, label: "TISA" },
      ],
      [],
      new Map(),
    );
    // A hop of length about 316 bows 14% of it out, capped at 120 units.
    expect(curves.get("in")!.bow).toBeCloseTo(Math.hypot(100, 300) * 0.14, 6);
    expect(curves.get("out")!.bow).toBeGreaterThan(0);
  });

  it("bows a direct hop away from a party lying on its left, and puts the label on that side too", () => {
    // Going east, the left is up (y < 0): a node with a long label sits just above the hop's middle.
    const nodes: LabelNode[] = [{ id: "RUS", x: 100, y: -30, label: "A party with a long name" }];
    const free = routeCurves([{ id: "h", source: KOR, target: JPN, label: "GSOMIA" }], [], new Map()).get(
      "h",
    )!;
    const crowded = routeCurves(
      [{ id: "h", source: KOR, target: JPN, label: "GSOMIA" }],
      nodes,
      new Map(),
    ).get("h")!;
    expect(free.bow).toBeGreaterThan(0);
    expect(free.margin.y).toBeLessThan(0);
    expect(crowded.bow).toBeLessThan(0);
    expect(crowded.margin.y).toBeGreaterThan(0);
  });

  it("gives nothing for no hops", () => {
    expect(routeCurves([], [], new Map()).size).toBe(0);
  });
});

describe("routeCurves round nodes", () => {
  const sample = (a: { x: number; y: number }, b: { x: number; y: number }, bow: number) => {
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const length = Math.hypot(dx, dy);
    // The curve's control point lies `bow` to the left of the middle (y down), as Cytoscape draws it.
    const c = { x: (a.x + b.x) / 2 + (dy / length) * bow, y: (a.y + b.y) / 2 - (dx / length) * bow };
    return Array.from({ length: 41 }, (_, i) => {
      const u = i / 40;
      return {
        x: (1 - u) ** 2 * a.x + 2 * u * (1 - u) * c.x + u ** 2 * b.x,
        y: (1 - u) ** 2 * a.y + 2 * u * (1 - u) * c.y + u ** 2 * b.y,
      };
    });
  };
  const clearance = (points: { x: number; y: number }[], n: { x: number; y: number }) =>
    Math.min(...points.map((p) => Math.hypot(p.x - n.x, p.y - n.y)));

  it("bends a hop round a node that sits where its usual curve would pass", () => {
    // A 400-unit hop bows 56 units; a node sits right on that curve's middle, on both sides in turn.
    for (const y of [-28, 28]) {
      const blocker = { id: "NZL", x: 200, y, label: "NZ" };
      const curve = routeCurves(
        [{ id: "h", source: KOR, target: { x: 400, y: 0 }, label: "GSOMIA" }],
        [blocker],
        new Map(),
      ).get("h")!;
      expect(clearance(sample(KOR, { x: 400, y: 0 }, curve.bow), blocker)).toBeGreaterThanOrEqual(
        NODE_CLEARANCE - 1,
      );
    }
  });

  it("keeps a relay's hops bowing left while a farther bend clears the node in the way", () => {
    const blocker = { id: "NZL", x: 50, y: 160, label: "NZ" };
    const curves = routeCurves(
      [
        { id: "in", source: KOR, target: USA, label: "TISA" },
        { id: "out", source: USA, target: JPN, label: "TISA" },
      ],
      [blocker],
      new Map(),
    );
    expect(curves.get("in")!.bow).toBeGreaterThan(0);
    expect(clearance(sample(KOR, USA, curves.get("in")!.bow), blocker)).toBeGreaterThanOrEqual(
      NODE_CLEARANCE - 1,
    );
  });
});
